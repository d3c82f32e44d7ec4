/** A word or punctuation mark of a paragraph, with its UTF-16 span. */
export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

/** Most tokens read from one paragraph: bounds the work on hostile input. */
export const maxTokensPerParagraph = 4000;

// A word: letters/digits, optionally joined by single hyphens or apostrophes (Al-Nahar, Parliament’s).
// The joiners are not in the first class, so the pattern is linear.
const tokenPattern = /[\p{L}\p{M}\p{N}]+(?:[-'’`][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Splits a paragraph into tokens. */
export function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  for (let m = tokenPattern.exec(paragraph); m !== null && tokens.length < maxTokensPerParagraph; m = tokenPattern.exec(paragraph)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, word: /[\p{L}\p{N}]/u.test(m[0][0]!) });
  }
  return tokens;
}

const abbreviations = new Set(["mr", "mrs", "ms", "dr", "st", "prof", "no", "jr", "sr", "vs", "e", "h", "gen", "col", "lt", "sen", "rep", "hon"]);

/** A sentence as a token range [from, to) of its paragraph. */
export interface Sentence {
  from: number;
  to: number;
  start: number;
  end: number;
}

/** Splits tokens into sentences at . ! ? (not after Mr., H. E., St. and single initials). */
export function sentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t !== "." && t !== "!" && t !== "?" && t !== "…") continue;
    const previous = tokens[i - 1];
    if (t === "." && previous && previous.word && (abbreviations.has(previous.text.toLowerCase()) || previous.text.length === 1)) continue;
    const next = tokens[i + 1];
    if (next && next.word && !/^[\p{Lu}\p{N}]/u.test(next.text)) continue;
    out.push({ from, to: i + 1, start: tokens[from]!.start, end: tokens[i]!.end });
    from = i + 1;
  }
  if (from < tokens.length) out.push({ from, to: tokens.length, start: tokens[from]!.start, end: tokens[tokens.length - 1]!.end });
  return out;
}
