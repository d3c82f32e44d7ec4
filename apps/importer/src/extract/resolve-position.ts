import type { Knowledge } from "../knowledge/knowledge.js";
import { expandAcronym, isAcronym } from "./acronyms.js";
import { positionBreakers } from "./lexicon.js";
import { isNameToken } from "./name-tokens.js";
import { tokenize, type Token } from "./tokens.js";

/** The release body a position label is resolved against: paragraphs and their tokens. */
export interface ReleaseText {
  paragraphs: string[];
  tokens: Token[][];
  /** Filled on first use: the release's body descriptions and acronym expansions, read once per release. */
  cache?: ReleaseCache;
}

interface ReleaseCache {
  phrases?: WrittenPhrase[];
  acronyms: Map<string, string | undefined>;
}

/** A body description as written in the release. */
interface WrittenPhrase {
  paragraph: number;
  start: number;
  end: number;
  phrase: BodyPhrase;
  written: string;
}

function cacheOf(text: ReleaseText): ReleaseCache {
  text.cache ??= { acronyms: new Map() };
  return text.cache;
}

/** Most body descriptions read from one release: bounds the work on hostile input. */
const maxPhrases = 200;
/** Most distinct acronyms looked up in one release. */
const maxAcronyms = 20;

/** Where the label was written: its paragraph and UTF-16 span. */
export interface LabelAt {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * The position as the release names it (`label`) and in full (`resolved`, to read whose post it
 * is): acronyms the release spells out elsewhere are expanded ("the LA Chairman" → "Chairman of
 * the Legislative Assembly of St Petersburg"), general abbreviations too ("WG" → "working group").
 * A body referred back to ("the aforementioned working group", "WG member") is completed from the
 * one fuller description of it in the release, and then the label is that completion too.
 * Unchanged when nothing resolves, or when the reference is ambiguous.
 */
export function resolvePosition(label: string, at: LabelAt, text: ReleaseText, k: Knowledge): { label: string; resolved: string } {
  const expanded = expandAbbreviations(label, text, k);
  const completed = completeBody(expanded, at, text, k);
  // A label that needs no completion is kept as written, acronyms and all ("Chairman of the GNAT",
  // "PA President"): that is how the release names the post. Its expansion still says whose post
  // it is (the country and parliament).
  const full = completed === label ? label : `${completed.charAt(0).toUpperCase()}${completed.slice(1)}`;
  return { label: completed !== expanded ? full : label, resolved: full };
}

/** Lowercase words that end a description of a body on its left ("the", "of", "his") or inside it. */
const functionWords = new Set(["the", "a", "an", "of", "for", "with", "and", "to", "in", "on", "at", "by", "from", "between", "its", "his", "her", "their", "our", "these", "those", "two", "both", "all", "other", "each", "who", "which", "that"]);
/** Words that may open what follows a body's head noun ("working group for …", "committee on …"). */
const complementWords = new Set(["for", "of", "on", "with", "between"]);
/** Lowercase words read inside a complement without ending it. */
const complementConnectors = new Set(["of", "the", "for", "with", "on", "between", "in", "and"]);

function expandAbbreviations(label: string, text: ReleaseText, k: Knowledge): string {
  if (!/[A-Z]{2}/.test(label)) return label;
  const tokens = tokenize(label);
  let out = "";
  let last = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "IPA CIS": a run of acronyms is one name; expanding one part of it would garble it.
    if (!isAcronym(t) || k.titles.has(t.lower) || isAcronym(tokens[i - 1]) || isAcronym(tokens[i + 1])) continue;
    const cache = cacheOf(text);
    // Each acronym is looked up once, and only the first few per release (each lookup reads the whole body).
    if (!cache.acronyms.has(t.text) && cache.acronyms.size < maxAcronyms) cache.acronyms.set(t.text, expandAcronym(t.text, text.tokens, text.paragraphs, k));
    const expansion = cache.acronyms.get(t.text) ?? k.abbreviations.get(t.text);
    if (!expansion) continue;
    // "the LA Chairman": an organisation before a title becomes "Chairman of the …".
    const first = i === 0 || (i === 1 && tokens[0]!.lower === "the");
    const rest = label.slice(t.end).trim();
    if (first && last === 0 && rest !== "" && isTitle(rest, k)) return `${rest} of the ${expansion}`;
    out += label.slice(last, t.start) + expansion;
    last = t.end;
  }
  return last === 0 ? label : out + label.slice(last);
}

/** Is the text a title alone, perhaps after modifiers ("Chairman", "First Deputy Speaker")? */
function isTitle(text: string, k: Knowledge): boolean {
  const words = text.toLowerCase().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && k.modifiers.has(words[i]!)) i++;
  return k.titles.has(words.slice(i).join(" "));
}

/** A body's head noun ("working group", "committee") at token i, as [from, to), or undefined. */
function headAt(tokens: Token[], i: number, k: Knowledge): { to: number; words: string[] } | undefined {
  const t = tokens[i];
  if (!t?.word || !(k.abbreviations.has(t.text) || bodyFirstWords(k).has(t.lower))) return undefined;
  // An abbreviation standing for a head ("WG") counts as its words.
  const abbreviation = k.abbreviations.get(t.text);
  if (abbreviation) {
    const words = abbreviation.toLowerCase().split(" ");
    if (k.bodies.some((b) => b.join(" ") === words.join(" "))) return { to: i + 1, words };
  }
  for (const body of k.bodies) {
    let n = 0;
    while (n < body.length && tokens[i + n]?.word && tokens[i + n]!.lower === body[n]) n++;
    if (n === body.length) return { to: i + n, words: body };
  }
  return undefined;
}

let firstWords: { k: Knowledge; words: Set<string> } | undefined;

/** The first words of the body head nouns (a quick test before matching them). */
function bodyFirstWords(k: Knowledge): Set<string> {
  if (firstWords?.k !== k) firstWords = { k, words: new Set(k.bodies.map((b) => b[0]!)) };
  return firstWords.words;
}

/** A description of a body around its head noun: its token range and words. */
interface BodyPhrase {
  from: number;
  to: number;
  head: string[];
  /** Content words (lowercase; abbreviations expanded), function words left out. */
  words: string[];
  referring: boolean;
  /** The head is capitalised: a proper name ("the Law Policy Committee"), complete as written. */
  proper: boolean;
}

function isClauseWord(t: Token): boolean {
  return positionBreakers.has(t.lower) || (t.text === t.lower && t.lower.length > 4 && t.lower.endsWith("ed"));
}

/** The body description whose head starts at token i: modifiers to its left, a complement to its right. */
function phraseAt(tokens: Token[], i: number, k: Knowledge): BodyPhrase | undefined {
  const head = headAt(tokens, i, k);
  if (!head) return undefined;
  let from = i;
  while (from > 0 && i - from < 8) {
    const t = tokens[from - 1]!;
    if (t.word && k.referringWords.has(t.lower)) {
      from--;
      continue;
    }
    if (!t.word || functionWords.has(t.lower) || /^\d/.test(t.text) || isClauseWord(t) || k.titles.has(t.lower) || k.plurals.has(t.lower)) break;
    from--;
  }
  let to = head.to;
  if (tokens[to]?.word && complementWords.has(tokens[to]!.lower) && tokens[to + 1]?.word && !/^\d/.test(tokens[to + 1]!.text)) {
    let x = to + 1;
    let lowercaseRun = 0;
    while (x < tokens.length && x - head.to < 14) {
      const t = tokens[x]!;
      if (!t.word || /^\d/.test(t.text) || k.months.has(t.lower) || isClauseWord(t) || k.titles.has(t.lower) || headAt(tokens, x, k)) break;
      // "… for relations with Estonia Ann Berg": a person's name ends the description; right after
      // "on"/"for" capitalised words are the body's field ("Committee on Gender Equality").
      if (x > head.to + 1 && isNameToken(t, k) && isNameToken(tokens[x + 1], k)) break;
      if (complementConnectors.has(t.lower)) {
        // "on 8 June" is a date, not part of the name; "and" only joins capitalised words.
        const next = tokens[x + 1];
        if (!next?.word || /^\d/.test(next.text) || (t.lower === "and" && (next.text === next.lower || tokens[x - 1]!.text === tokens[x - 1]!.lower))) break;
        x++;
        continue;
      }
      if (t.text === t.lower) {
        if (++lowercaseRun > 3) break;
      } else lowercaseRun = 0;
      x++;
      to = x;
    }
  }
  const words: string[] = [];
  let referring = false;
  for (let x = from; x < to; x++) {
    const t = tokens[x]!;
    if (!t.word || functionWords.has(t.lower)) continue;
    if (k.referringWords.has(t.lower)) {
      referring = true;
      continue;
    }
    const abbreviation = k.abbreviations.get(t.text);
    words.push(...(abbreviation ? abbreviation.toLowerCase().split(" ") : [t.lower.replace(/[’'`]s$/, "")]));
  }
  const first = tokens[i]!;
  // "the Committee" alone is a reference, however it is capitalised.
  const proper = first.text !== first.lower && !k.abbreviations.has(first.text) && words.length > head.words.length;
  return { from, to, head: head.words, words, referring, proper };
}

/** The phrase as text, abbreviations of head nouns written out ("Milli Majlis WG" → "Milli Majlis working group"). */
function phraseText(paragraph: string, tokens: Token[], phrase: BodyPhrase, k: Knowledge): string {
  let out = "";
  let last = tokens[phrase.from]!.start;
  for (let x = phrase.from; x < phrase.to; x++) {
    const t = tokens[x]!;
    const abbreviation = t.word ? k.abbreviations.get(t.text) : undefined;
    if (!abbreviation) continue;
    out += paragraph.slice(last, t.start) + abbreviation;
    last = t.end;
  }
  return (out + paragraph.slice(last, tokens[phrase.to - 1]!.end)).replace(/\s+/g, " ");
}

/** The release's body descriptions, read once (at most `maxPhrases`). */
function writtenPhrases(text: ReleaseText, k: Knowledge): WrittenPhrase[] {
  const cache = cacheOf(text);
  if (cache.phrases) return cache.phrases;
  const phrases: WrittenPhrase[] = [];
  text.tokens.forEach((tokens, p) => {
    for (let i = 0; i < tokens.length && phrases.length < maxPhrases; i++) {
      const phrase = phraseAt(tokens, i, k);
      if (!phrase) continue;
      i = phrase.to - 1;
      phrases.push({ paragraph: p, start: tokens[phrase.from]!.start, end: tokens[phrase.to - 1]!.end, phrase, written: phraseText(text.paragraphs[p]!, tokens, phrase, k) });
    }
  });
  cache.phrases = phrases;
  return phrases;
}

/** Completes a body the label refers back to from its one fuller description in the release. */
function completeBody(label: string, at: LabelAt, text: ReleaseText, k: Knowledge): string {
  const lower = label.toLowerCase();
  const unchanged = label;
  if (!k.bodies.some((b) => lower.includes(b[b.length - 1]!))) return unchanged;
  const tokens = tokenize(label);
  let reference: BodyPhrase | undefined;
  for (let i = 0; i < tokens.length && !reference; i++) reference = phraseAt(tokens, i, k);
  // A proper name ("the Law Policy and State-Building Committee") is complete as written.
  if (!reference || (reference.proper && !reference.referring)) return unchanged;
  const headWord = reference.head[reference.head.length - 1];
  const found = new Map<string, string[]>();
  const before: string[] = [];
  for (const { paragraph: p, start, end, phrase, written } of writtenPhrases(text, k)) {
    if (phrase.referring || phrase.head[phrase.head.length - 1] !== headWord) continue;
    // Not the label's own words; "the aforementioned …" points to something written before it.
    if (p === at.paragraph && start < at.end && end > at.start) continue;
    if (reference.referring && (p > at.paragraph || (p === at.paragraph && start >= at.start))) continue;
    if (phrase.words.length <= reference.words.length || !reference.words.every((w) => phrase.words.includes(w))) continue;
    found.set(written.toLowerCase(), [written, ...phrase.words]);
    if (p < at.paragraph || (p === at.paragraph && end <= at.start)) before.push(written.toLowerCase());
  }
  if (found.size === 0) return unchanged;
  // Several descriptions: only when the longest contains all the others is the reference clear.
  const candidates = [...found.values()].sort((a, b) => b.length - a.length);
  const [best, ...others] = candidates;
  let chosen = best!;
  if (others.some((o) => !o.slice(1).every((w) => best!.slice(1).includes(w)))) {
    // "the delegation" alone, described twice in different words ("the delegation of the Verkhovna
    // Rada of Ukraine", "the delegation of the Ukrainian Parliament"): the release introduced it
    // with the first description written before the label; anything longer stays ambiguous.
    const first = reference.words.length <= 1 ? before[0] : undefined;
    if (!first) return unchanged;
    chosen = found.get(first)!;
  }
  return `${label.slice(0, tokens[reference.from]!.start)}${chosen[0]}${label.slice(tokens[reference.to - 1]!.end)}`;
}
