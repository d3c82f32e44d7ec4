import type { Knowledge } from "../knowledge/knowledge.js";
import { isNameToken } from "./name-tokens.js";
import type { Token } from "./tokens.js";

const skipped = new Set(["of", "the", "and", "for", "on", "in"]);
const capitalised = (t: Token | undefined) => !!t && t.word && t.text !== t.lower;

/** Does a token look like an acronym (LA, GNAT, PACE)? */
export function isAcronym(t: Token | undefined): boolean {
  return !!t && t.word && /^[A-Z]{2,6}$/.test(t.text);
}

/**
 * The phrase an acronym abbreviates in the release ("LA" → "Legislative Assembly of St Petersburg"):
 * capitalised words whose initials spell it, skipping of/the/and, continued through "of …" to the
 * end of the name but never into a person's name after it ("… of Turkey Mustafa Şentop"). A run
 * of person-like words only ("Wolfgang Gerhardt" for "WG") is not an expansion. A definition in
 * brackets ("the Inter-Parliamentary Union (IPU)") comes first; a hyphenated word gives one
 * initial per part ("Inter-Parliamentary" → "IP"). Bounded: 12 tokens per phrase.
 */
export function expandAcronym(acronym: string, paragraphs: Token[][], texts: string[], k: Knowledge): string | undefined {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return undefined;
  return definedInBrackets(acronym, paragraphs, texts) ?? spelledByInitials(acronym, paragraphs, texts, k);
}

/** The initials a hyphenated capitalised word gives ("Inter-Parliamentary" → "IP"), or undefined. */
function hyphenInitials(t: Token): string | undefined {
  if (!t.text.includes("-")) return undefined;
  const parts = t.text.split("-");
  return parts.every((part) => /^\p{Lu}/u.test(part)) ? parts.map((part) => part[0]).join("") : undefined;
}

/** "the Inter-Parliamentary Union (IPU)": the capitalised phrase right before the acronym in brackets. */
function definedInBrackets(acronym: string, paragraphs: Token[][], texts: string[]): string | undefined {
  for (let p = 0; p < paragraphs.length; p++) {
    const tokens = paragraphs[p]!;
    for (let i = 1; i + 2 < tokens.length; i++) {
      if (tokens[i]!.text !== "(" || tokens[i + 1]!.text !== acronym || tokens[i + 2]!.text !== ")") continue;
      // The phrase whose capitalised words' initials spell the acronym, else the words after "the".
      let initials = "";
      let nearest: number | undefined;
      for (let from = i - 1; from >= 0 && i - from <= 12; from--) {
        const t = tokens[from]!;
        if (t.word && skipped.has(t.lower)) {
          if (t.lower === "the") nearest ??= from + 1;
          continue;
        }
        if (!capitalised(t)) break;
        initials = (hyphenInitials(t) ?? t.text[0]!) + initials;
        if (initials === acronym) return texts[p]!.slice(t.start, tokens[i - 1]!.end);
      }
      const from = nearest ?? i;
      if (from < i && capitalised(tokens[from])) return texts[p]!.slice(tokens[from]!.start, tokens[i - 1]!.end);
    }
  }
  return undefined;
}

function spelledByInitials(acronym: string, paragraphs: Token[][], texts: string[], k: Knowledge): string | undefined {
  for (let p = 0; p < paragraphs.length; p++) {
    const tokens = paragraphs[p]!;
    for (let i = 0; i < tokens.length; i++) {
      if (!capitalised(tokens[i]) || tokens[i]!.text[0] !== acronym[0] || tokens[i]!.text === acronym) continue;
      const firstInitials = hyphenInitials(tokens[i]!);
      let letter = firstInitials && acronym.startsWith(firstInitials) ? firstInitials.length : 1;
      let j = i + 1;
      let organisational = !isNameToken(tokens[i], k);
      while (letter < acronym.length && j < tokens.length && j - i < 12) {
        const t = tokens[j]!;
        const initials = capitalised(t) ? hyphenInitials(t) : undefined;
        if (initials && acronym.startsWith(initials, letter)) {
          letter += initials.length;
          organisational = true;
        } else if (capitalised(t) && t.text[0] === acronym[letter]) {
          letter++;
          if (!isNameToken(t, k)) organisational = true;
        } else if (!(t.word && skipped.has(t.lower))) break;
        j++;
      }
      if (letter < acronym.length || !organisational) continue;
      // Continue through "of St Petersburg" to the end of the name, stopping before a person's name.
      let end = j;
      if (tokens[end]?.lower === "of" && capitalised(tokens[end + 1]) && tokens[end + 1]!.text !== acronym) {
        const first = end + 1;
        let x = first;
        while (x < tokens.length && x - i < 12) {
          const t = tokens[x]!;
          if (t.word && skipped.has(t.lower) && capitalised(tokens[x + 1])) {
            x++;
            continue;
          }
          if (!capitalised(t) || (x > first && isNameToken(t, k) && isNameToken(tokens[x + 1], k))) break;
          x++;
          end = x;
        }
      }
      return texts[p]!.slice(tokens[i]!.start, tokens[end - 1]!.end);
    }
  }
  return undefined;
}
