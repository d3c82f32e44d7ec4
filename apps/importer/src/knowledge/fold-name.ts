// Letters that NFD does not decompose to an ASCII base (Azerbaijani, Turkish, Nordic...).
const special: Record<string, string> = {
  ə: "e", Ə: "e", ı: "i", İ: "i", ø: "o", Ø: "o", ł: "l", Ł: "l", đ: "d", Đ: "d", ß: "ss", æ: "ae", Æ: "ae", œ: "oe", Œ: "oe", þ: "th",
};

const cyrillic: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n",
  о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y",
  ь: "", э: "e", ю: "yu", я: "ya", і: "i", ї: "yi", є: "ye", ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h",
};

/** Lowercase ASCII letters and digits of a string: diacritics dropped, ə→e, Cyrillic transliterated. */
export function toAscii(value: string): string {
  // Plain ASCII has nothing to decompose or transliterate (and is most names): skip the per-letter walk.
  if (/^[\x00-\x7f]*$/.test(value)) return value.toLowerCase();
  let out = "";
  for (const ch of value.normalize("NFD")) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    const lower = ch.toLowerCase();
    out += special[ch] ?? cyrillic[lower] ?? lower;
  }
  return out;
}

/** A key for comparing names: ASCII-folded, lowercase, single spaces, no punctuation but hyphens (apostrophes inside a word dropped). */
export function foldName(name: string): string {
  const known = folded.get(name);
  if (known !== undefined) return known;
  const fold = toAscii(name)
    // An apostrophe inside a name joins it (Wetang’ula, O'Brien): one word, not two.
    .replace(/(?<=[a-z0-9])['’`ʼ](?=[a-z0-9])/g, "")
    .replace(/[^a-z0-9-]+/g, " ")
    .trim();
  // Names recur across mentions and releases; the memo is bounded.
  if (folded.size >= 10_000) folded.clear();
  folded.set(name, fold);
  return fold;
}

const folded = new Map<string, string>();
