import { countryCodeOf } from "../knowledge/countries.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import { honorificCompoundStarts, honorifics, positionBreakers, positionConnectors, titleAbbreviations } from "./lexicon.js";
import { basePart, isNameToken, isParticle, nameRunEnd } from "./name-tokens.js";
import type { Token } from "./tokens.js";

/** A position phrase as written, with its span in the paragraph. */
export interface PositionSpan {
  label: string;
  start: number;
  end: number;
}

/** How a person was named. */
export type MentionKind = "title" | "honorific" | "appositive" | "list" | "bare" | "surname";

/** A named person in one paragraph. */
export interface Mention {
  kind: MentionKind;
  name: string;
  /** Span of the name (UTF-16, in the paragraph). */
  start: number;
  end: number;
  /** First token of the whole mention (position or honorific included). */
  fromToken: number;
  /** Token after the name (or after an appositive position). */
  toToken: number;
  honorific?: string;
  positions: PositionSpan[];
  /** The name is possessive ("Ilham Aliyev’s initiatives"): never the subject of a sentence. */
  possessive?: boolean;
  /** Whose the position is, written apart from it: "the delegation of the Parliament of Georgia led by …", "Azerbaijani MPs …". */
  ledBody?: string;
}

const delegationOf = /\b[Dd]elegation (?:of|from) (?:the )?([^,.;]{3,100}?),? (?:which is |that is |which was |was |is )?(?:led|headed) by (?:the |its |their )?(?:HE |H\.E\. )?$/;
/** "a visiting Jordanian parliamentary delegation headed by …": the demonym says whose. */
const demonymDelegation = /\b([\p{Lu}][\p{L}]{2,30})(?: [Pp]arliamentary| official| high-level| inter-parliamentary| parliament)? [Dd]elegation,? (?:which is |that is |which was |was |is )?(?:led|headed) by (?:the |its |their )?(?:HE |H\.E\. )?$/u;
/** Any delegation described in a paragraph, for "The delegation comprised …" later on. */
const describedDelegation = /\b[Dd]elegation (?:of|from) (?:the )?([^,.;]{3,100}?)(?:,| (?:led|headed|which|that|who|comprising|including|consisting|arrived|called|paid|is|was|will|on)\b)|\b([\p{Lu}][\p{L}]{2,30})(?=(?: parliamentary| official| high-level| inter-parliamentary| parliament)? delegation\b)/gu;
/** A list of members right after "the delegation comprised/included" (in the same sentence). */
const delegationList = /\bdelegation(?:, [^,.;]{1,80},)? (?:also )?(?:comprised|comprises|comprising|included|includes|including|consisted of|consists of|was composed of|is composed of|members were|members are)\b[^.;!?]*$/;

/** A verb listing members, in the sentence that ends the text. */
const memberVerb = /\b(?:comprised|comprises|included|includes|consisted of|consists of)\b[^.;!?]*$/;

/** "The Zambian delegation was led by …, and included the Chief Whip, …": the verb's subject is the delegation. */
function joinedMemberVerb(before: string): boolean {
  const verb = memberVerb.exec(before);
  if (!verb) return false;
  const start = Math.max(before.lastIndexOf(".", verb.index), before.lastIndexOf(";", verb.index), before.lastIndexOf("!", verb.index), before.lastIndexOf("?", verb.index));
  return /\bdelegation\b/.test(before.slice(start + 1, verb.index));
}

/** Whose delegation is led by the person named after `before` (the text right before the name or title). */
function delegationBefore(paragraph: string, before: number, k: Knowledge): string | undefined {
  const text = paragraph.slice(Math.max(0, before - 160), before);
  if (!text.includes("elegation")) return undefined;
  const of = delegationOf.exec(text);
  if (of) return of[1];
  const demonym = demonymDelegation.exec(text);
  return demonym && k.demonyms.has(demonym[1]!) ? demonym[1] : undefined;
}

/** The last delegation a paragraph describes ("a delegation of the Oliy Majlis of Uzbekistan", "the Jordanian delegation"). */
function lastDescribedDelegation(paragraph: string, k: Knowledge): string | undefined {
  if (!paragraph.includes("elegation")) return undefined;
  let found: string | undefined;
  describedDelegation.lastIndex = 0;
  for (let m = describedDelegation.exec(paragraph); m !== null; m = describedDelegation.exec(paragraph)) {
    if (m[1] !== undefined && /^\p{Lu}/u.test(m[1])) found = m[1];
    else if (m[2] !== undefined && k.demonyms.has(m[2])) found = m[2];
  }
  return found;
}

/** What one paragraph's mentions learn from the paragraphs before it. */
export interface MentionContext {
  /** The body of the last delegation described ("Oliy Majlis of Uzbekistan", "Jordanian"). */
  delegation?: string;
}

/** Longest position phrase between a title and a name, in tokens. */
const maxPositionTokens = 40;

interface TitleMatch {
  from: number;
  to: number;
  plural?: string;
}

/** A position title (chair, secretary general, MPs...) starting at token i. */
function titleAt(tokens: Token[], i: number, k: Knowledge): TitleMatch | undefined {
  const t = tokens[i];
  if (!t || !t.word) return undefined;
  const first = t.lower;
  const plural = k.plurals.get(first);
  if (plural) return { from: i, to: i + 1, plural };
  // Multi-word titles first (secretary general, prime minister).
  const candidates = k.titlesByFirstWord.get(first);
  if (!candidates) return undefined;
  for (const words of candidates) {
    let n = 1;
    while (n < words.length && tokens[i + n]?.word && tokens[i + n]!.lower === words[n]) n++;
    if (n === words.length) return { from: i, to: i + n };
  }
  return undefined;
}

/** Capitalised words that start a sentence or clause, never part of an organisation's name. */
const leadingWords = new Set(["the", "a", "an", "our", "his", "her", "their", "its", "this", "that", "these", "those", "as", "at", "in", "on", "by", "with", "for", "from", "during", "after", "before", "then", "also", "besides", "and", "both", "all", "other", "when", "while", "later"]);

/** Extends a title leftwards over modifiers (First Deputy, Extraordinary and Plenipotentiary, Azerbaijan’s, LA). */
function modifiersBefore(tokens: Token[], i: number, k: Knowledge, stopAt: number, nameAfter = false): number {
  let from = i;
  while (from - 1 >= stopAt) {
    const t = tokens[from - 1]!;
    const lower = t.lower;
    const isModifier = t.word && k.modifiers.has(lower) && (lower !== "and" || (from - 2 >= stopAt && k.modifiers.has(tokens[from - 2]!.lower)));
    // "Natural Resources and Environmental Sustainability Minister Datuk Seri X": when a form of
    // address after the title starts the name, capitalised words before the title are its portfolio.
    const isPortfolio = nameAfter && t.word && (t.text !== lower ? !leadingWords.has(lower) && !honorifics.has(lower) : lower === "and" && from - 2 >= stopAt && tokens[from - 2]!.text !== tokens[from - 2]!.lower);
    const isPossessive = t.word && /^[\p{Lu}].*[’']s$/u.test(t.text);
    // "HE Speaker of …": "HE" is His/Her Excellency written without dots, a form of address, not an organisation.
    if (t.text === "HE") break;
    const isAcronym = t.word && t.text.length >= 2 && t.text.length <= 6 && /^[\p{Lu}]+$/u.test(t.text) && !k.titles.has(lower);
    // An organisation written before the title: "OSCE Parliamentary Assembly President", "Swiss Foreign Minister".
    const isOrgWord = t.word && t.text !== lower && !isNameToken(t, k) && !leadingWords.has(lower) && !honorifics.has(lower);
    // "National Assembly (NA) Speaker", "Special Select Committee (Human Rights, Elections, and
    // Institutional Reform) chairman": a bracket inside the organisation's name before the title.
    if (t.text === ")") {
      let open = from - 2;
      while (open > stopAt && from - open < 16 && tokens[open]!.text !== "(" && tokens[open]!.text !== ")") open--;
      const inside = tokens.slice(open + 1, from - 1);
      const beforeOpen = tokens[open - 1];
      if (tokens[open]?.text === "(" && open > stopAt && inside.some((x) => x.word && /^\p{Lu}/u.test(x.text)) && beforeOpen?.word && beforeOpen.text !== beforeOpen.lower && !isNameToken(beforeOpen, k)) {
        from = open;
        continue;
      }
    }
    // "House of Commons Speaker": "of" between two words of the organisation's name.
    const before = tokens[from - 2];
    const isInnerOf = lower === "of" && from - 2 >= stopAt && !!before?.word && before.text !== before.lower && !isNameToken(before, k) && !leadingWords.has(before.lower) && tokens[from]!.text !== tokens[from]!.lower;
    if (!(isModifier || isPossessive || isAcronym || isOrgWord || isInnerOf || isPortfolio) || tokens[from]!.start - t.end > 2) break;
    from--;
  }
  return from;
}

function span(paragraph: string, tokens: Token[], from: number, to: number): PositionSpan {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { label: paragraph.slice(start, end), start, end };
}

/** Splits a compound position ("Deputy Chair of X, chairman of Y") at commas followed by a title. */
function splitPositions(paragraph: string, tokens: Token[], from: number, to: number, k: Knowledge): PositionSpan[] {
  const parts: PositionSpan[] = [];
  let start = from;
  let depth = 0;
  for (let j = from; j < to; j++) {
    // A comma inside brackets ("(Human Rights, Elections, and …)") does not separate posts.
    if (tokens[j]!.text === "(") depth++;
    if (tokens[j]!.text === ")") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    // "Chairman of the X Commission and member of the Y": two posts.
    if (tokens[j]!.lower === "and" && j > start && j + 1 < to && /^\p{Ll}/u.test(tokens[j + 1]!.text) && titleAt(tokens, j + 1, k) && !titleAt(tokens, j + 1, k)!.plural) {
      parts.push(span(paragraph, tokens, start, j));
      start = j + 1;
      continue;
    }
    // "Secretary, Ministry of …" is one post: its body set off by a comma.
    const body = tokens[j + 1];
    if (tokens[j]!.text === "," && body?.word && /^\p{Lu}/u.test(body.text) && setOffBodies.has(body.lower) && tokens[j + 2]?.lower === "of") continue;
    if (tokens[j]!.text === "," && j > start) {
      parts.push(span(paragraph, tokens, start, j));
      start = j + 1;
    }
  }
  if (start < to) parts.push(span(paragraph, tokens, start, to));
  return parts.filter((p) => p.label.length > 1 && k !== undefined);
}

function nameText(paragraph: string, tokens: Token[], from: number, to: number): { name: string; start: number; end: number; possessive?: boolean } {
  const start = tokens[from]!.start;
  const last = tokens[to - 1]!;
  const end = last.start + basePart(last.text).length;
  const name = { name: paragraph.slice(start, end).replace(/\s+/g, " "), start, end };
  // "Dombrovskis’ visit": a name ending in s takes the apostrophe alone (a separate token).
  const apostrophe = tokens[to];
  const bareApostrophe = apostrophe !== undefined && /^[’'`]$/.test(apostrophe.text) && apostrophe.start === last.end && /s$/i.test(last.text);
  return end < last.end || bareApostrophe ? { ...name, possessive: true } : name;
}

/** Does a comma at j continue a compound position (", chairman of...", ", Speaker of...")? */
function continuesPosition(tokens: Token[], j: number, k: Knowledge): boolean {
  const next = j + 1 < tokens.length && tokens[j + 1]!.lower === "the" ? j + 2 : j + 1;
  if (titleAt(tokens, next, k)) return true;
  const t = tokens[next];
  // "Secretary, Ministry of Information Technology, Mr. X": the post's body set off by a comma.
  if (t?.word && /^\p{Lu}/u.test(t.text) && setOffBodies.has(t.lower) && tokens[next + 1]?.lower === "of") return true;
  return !!t && t.word && k.modifiers.has(t.lower) && t.lower !== "and" && !!titleAt(tokens, next + 1, k);
}

/**
 * Scans right from a title for the name it introduces: "Chair of the Kazakhstan Parliament’s Senate
 * Maulen Ashimbayev". Returns the name's token range, or undefined when the phrase ends first.
 */
function nameAfterTitle(tokens: Token[], from: number, k: Knowledge, singular = false): { from: number; to: number; positionEnd?: number; honorificFrom?: number } | undefined {
  let lowercaseRun = 0;
  // "said Speaker Wetang’ula.": one capitalised word right after a singular title, then the
  // clause goes on, is the person's surname.
  if (singular && isNameToken(tokens[from], k) && !isParticle(tokens[from]) && nameRunEnd(tokens, from, k) === from + 1) {
    const next = tokens[from + 1];
    if (!next || (!next.word && next.text !== "(" && next.text !== "-") || /^\p{Ll}/u.test(next.text)) return { from, to: from + 1 };
  }
  for (let j = from; j < tokens.length && j - from < maxPositionTokens; ) {
    const t = tokens[j]!;
    // "the IPU President Ms Ackson": an honorific ends the position; the name follows it.
    if (t.word && t.text !== t.lower && honorifics.has(t.lower)) {
      // "Sheikh Dr Ahmad …", "Datuk Seri Azalina …": forms of address may come in a row.
      let start = pastHonorific(tokens, j);
      while (tokens[start]?.word && honorifics.has(tokens[start]!.lower) && /^\p{Lu}/u.test(tokens[start]!.text)) start = pastHonorific(tokens, start);
      const end = nameRunEnd(tokens, start, k);
      return end > start ? { from: start, to: end, positionEnd: j, honorificFrom: j } : undefined;
    }
    if (isNameToken(t, k) && !isParticle(t)) {
      const end = nameRunEnd(tokens, j, k);
      // "member cum Batang Sadong MP Rodiyah Sapiee": a place before a title, then the name.
      const titleAfter = end - j >= 2 ? titleAt(tokens, end, k) : undefined;
      if (titleAfter && !titleAfter.plural && nameRunEnd(tokens, titleAfter.to, k) - titleAfter.to >= 2) {
        j = titleAfter.to;
        lowercaseRun = 0;
        continue;
      }
      // "the Sub-Committee on Gender Equality,", "Principal Secretary for Medical Services,": a short
      // run after a body's or a post's "on"/"for", ending the clause, names its field, not a person.
      if (end - j <= 3 && fieldOf(tokens, j, k) && !tokens[end]?.word) {
        j = end;
        lowercaseRun = 0;
        continue;
      }
      // "members of Ad Hoc Committees": capitalised words before a body's noun name the body.
      const after = tokens[end];
      if (after?.word && /^\p{Lu}/u.test(after.text) && bodyNouns.has(after.lower.replace(/(?:ies|s)$/, (m) => (m === "ies" ? "y" : "")))) {
        j = end + 1;
        lowercaseRun = 0;
        continue;
      }
      // "Secretary, Ministry of Overseas Pakistanis and Human Resource Development, Mr. X": capitalised
      // words after a ministry's or division's "of" name it, joined runs included.
      if (tokens[j - 1]?.lower === "of" && setOffBodies.has(tokens[j - 2]?.lower ?? "") && /^\p{Lu}/u.test(tokens[j - 2]!.text)) {
        let e = end;
        while (tokens[e]?.lower === "and" && isNameToken(tokens[e + 1], k)) e = nameRunEnd(tokens, e + 1, k);
        j = e;
        lowercaseRun = 0;
        continue;
      }
      // "Chairman of the Halk Maslahaty of Turkmenistan X": a run after "of the" followed by "of" and a
      // country is a body's name (a person is not written "the … of Turkmenistan").
      if (end - j >= 2 && tokens[j - 1]?.lower === "the" && tokens[j - 2]?.lower === "of" && tokens[end]?.lower === "of" && bodyOwner(tokens, end + 1, k)) {
        j = end;
        lowercaseRun = 0;
        continue;
      }
      if (end - j >= 2) {
        let start = j;
        // "Speaker of the Saeima Daiga Mieriņa": after "of (the)" a three-word run starts with the body's name.
        const previous = tokens[j - 1]?.lower;
        if (end - j >= 3 && (previous === "the" || previous === "of") && !tokens.slice(j, end).some((x) => isParticle(x) || /^(?:Al|El|Bin|Ibn|Abu)(?:-|$)/.test(x.text))) {
          start = j + 1;
        }
        return { from: start, to: end };
      }
      j = end;
      lowercaseRun = 0;
      continue;
    }
    if (t.word) {
      const lower = t.lower;
      if (/^[\p{Lu}\p{N}]/u.test(t.text)) {
        lowercaseRun = 0;
      } else {
        // Verbs (past tense) and clause words end the phrase: it was not a title before a name.
        if (positionBreakers.has(lower) || (lower.length > 4 && lower.endsWith("ed"))) return undefined;
        if (!positionConnectors.has(lower) && ++lowercaseRun > 4) return undefined;
      }
      j++;
      continue;
    }
    if (t.text === "," && continuesPosition(tokens, j, k)) {
      j++;
      continue;
    }
    // "the Chair of the Senate, Maulen Ashimbayev, ...": the name set off by a comma.
    if (t.text === ",") {
      let from = j + 1;
      // ", Mr Serik Zhumangarin", ", the Rt. Hon. Nelly Mutti": forms of address may come first.
      if (tokens[from]?.lower === "the" && isFormOfAddress(tokens, from + 1)) from++;
      const honorific = isFormOfAddress(tokens, from) ? from : undefined;
      while (isFormOfAddress(tokens, from)) from = pastHonorific(tokens, from);
      const end = nameRunEnd(tokens, from, k);
      if (end - from >= 2 && !isParticle(tokens[from])) return { from, to: end, positionEnd: j, ...(honorific !== undefined ? { honorificFrom: honorific } : {}) };
      return undefined;
    }
    // "President H.E. Daurte Pacheco": "His Excellency" abbreviated, then the name.
    if (t.text === "H" && tokens[j + 1]?.text === "." && tokens[j + 2]?.text === "E" && tokens[j + 3]?.text === ".") {
      const start = j + 4;
      const end = nameRunEnd(tokens, start, k);
      return end - start >= 2 ? { from: start, to: end, positionEnd: j, honorificFrom: j } : undefined;
    }
    // "Minister in the Prime Minister’s Department (Legal and Institutional Reforms) X": a bracket
    // inside the position holds no name.
    if (t.text === "(") {
      let close = j + 1;
      while (close < tokens.length && close - j < 16 && tokens[close]!.text !== ")" && tokens[close]!.text !== "(") close++;
      if (tokens[close]?.text === ")") {
        j = close + 1;
        continue;
      }
    }
    if (t.text === "-" || t.text === "–" || t.text === "—" || t.text === "(" || t.text === ")" || t.text === "’" || t.text === "'") {
      j++;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** The token after the honorific at i, past its full stop or a glued apostrophe ("Dr.", "Dato'"). */
function pastHonorific(tokens: Token[], i: number): number {
  const next = tokens[i + 1];
  return next && (next.text === "." || ((next.text === "'" || next.text === "’") && next.start === tokens[i]!.end)) ? i + 2 : i + 1;
}

/** Is the token at i (after "of", perhaps "the") a country or a demonym's country, owning a body? */
function bodyOwner(tokens: Token[], i: number, k: Knowledge): boolean {
  const t = tokens[i]?.lower === "the" ? tokens[i + 1] : tokens[i];
  return !!t && t.word && /^\p{Lu}/u.test(t.text) && !isNameToken(t, k) && (countryCodeOf(t.text) !== undefined || k.cities.has(t.text) || tokens[i]?.lower === "the");
}

/** A capitalised honorific or the start of a compound one ("Mr", "Rt" of "Rt. Hon."). */
function isFormOfAddress(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.word || !/^\p{Lu}/u.test(t.text)) return false;
  if (honorifics.has(t.lower)) return true;
  // "Tan Sri", "Yang Berhormat": the first word of a compound only before the rest of it ("Yang Li" is a name).
  if (!honorificCompoundStarts.has(t.lower)) return false;
  const next = tokens[i + 1];
  return !!next && next.word && /^\p{Lu}/u.test(next.text) && (honorifics.has(next.lower) || honorificCompoundStarts.has(next.lower));
}

/** A position set off by commas after a name (", the Chair of X,"): closed by a comma or the sentence's end. */
function setOffPosition(tokens: Token[], at: number, k: Knowledge): { from: number; to: number; next: number } | undefined {
  const after = positionAfterName(tokens, at, k);
  if (!after) return undefined;
  const close = tokens[after.next];
  if (close && close.text !== "," && close.text !== "." && close.text !== ";") return undefined;
  // A second title inside is the next person of a list (", the Prime Minister of Greece Lucas …").
  const first = titleAt(tokens, after.from, k) ?? titleAt(tokens, after.from + 1, k);
  for (let x = (first?.to ?? after.from) + 1; x < after.to; x++) if (/^\p{Lu}/u.test(tokens[x]!.text) && titleAt(tokens, x, k)) return undefined;
  return after;
}

/**
 * A post set off after a name without "the": ", Chair of the Foreign Relations Committee,",
 * ", Vice-Chairperson,". Only a title with its complement ("of/for/on/to …") or a title alone:
 * ", Deputy Speaker Jane Roe" is the next person of a list, not a post.
 */
function apposedPost(tokens: Token[], at: number, k: Knowledge): { from: number; to: number; next: number } | undefined {
  const first = tokens[at + 1];
  if (!first?.word) return undefined;
  const post = setOffPosition(tokens, at, k);
  if (!post) return undefined;
  let titleFrom = post.from;
  while (titleFrom < post.to && k.modifiers.has(tokens[titleFrom]!.lower) && tokens[titleFrom]!.lower !== "and") titleFrom++;
  const title = titleAt(tokens, titleFrom, k);
  if (!title || title.plural) return undefined;
  // ", chairperson of the Senate committee on …": a post in lowercase needs its complement.
  if (title.to === post.to) return /^\p{Lu}/u.test(first.text) ? post : undefined;
  return complementWords.has(tokens[title.to]?.lower ?? "") ? post : undefined;
}

const complementWords = new Set(["of", "for", "on", "to"]);

/** Words saying how a post was taken, written before the title ("the newly elected Speaker"). */
const appointmentWords = new Set(["newly", "recently", "just", "appointed", "elected", "re-elected", "reelected", "designated", "nominated"]);

/** A position written after a name: "Martin Chungong, the Secretary General of the IPU". */
function positionAfterName(tokens: Token[], at: number, k: Knowledge, plural = false): { from: number; to: number; next: number; plural?: string } | undefined {
  let j = at;
  if (tokens[j]?.text === ",") j++;
  if (tokens[j]?.lower === "the") j++;
  // "the recently appointed Chair of …", "the newly elected Speaker": how the post was taken is not part of it.
  while (tokens[j]?.word && appointmentWords.has(tokens[j]!.lower)) j++;
  let titleFrom = j;
  while (tokens[titleFrom] && k.modifiers.has(tokens[titleFrom]!.lower) && tokens[titleFrom]!.lower !== "and") titleFrom++;
  const title = titleAt(tokens, titleFrom, k);
  if (!title || !title.plural !== !plural) return undefined;
  const many = title.plural ? { plural: title.plural } : {};
  // "X, MNA in Committee Room No. 2": a place after the title, not part of it.
  if (tokens[title.to]?.lower === "in" || tokens[title.to]?.lower === "at") return { from: j, to: title.to, next: title.to, ...many };
  let end = title.to;
  let last = title.to;
  for (let x = title.to; x < tokens.length && x - title.to < maxPositionTokens; x++) {
    const t = tokens[x]!;
    // "Chairman of the X Commission and member of the Y": a second post joined by "and".
    if (t.word && t.lower === "and" && tokens[x + 1]?.word && /^\p{Ll}/u.test(tokens[x + 1]!.text)) {
      const second = titleAt(tokens, x + 1, k);
      if (second && !second.plural) {
        x = second.to - 1;
        last = second.to;
        continue;
      }
    }
    // "… Foreign Affairs and Mr Necdet Ünüvar": a form of address starts the next person.
    if (t.word && (honorifics.has(t.lower) || honorificCompoundStarts.has(t.lower))) break;
    if (t.word && /^[\p{Lu}]/u.test(t.text)) {
      last = x + 1;
      continue;
    }
    if (t.word && positionConnectors.has(t.lower)) continue;
    if (t.text === "-" || t.text === "–") continue;
    // "X, MNA, Convener of the … Friendship Group": a second post set off by a comma.
    if (t.text === "," && !plural && continuesPosition(tokens, x, k) && !titleAt(tokens, tokens[x + 1]?.lower === "the" ? x + 2 : x + 1, k)?.plural) continue;
    // "the leader of the PASOK party": a common noun naming the body ends the label, unless
    // "to"/"of" and a name follow ("head of the Albanian delegation to PACE").
    if (t.word && last > title.to && bodyNouns.has(t.lower)) {
      last = x + 1;
      const link = tokens[x + 1]?.lower;
      if ((link === "to" || link === "of") && /^\p{Lu}/u.test(tokens[x + (tokens[x + 2]?.lower === "the" ? 3 : 2)]?.text ?? "")) continue;
      break;
    }
    break;
  }
  end = last;
  return { from: j, to: end, next: end, ...many };
}

/** Finds the named people of a paragraph, with their honorifics and positions as written. */
export function findMentions(paragraph: string, tokens: Token[], k: Knowledge, context: MentionContext = {}): Mention[] {
  const mentions: Mention[] = [];
  const bracketed = insideBrackets(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const lower = t.lower;

    // Honorific + name: Mrs Gafarova, H. E. Mr. Martin Chungong.
    if (t.word && honorifics.has(lower) && /^[\p{Lu}]/u.test(t.text)) {
      let from = i;
      // "H. E." before the honorific.
      if (i >= 4 && tokens[i - 4]!.text === "H" && tokens[i - 3]!.text === "." && tokens[i - 2]!.text === "E" && tokens[i - 1]!.text === ".") from = i - 4;
      // "Tan Sri", "Datuk Seri", "Rt. Hon.": the whole form of address, not its last word.
      while (from > 0) {
        const before = tokens[from - 1]!.text === "." && from > 1 ? from - 2 : from - 1;
        if (!isFormOfAddress(tokens, before)) break;
        from = before;
      }
      let j = pastHonorific(tokens, i);
      // "Dato' Sri Lau", "Datuk Seri X": forms of address in a row.
      while (tokens[j]?.word && honorifics.has(tokens[j]!.lower) && /^\p{Lu}/u.test(tokens[j]!.text)) j = pastHonorific(tokens, j);
      const end = nameRunEnd(tokens, j, k);
      if (end > j) {
        const n = nameText(paragraph, tokens, j, end);
        const honorific = paragraph.slice(tokens[from]!.start, tokens[j - 1]!.end).replace(/\s+/g, " ");
        const after = positionAfterName(tokens, end, k);
        const seat = after ? undefined : seatInBrackets(paragraph, tokens, end);
        // "Sen. Chika Obi": an abbreviated title written like a form of address is the post.
        const abbreviated = titleAbbreviations.get(lower);
        const implied = abbreviated ? { label: abbreviated, start: t.start, end: t.end } : undefined;
        const positions = after ? splitPositions(paragraph, tokens, after.from, after.to, k) : seat ? [seat.position] : implied ? [implied] : [];
        const to = after?.next ?? seat?.next ?? end;
        mentions.push({ kind: end - j >= 2 ? "honorific" : "surname", ...n, fromToken: from, toToken: to, honorific, positions });
        i = to;
        continue;
      }
    }

    // "The ambassadors have included Ma Zhaoxu of China, Vaqif Sadiqov of Azerbaijan and …".
    if (t.word && inclusionWords.has(lower) && isNameToken(tokens[i + 1], k)) {
      const next = inclusionList(paragraph, tokens, i + 1, k, mentions);
      if (next > i + 1) {
        i = next;
        continue;
      }
    }

    // Title … name: Chair of the Milli Majlis Sahiba Gafarova; the MPs A B, C D and E F.
    const title = titleAt(tokens, i, k);
    if (title) {
      const name = nameAfterTitle(tokens, title.to, k, !title.plural);
      if (name) {
        const previousEnd = mentions.length > 0 ? mentions[mentions.length - 1]!.toToken : 0;
        let from = modifiersBefore(tokens, i, k, previousEnd, name.honorificFrom === title.to);
        // "Azerbaijani MPs A and B": each is an "MP"; the demonym says whose (kept as context).
        let demonym: string | undefined;
        if (title.plural && from === i - 1 && k.demonyms.has(tokens[from]!.text)) {
          demonym = tokens[from]!.text;
          from = i;
        }
        // "The British group included MPs A, B and C": the group's demonym says whose MPs.
        if (title.plural && !demonym) demonym = groupDemonymBefore(tokens, from, k);
        const positionTo = name.positionEnd ?? name.from;
        let positions = positionTo > from ? splitPositions(paragraph, tokens, from, trimEnd(tokens, from, positionTo), k) : [];
        if (title.plural) {
          // "the MPs A, B and C": each holds the singular title.
          positions = positions.map((p) => ({ ...p, label: singular(p.label, title.plural!, k.plurals) }));
        }
        positions = resolveReference(positions, tokens, from, mentions);
        // "the Permanent Representative of Angola to the UN Office at Geneva, Ambassador X": a bare
        // "Ambassador" right before the name, after a diplomat's post, is how a diplomat is addressed.
        if (positions.length >= 2 && /^ambassador$/i.test(positions[positions.length - 1]!.label) && positions.slice(0, -1).some((p) => diplomaticPost.test(p.label))) {
          positions = positions.slice(0, -1);
        }
        const n = nameText(paragraph, tokens, name.from, name.to);
        const honorific = name.honorificFrom !== undefined ? { honorific: paragraph.slice(tokens[name.honorificFrom]!.start, tokens[name.from - 1]!.end) } : {};
        const ledBody = delegationBefore(paragraph, tokens[from]!.start, k) ?? demonym;
        // "the delegation of the … Friendship Group of the Bundestag, headed by its Chairman, Dr. X":
        // "its" is the body just named, so the bare title is that body's.
        const its = tokens[from - 1]?.lower === "its" || tokens[from - 1]?.lower === "their";
        if (its && ledBody && ledBody !== demonym && !k.demonyms.has(ledBody) && positions.length === 1 && !/\s(?:of|to|for)\s/i.test(positions[0]!.label)) {
          positions = [{ ...positions[0]!, label: `${positions[0]!.label} of the ${ledBody}` }];
        }
        const kind = name.to - name.from >= 2 ? "title" : "surname";
        // "Vice-President Kristian Vigenin, the recently appointed Chair of the Ad Hoc Committee on
        // Migration": a second post in apposition after the name.
        const apposed = !title.plural && tokens[name.to]?.text === "," ? (tokens[name.to + 1]?.lower === "the" ? setOffPosition(tokens, name.to, k) : apposedPost(tokens, name.to, k)) : undefined;
        if (apposed) positions = [...positions, ...splitPositions(paragraph, tokens, apposed.from, apposed.to, k)];
        const to = apposed?.next ?? name.to;
        mentions.push({ kind, ...n, fromToken: from, toToken: to, positions, ...honorific, ...(ledBody ? { ledBody } : {}) });
        i = listAfter(paragraph, tokens, to, k, mentions, title.plural ? positions : [], ledBody);
        continue;
      }
      i = title.to;
      continue;
    }

    // A bare name, perhaps with a position after it. Capitalised words in brackets name a subject
    // ("Committee (Human Rights, Elections, and Institutional Reform)"), not a person.
    if (isNameToken(t, k) && !isParticle(t)) {
      const end = nameRunEnd(tokens, i, k);
      if (bracketed[i]) {
        i = Math.max(end, i + 1);
        continue;
      }
      if (end - i >= 2) {
        const n = nameText(paragraph, tokens, i, end);
        const after = positionAfterName(tokens, end, k);
        // "… Sustainability Minister Datuk Seri X": the words are the title's portfolio, the name comes after it.
        const titleThenName = after !== undefined && after.from === end && isFormOfAddress(tokens, after.next);
        if (titleThenName) {
          i = end;
          continue;
        }
        const led = after ? undefined : (ledBody(paragraph, tokens, end) ?? chairedBody(paragraph, tokens, i));
        const seat = after || led ? undefined : seatInBrackets(paragraph, tokens, end);
        if (seat) {
          mentions.push({ kind: "appositive", ...n, fromToken: i, toToken: seat.next, positions: [seat.position] });
          i = seat.next;
        } else if (after) {
          // "a delegation of the Chamber of Deputies of Romania led by Radu Ionescu-Pop, Vice-Chairman of …".
          const body = delegationBefore(paragraph, t.start, k);
          mentions.push({ kind: "appositive", ...n, fromToken: i, toToken: after.next, positions: splitPositions(paragraph, tokens, after.from, after.to, k), ...(body ? { ledBody: body } : {}) });
          i = after.next;
        } else if (led) {
          mentions.push({ kind: "appositive", ...n, fromToken: i, toToken: end, positions: [led.position] });
          i = end;
        } else {
          mentions.push({ kind: "bare", ...n, fromToken: i, toToken: end, positions: [] });
          i = listAfter(paragraph, tokens, end, k, mentions, []);
        }
        continue;
      }
      i = Math.max(end, i + 1);
      continue;
    }
    i++;
  }
  sharePostAfterList(paragraph, tokens, k, mentions);
  // "The delegation comprised A, B and C": members of the delegation described before.
  const described = lastDescribedDelegation(paragraph, k);
  const delegation = context.delegation ?? described;
  if (delegation) {
    for (const m of mentions) {
      if (m.ledBody) continue;
      // "included Shri A, Smt. B": the full stop of a form of address does not end the sentence.
      const before = paragraph.slice(Math.max(0, m.start - 300), m.start).replace(/\b([\p{L}]{1,8})\./gu, (all, w: string) => (honorifics.has(w.toLowerCase()) ? w : all));
      if (delegationList.test(before) || joinedMemberVerb(before)) m.ledBody = delegation;
    }
  }
  if (described) context.delegation = described;
  return mentions;
}

/**
 * "The delegation comprised A, B and C, Members of the Legislative Chamber": a plural title set
 * off after a list of two or more names is the post of each listed name that has none of its own.
 */
function sharePostAfterList(paragraph: string, tokens: Token[], k: Knowledge, mentions: Mention[]): void {
  for (let m = 1; m < mentions.length; m++) {
    const last = mentions[m]!;
    if (tokens[last.toToken]?.text !== ",") continue;
    // Cheap test first: a plural title (perhaps after "the" or a modifier) right after the comma.
    const word = tokens[last.toToken + 1]?.lower === "the" ? tokens[last.toToken + 2] : tokens[last.toToken + 1];
    if (!word?.word || !(k.plurals.has(word.lower) || k.modifiers.has(word.lower) || k.titlesByFirstWord.has(word.lower))) continue;
    const post = positionAfterName(tokens, last.toToken, k, true);
    if (!post?.plural) continue;
    // Walk back over the names joined to this one by commas and "and" only.
    let first = m;
    while (first > 0) {
      const gap = tokens.slice(mentions[first - 1]!.toToken, mentions[first]!.fromToken);
      if (gap.length === 0 || gap.length > 2 || !gap.every((t) => t.text === "," || t.lower === "and")) break;
      first--;
    }
    if (first === m) continue;
    const written = span(paragraph, tokens, post.from, post.to);
    const label = singular(written.label.replace(/^the\s+/i, ""), post.plural, k.plurals);
    const shared = { ...written, label: label.charAt(0).toUpperCase() + label.slice(1) };
    for (let x = first; x <= m; x++) if (mentions[x]!.positions.length === 0) mentions[x]!.positions = [shared];
  }
}

/**
 * "Tan Boon Kiat (PH-Ayer Molek)": a party's acronym and a constituency in brackets right after a
 * name say the person holds that seat. The label keeps the bracket as written ("MP (PH-Ayer Molek)").
 */
function seatInBrackets(paragraph: string, tokens: Token[], at: number): { position: PositionSpan; next: number } | undefined {
  if (tokens[at]?.text !== "(") return undefined;
  let close = at + 1;
  while (close < tokens.length && close - at <= 8 && tokens[close]!.text !== ")" && tokens[close]!.text !== "(") close++;
  if (tokens[close]?.text !== ")") return undefined;
  const inside = paragraph.slice(tokens[at]!.end, tokens[close]!.start).trim();
  if (!/^[\p{Lu}]{2,6} ?[-–] ?[\p{Lu}][\p{L}’' -]{1,40}$/u.test(inside)) return undefined;
  return { position: { label: `MP (${inside})`, start: tokens[at]!.start, end: tokens[close]!.end }, next: close + 1 };
}

/** For each token: is it inside round brackets? (Unclosed brackets end with the paragraph.) */
function insideBrackets(tokens: Token[]): boolean[] {
  let depth = 0;
  return tokens.map((t) => {
    if (t.text === ")") depth = Math.max(0, depth - 1);
    const inside = depth > 0;
    if (t.text === "(") depth++;
    return inside;
  });
}

const leadVerbs: Record<string, string> = { leads: "Leader", leading: "Leader", heads: "Head", heading: "Head", chairs: "Chair", chairing: "Chair" };
const objectBreakers = /^(?:talked|said|stressed|noted|spoke|told|informed|expressed|thanked|met|was|were|is|are|had|has|will|and|who|which|that)$/i;

/**
 * A body led by the person, written as a verb: "Jala Ahmadova who leads the WG of the Milli Majlis",
 * "Riina Solman heading the Riigikogu friendship group". The label is normalised to a title
 * ("Leader of the WG of the Milli Majlis"); the span is the words as written.
 */
function ledBody(paragraph: string, tokens: Token[], at: number): { position: PositionSpan } | undefined {
  let j = at;
  if (tokens[j]?.lower === "who") j++;
  const verb = tokens[j];
  const noun = verb ? leadVerbs[verb.lower] : undefined;
  if (!verb || !noun || tokens[j + 1]?.lower !== "the") return undefined;
  let end = j + 2;
  while (end < tokens.length && end - j < 16 && tokens[end]!.word && !objectBreakers.test(tokens[end]!.text)) end++;
  if (end <= j + 2) return undefined;
  const start = verb.start;
  const stop = tokens[end - 1]!.end;
  const object = paragraph.slice(tokens[j + 1]!.start, stop).replace(/\s+/g, " ");
  return { position: { label: `${noun} of ${object}`, start, end: stop } };
}

/** A diplomat's post with its complement ("Permanent Representative of Angola to …", "Ambassador of Japan"). */
const diplomaticPost = /\b(?:ambassador|representative|envoy|charg[ée] d[’']affaires|high commissioner)\b.*\b(?:of|to)\b/i;

/** Nouns naming a body that has a chair. */
const chairedNouns = new Set(["committee", "commission", "subcommittee", "sub-committee", "council", "board", "bureau", "group", "caucus"]);
/** Lowercase words inside a body's name ("Committee on Foreign Affairs of the Riigikogu"). */
const bodyNameConnectors = new Set(["of", "on", "for", "and", "the"]);

/**
 * "The Foreign Affairs Committee of the Riigikogu, chaired by Liina Saar, …": the name after
 * "chaired by" chairs the body named right before it ("Chair of the Foreign Affairs Committee of
 * the Riigikogu"). Token scan, at most 14 tokens back.
 */
function chairedBody(paragraph: string, tokens: Token[], at: number): { position: PositionSpan } | undefined {
  if (tokens[at - 1]?.lower !== "by" || tokens[at - 2]?.lower !== "chaired") return undefined;
  let end = at - 2;
  if (tokens[end - 1]?.text === ",") end--;
  let from = end;
  let body = false;
  while (from - 1 >= 0 && end - from < 14) {
    const t = tokens[from - 1]!;
    if (!t.word) break;
    if (/^\p{Lu}/u.test(t.text)) {
      if (t.lower === "the" || leadingWords.has(t.lower)) break;
      if (chairedNouns.has(t.lower)) body = true;
    } else if (!bodyNameConnectors.has(t.lower)) break;
    from--;
  }
  // Lowercase words at the start are not part of the name ("met the …").
  while (from < end && !/^\p{Lu}/u.test(tokens[from]!.text)) from++;
  if (!body || from >= end) return undefined;
  const start = tokens[from]!.start;
  const stop = tokens[end - 1]!.end;
  return { position: { label: `Chair of the ${paragraph.slice(start, stop).replace(/\s+/g, " ")}`, start, end: stop } };
}

const collective = /^(group|committee|commission|delegation|council|secretariat) (member|members|secretary|coordinator)$/i;

/**
 * Positions that point back at the person named just before: "X and his deputy, Y" (Deputy of
 * X's post), "head of the … working group X and group member Y" (Member of that group). The
 * label is completed from the earlier position; the span stays the words as written.
 */
function resolveReference(positions: PositionSpan[], tokens: Token[], from: number, mentions: Mention[]): PositionSpan[] {
  const first = positions[0];
  const previous = [...mentions].reverse().find((m) => m.positions.length > 0)?.positions[0];
  if (!first || !previous) return positions;
  const possessive = tokens[from - 1]?.lower;
  // "X and his deputy Y": the deputy's chief is the person named right before ("X, … and his deputy").
  const last = mentions[mentions.length - 1];
  const adjacent = !!last && last.positions[0] === previous && from - 1 - last.toToken <= 3 && tokens.slice(last.toToken, from - 1).every((t) => t.text === "," || t.lower === "and" || t.lower === "as" || t.lower === "well");
  if ((possessive === "his" || possessive === "her") && adjacent && /^(?:first )?deputy$/i.test(first.label)) {
    const label = `${first.label.charAt(0).toUpperCase()}${first.label.slice(1)} of the ${previous.label.replace(/^the\s+/i, "")}`;
    return [{ ...first, label }, ...positions.slice(1)];
  }
  // "Head of the delegation X and members Y, Z": members of the body the head was named for.
  const headOf = /^(?:the\s+)?(?:head|leader|chair(?:man|woman|person)?) of (.+)$/i.exec(previous.label);
  if (/^members?$/i.test(first.label) && headOf) return [{ ...first, label: `Member of ${headOf[1]}` }, ...positions.slice(1)];
  // "group member": the noun may stand before the title, outside the label.
  const before = tokens[from - 1];
  const group = collective.exec(first.label) ?? (before?.word ? collective.exec(`${before.lower} ${first.label}`) : null);
  if (group) {
    const of = previous.label.search(/\bof the\b/i);
    const body = of >= 0 ? previous.label.slice(of + 3) : "";
    if (body.toLowerCase().endsWith(group[1]!.toLowerCase())) {
      const role = group[2]!.replace(/s$/i, "");
      return [{ ...first, label: `${role.charAt(0).toUpperCase()}${role.slice(1)} of ${body}` }, ...positions.slice(1)];
    }
  }
  return positions;
}

/** Drops trailing commas, articles and dashes from a position's token range. */
function trimEnd(tokens: Token[], from: number, to: number): number {
  let end = to;
  // "Ambassador of Italy Mr Luca …": the honorific belongs to the name, not the position.
  while (end > from && (/^(?:,|the|and|-|–|—|\(|’|\.)$/i.test(tokens[end - 1]!.text) || honorifics.has(tokens[end - 1]!.lower) || honorificCompoundStarts.has(tokens[end - 1]!.lower) || (tokens[end - 1]!.text === "E" || tokens[end - 1]!.text === "H"))) end--;
  return end;
}

/** "MPs" → "MP", keeping the rest of the label; "heads of parliamentary committees" → "head of a parliamentary committee". */
function singular(label: string, title: string, plurals: Map<string, string>): string {
  const bodies = /^(\S+) of ((?:[\p{L}-]+ ){0,3})(committees|commissions|groups|delegations|parliaments|factions)$/iu.exec(label);
  if (bodies) label = `${bodies[1]} of a ${bodies[2]}${bodies[3]!.slice(0, -1)}`;
  // The plural word is the one data/positions.json maps to this title ("MNAs" → "MNA", "members" → "member").
  return label.replace(/[\p{L}-]+/gu, (w) => {
    if (plurals.get(w.toLowerCase()) !== title) return w;
    return /^\p{Lu}/u.test(w) && title === title.toLowerCase() ? title.charAt(0).toUpperCase() + title.slice(1) : title;
  });
}

/** Names listed after a mention (", C D and E F"), sharing a plural title's position. */
function listAfter(paragraph: string, tokens: Token[], at: number, k: Knowledge, mentions: Mention[], shared: PositionSpan[], ledBody?: string): number {
  let j = at;
  for (let guard = 0; guard < 50; guard++) {
    let next = j;
    if (tokens[next]?.text === ",") next++;
    if (tokens[next]?.lower === "and") next++;
    if (next === j) break;
    if (titleAt(tokens, next, k)) break;
    // ", Mr. Lal Chand, Ms. Kishwar Zehra": a form of address before each listed name.
    let honorificFrom: number | undefined;
    while (tokens[next]?.word && honorifics.has(tokens[next]!.lower) && /^\p{Lu}/u.test(tokens[next]!.text)) {
      honorificFrom ??= next;
      next = pastHonorific(tokens, next);
    }
    const end = nameRunEnd(tokens, next, k);
    if (end - next < 2) break;
    const n = nameText(paragraph, tokens, next, end);
    const honorific = honorificFrom !== undefined ? { honorific: paragraph.slice(tokens[honorificFrom]!.start, tokens[next - 1]!.end) } : {};
    // "… and Hon. Natasha Phiri, Chair of the Committee on …": a listed name's own post in apposition.
    const own = shared.length === 0 && tokens[end]?.text === "," ? apposedPost(tokens, end, k) : undefined;
    const positions = own ? splitPositions(paragraph, tokens, own.from, own.to, k) : shared;
    mentions.push({ kind: "list", ...n, fromToken: honorificFrom ?? next, toToken: own?.next ?? end, positions, ...honorific, ...(ledBody && shared.length > 0 ? { ledBody } : {}) });
    j = own?.next ?? end;
  }
  return j;
}

/** Nouns for the people of one side ("the British group", "the Turkish side"). */
const sideNouns = new Set(["group", "delegation", "side", "team", "guests", "visitors"]);

/** The demonym of "The <Demonym> group included …" right before token `at`, if written so. */
function groupDemonymBefore(tokens: Token[], at: number, k: Knowledge): string | undefined {
  const verb = tokens[at - 1];
  if (!verb?.word || !inclusionWords.has(verb.lower)) return undefined;
  let x = at - 2;
  if (tokens[x]?.lower === "also") x--;
  if (!tokens[x]?.word || !sideNouns.has(tokens[x]!.lower)) return undefined;
  const demonym = tokens[x - 1];
  return demonym?.word && k.demonyms.has(demonym.text) ? demonym.text : undefined;
}

/** Words that may join a plural title to what it is of ("representatives to the United Nations in Geneva"). */
const descriptionConnectors = new Set(["to", "of", "in", "at", "for", "the"]);

/**
 * The last plural title with a complement written before token `before` ("permanent
 * representatives to the United Nations in Geneva"), as the singular post of each one it
 * describes ("Permanent representative to the United Nations in Geneva"). Bounded scan.
 */
function pluralDescriptionBefore(paragraph: string, tokens: Token[], before: number, k: Knowledge): PositionSpan | undefined {
  for (let x = before - 1; x >= 0 && before - x < 80; x--) {
    const t = tokens[x]!;
    const singularTitle = t.word ? k.plurals.get(t.lower) : undefined;
    if (!singularTitle || !/^(?:to|of|in|at|for)$/.test(tokens[x + 1]?.lower ?? "")) continue;
    // A multi-word title's first words ("permanent representatives"), or modifiers ("deputy ministers").
    let from = x;
    while (from > 0 && tokens[from - 1]!.word && /^\p{Ll}/u.test(tokens[from - 1]!.text) && (k.modifiers.has(tokens[from - 1]!.lower) || k.titlesByFirstWord.has(tokens[from - 1]!.lower))) from--;
    let to = x + 1;
    for (let y = x + 1; y < before && y - x < 16; y++) {
      const w = tokens[y]!;
      if (!w.word) break;
      // "… of the Kazakh delegation to the OSCE PA": a body's noun inside the description.
      if (/^\p{Lu}/u.test(w.text) || bodyNouns.has(w.lower)) to = y + 1;
      else if (!descriptionConnectors.has(w.lower)) break;
    }
    if (to <= x + 2) return undefined;
    const written = paragraph.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/\s+/g, " ");
    const label = singular(written, singularTitle, k.plurals);
    return { label: label.charAt(0).toUpperCase() + label.slice(1), start: tokens[from]!.start, end: tokens[to - 1]!.end };
  }
  return undefined;
}

/** Common nouns that may close a body's name written after a title ("… of the PASOK party"). */
/** Is the run at `j` the field of a body or a post: "Committee on …", "Secretary for …"? */
function fieldOf(tokens: readonly Token[], j: number, k: Knowledge): boolean {
  const preposition = tokens[j - 1]?.lower;
  const head = tokens[j - 2];
  if ((preposition !== "on" && preposition !== "for") || !head?.word) return false;
  const noun = head.lower.replace(/^sub-?/, "");
  return bodyNouns.has(noun) || k.titles.has(noun);
}

/** Bodies that may follow a post after a comma: "Secretary, Ministry of …", "Additional Secretary, Division of …". */
const setOffBodies = new Set(["ministry", "division", "department", "office", "secretariat", "directorate"]);

const bodyNouns = new Set(["party", "faction", "group", "committee", "commission", "council", "assembly", "parliament", "delegation", "union", "association", "ministry", "department", "office", "bloc", "caucus", "coalition"]);

/** Verbs that open a list of members or guests. */
const inclusionWords = new Set(["include", "includes", "included", "including", "comprised", "comprises", "comprising", "namely"]);

/**
 * Names listed right after an inclusion verb, each perhaps followed by where they come from:
 * "included Ma Zhaoxu of China, Vaqif Sadiqov of Azerbaijan and Anna Korka of Greece".
 */
function inclusionList(paragraph: string, tokens: Token[], at: number, k: Knowledge, mentions: Mention[]): number {
  // "The ambassadors have included …": the plural title just before the verb is each one's post.
  let shared: PositionSpan[] = [];
  for (let b = at - 2; b >= 0 && b >= at - 5; b--) {
    const plural = tokens[b]!.word ? k.plurals.get(tokens[b]!.lower) : undefined;
    if (plural) {
      const t = tokens[b]!;
      // "… visits from new permanent representatives to the UN in Geneva. The ambassadors have
      // included …": a definite plural points back at the fuller description before it.
      const definite = /^(?:the|these|those)$/.test(tokens[b - 1]?.lower ?? "");
      const earlier = definite ? pluralDescriptionBefore(paragraph, tokens, b - 1, k) : undefined;
      shared = [earlier ?? { label: plural.charAt(0).toUpperCase() + plural.slice(1), start: t.start, end: t.end }];
      break;
    }
    if (tokens[b]!.text === ".") break;
    // "members of the Kazakh delegation to the OSCE PA, including A and B": the plural post before the comma.
    if (tokens[b]!.text === ",") {
      const described = b === at - 2 ? pluralDescriptionBefore(paragraph, tokens, b, k) : undefined;
      if (described && described.end > (tokens[b - 8]?.start ?? 0)) shared = [described];
      break;
    }
  }
  let j = at;
  const found: Mention[] = [];
  for (let guard = 0; guard < 50; guard++) {
    const end = nameRunEnd(tokens, j, k);
    if (end - j < 2) break;
    const mention: Mention = { kind: "list", ...nameText(paragraph, tokens, j, end), fromToken: j, toToken: end, positions: shared };
    found.push(mention);
    j = end;
    // "of China", "from the Kyrgyz Republic": whose the post is.
    if (tokens[j]?.lower === "of" || tokens[j]?.lower === "from") {
      let x = j + 1;
      if (tokens[x]?.lower === "the") x++;
      const from = x;
      while (x < tokens.length && x - from < 5 && tokens[x]!.word && /^\p{Lu}/u.test(tokens[x]!.text)) x++;
      if (x === from) break;
      if (shared.length > 0) mention.ledBody = paragraph.slice(tokens[from]!.start, tokens[x - 1]!.end);
      j = x;
    }
    let next = j;
    if (tokens[next]?.text === ",") next++;
    if (tokens[next]?.lower === "and") next++;
    if (next === j) break;
    j = next;
  }
  // One name alone is not a list; the ordinary rules read it.
  if (found.length < 2) return at;
  mentions.push(...found);
  return found[found.length - 1]!.toToken;
}
