import type { Knowledge } from "../knowledge/knowledge.js";
import { countryNames } from "../knowledge/countries.js";
import { honorifics, nameParticles, notNameWords } from "./lexicon.js";
import type { Token } from "./tokens.js";

/** Lowercase words that cannot be part of a name: grammar words, places, demonyms, parliament names. */
export function stopWords(k: Knowledge): Set<string> {
  const stop = new Set(notNameWords);
  const add = (phrase: string) => {
    for (const word of phrase.toLowerCase().split(/\s+/)) {
      // The whole hyphenated word (al-umma) and its parts (inter, parliamentary).
      for (const w of [word, ...word.split("-")]) if (w) stop.add(w.replace(/[’']s$/, ""));
    }
  };
  // Single-word country names only: multi-word ones hold given names (Saint Martin, Isle of Man).
  for (const name of countryNames) if (!/[\s-]/.test(name)) add(name);
  for (const d of k.demonyms.keys()) add(d);
  for (const c of k.cities.keys()) add(c);
  for (const { alias } of k.parliamentAliases) add(alias);
  for (const t of k.titles) add(t);
  for (const m of k.proseMonths.keys()) stop.add(m);
  // Forms of address break a name run: "Datuk Seri Azalina Othman Said" is named "Azalina Othman Said".
  for (const h of honorifics) stop.add(h.replace(/[.’']+$/, ""));
  for (const p of k.plurals.keys()) stop.add(p);
  // Name particles are handled on their own; "al" and "bin" must not stop a name.
  for (const p of nameParticles) stop.delete(p);
  return stop;
}

let cachedStop: { k: Knowledge; stop: Set<string> } | undefined;

/** The stop words for this knowledge, built once. */
export function stopFor(k: Knowledge): Set<string> {
  if (cachedStop?.k !== k) cachedStop = { k, stop: stopWords(k) };
  return cachedStop.stop;
}

/** The token without a possessive ending (Gafarova’s → Gafarova). */
export function basePart(text: string): string {
  return text.replace(/[’'`]s$/, "");
}

/** Is this token possibly part of a person's name (capitalised, not a known non-name word, not an acronym)? */
export function isNameToken(token: Token | undefined, k: Knowledge): boolean {
  if (!token || !token.word) return false;
  token.nameLike ??= computeNameLike(token, k);
  return token.nameLike;
}

function computeNameLike(token: Token, k: Knowledge): boolean {
  const possessive = token.lower.endsWith("’s") || token.lower.endsWith("'s") || token.lower.endsWith("`s");
  const text = possessive ? token.text.slice(0, -2) : token.text;
  const lower = possessive ? token.lower.slice(0, -2) : token.lower;
  // Capitalised: the first letter changes in lowercase; acronyms (GNAT, IPU, MP) are not names.
  if (text.length < 2 || text[0] === lower[0] || text === text.toUpperCase() || /\d/.test(text)) return false;
  if (stopFor(k).has(lower)) return false;
  // Hyphenated compounds of stop words (Azerbaijan-Russia, Inter-parliamentary) are not names.
  if (lower.includes("-") && lower.split("-").every((part) => stopFor(k).has(part))) return false;
  return true;
}

/** Is this a lowercase name particle (bin, al, von...) or its capitalised form inside a name? */
export function isParticle(token: Token | undefined): boolean {
  return !!token && token.word && nameParticles.has(token.lower);
}

/** A capital letter and a full stop inside a name ("B."). */
function isInitial(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return !!t && t.word && t.text.length === 1 && t.text !== t.lower && tokens[j + 1]?.text === "." && tokens[j + 1]!.start === t.end;
}

/** Longest name run allowed (tokens), including particles. */
const maxNameTokens = 7;

/**
 * The maximal run of name tokens starting at `i` (particles allowed inside, never at the ends):
 * returns the end index (exclusive), or `i` when no name starts there.
 */
export function nameRunEnd(tokens: Token[], i: number, k: Knowledge): number {
  if (!isNameToken(tokens[i], k) || isParticle(tokens[i])) return i;
  let end = i + 1;
  let j = i + 1;
  while (j < tokens.length && j - i < maxNameTokens) {
    const previous = tokens[j - 1]!;
    // A possessive ends the name (Gafarova’s conversations); so does a gap in the text.
    if (/[’'`]s$/.test(previous.text) || tokens[j]!.start - previous.end > 2) break;
    if (isNameToken(tokens[j], k)) {
      end = j + 1;
      j++;
    } else if (isParticle(tokens[j]) && isNameToken(tokens[j + 1], k)) {
      j++;
    } else if (isInitial(tokens, j) && isNameToken(tokens[j + 2], k)) {
      // A middle initial: Anders B. Johnsson.
      j += 2;
    } else break;
  }
  return end;
}
