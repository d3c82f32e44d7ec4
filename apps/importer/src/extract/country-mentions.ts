import { countryCodeOf } from "../knowledge/countries.js";
import type { Knowledge } from "../knowledge/knowledge.js";

/** A country named in a phrase: by name, demonym or city; with the word before it. */
export interface CountryMention {
  code: string;
  index: number;
  /** The lowercase word before the mention ("to", "of", "in"...). */
  before: string;
  how: "name" | "demonym" | "city";
}

const wordPattern = /[\p{L}\p{M}]+(?:[’'][\p{L}]+)?/gu;

/** Words of a country's formal style before its name ("the Republic of", "the United Kingdom of"). */
const styleWords = /^(?:the|of|republic|kingdom|state|states|federation|federal|islamic|democratic|people|peoples|united|sultanate|principality|grand|duchy|commonwealth|socialist|arab)$/i;

/** Countries named in a short phrase (a position label, a place), in order. Linear: at most 4-word windows. */
export function countryMentions(text: string, k: Knowledge): CountryMention[] {
  const words: { text: string; index: number }[] = [];
  wordPattern.lastIndex = 0;
  for (let m = wordPattern.exec(text); m !== null && words.length < 200; m = wordPattern.exec(text)) {
    words.push({ text: m[0].replace(/[’']s$/, ""), index: m.index });
  }
  const out: CountryMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/^[\p{Lu}]/u.test(w.text)) continue;
    // The word before the country's whole style: "to" in "Ambassador to the Republic of Latvia".
    let b = i - 1;
    while (b > 0 && i - b < 6 && styleWords.test(words[b]!.text)) b--;
    const before = b >= 0 ? words[b]!.text.toLowerCase() : "";
    let found: CountryMention | undefined;
    for (let n = Math.min(4, words.length - i); n >= 1 && !found; n--) {
      const phrase = words
        .slice(i, i + n)
        .map((x) => x.text)
        .join(" ");
      const code = countryCodeOf(phrase);
      if (code) found = { code, index: w.index, before, how: "name" };
      else if (k.demonyms.has(phrase)) found = { code: k.demonyms.get(phrase)!, index: w.index, before, how: "demonym" };
      else if (k.cities.has(phrase)) found = { code: k.cities.get(phrase)!, index: w.index, before, how: "city" };
      if (found) i += n - 1;
    }
    if (found) out.push(found);
  }
  return out;
}
