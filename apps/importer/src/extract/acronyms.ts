import type { Token } from "./tokens.js";

const skipped = new Set(["of", "the", "and", "for", "on", "in"]);
const capitalised = (t: Token | undefined) => !!t && t.word && t.text !== t.lower;

/**
 * The phrase an acronym abbreviates in the release ("LA" → "Legislative Assembly of St Petersburg"):
 * capitalised words whose initials spell it, skipping of/the/and, continued to the end of the
 * name. Bounded: at most `maxParagraphs` paragraphs and 12 tokens per phrase.
 */
export function expandAcronym(acronym: string, paragraphs: Token[][], texts: string[]): string | undefined {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return undefined;
  for (let p = 0; p < paragraphs.length; p++) {
    const tokens = paragraphs[p]!;
    for (let i = 0; i < tokens.length; i++) {
      if (!capitalised(tokens[i]) || tokens[i]!.text[0] !== acronym[0] || tokens[i]!.text === acronym) continue;
      let letter = 1;
      let j = i + 1;
      while (letter < acronym.length && j < tokens.length && j - i < 12) {
        const t = tokens[j]!;
        if (capitalised(t) && t.text[0] === acronym[letter]) letter++;
        else if (!(t.word && skipped.has(t.lower))) break;
        j++;
      }
      if (letter < acronym.length) continue;
      // Continue through "of St Petersburg" to the end of the name.
      let end = j;
      while (end < tokens.length && end - i < 12 && (capitalised(tokens[end]) || (tokens[end]!.word && skipped.has(tokens[end]!.lower) && capitalised(tokens[end + 1]) ))) end++;
      return texts[p]!.slice(tokens[i]!.start, tokens[end - 1]!.end);
    }
  }
  return undefined;
}
