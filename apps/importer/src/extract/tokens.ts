import { honorifics } from "./lexicon.js";

/** A word or punctuation mark of a paragraph, with its UTF-16 span. */
export interface Token {
  text: string;
  /** `text` in lowercase (computed once: every stage compares words case-insensitively). */
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Memo of isNameToken (a pure function of the token and the knowledge). */
  nameLike?: boolean;
}

/** Most tokens read from one paragraph: bounds the work on hostile input. */
export const maxTokensPerParagraph = 4000;

const letterOrDigit = /[\p{L}\p{M}\p{N}]/u;

// ASCII answers by table; other characters once each, then from a bounded memo.
const asciiWord = new Uint8Array(128).map((_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0));
const wide = new Map<number, boolean>();

function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return asciiWord[code] === 1;
  let known = wide.get(code);
  if (known === undefined) {
    known = letterOrDigit.test(text[i]!);
    if (wide.size < 65_536) wide.set(code, known);
  }
  return known;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x200b || code === 0xfeff || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

/** Word joiners: hyphen and apostrophes (Al-Nahar, Parliament’s), only between word characters. */
function isJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 96;
}

/**
 * Splits a paragraph into tokens: words (letters and digits, joined by single hyphens or
 * apostrophes) and single punctuation marks. One pass over the characters.
 */
export function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  const n = paragraph.length;
  let i = 0;
  while (i < n && tokens.length < maxTokensPerParagraph) {
    const code = paragraph.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (isWordChar(paragraph, i)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isWordChar(paragraph, j)) j++;
        if (j + 1 < n && isJoiner(paragraph.charCodeAt(j)) && isWordChar(paragraph, j + 1)) j += 2;
        else break;
      }
      const text = paragraph.slice(i, j);
      tokens.push({ text, lower: text.toLowerCase(), start: i, end: j, word: true });
      i = j;
      continue;
    }
    // A surrogate pair is one punctuation token.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const text = paragraph.slice(i, i + width);
    tokens.push({ text, lower: text, start: i, end: i + width, word: false });
    i += width;
  }
  return tokens;
}

const abbreviations = new Set(["mr", "mrs", "ms", "dr", "st", "prof", "no", "jr", "sr", "vs", "e", "h", "gen", "col", "lt", "sen", "rep", "hon", "rt", "engr"]);

/** A sentence as a token range [from, to) of its paragraph. */
export interface Sentence {
  from: number;
  to: number;
  start: number;
  end: number;
}

const upperStart = /^[\p{Lu}\p{N}]/u;

/** Splits tokens into sentences at . ! ? (not after Mr., H. E., St. and single initials). */
export function sentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t !== "." && t !== "!" && t !== "?" && t !== "…") continue;
    const previous = tokens[i - 1];
    // A form of address from data/honorifics.json ("Smt.", "Datuk.") does not end a sentence either.
    if (t === "." && previous && previous.word && (abbreviations.has(previous.lower) || honorifics.has(previous.lower) || previous.text.length === 1)) continue;
    const next = tokens[i + 1];
    if (next && next.word && !upperStart.test(next.text)) continue;
    out.push({ from, to: i + 1, start: tokens[from]!.start, end: tokens[i]!.end });
    from = i + 1;
  }
  if (from < tokens.length) out.push({ from, to: tokens.length, start: tokens[from]!.start, end: tokens[tokens.length - 1]!.end });
  return out;
}
