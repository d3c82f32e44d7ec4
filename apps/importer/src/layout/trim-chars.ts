// `/[…]+$/` is quadratic on a long run of those characters followed by something else: the regex
// engine retries the run from every position. These trims are one linear pass from each end.

const lineSpace = new Set([..." \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\ufeff"]);

/** Removes `chars` from the end of `text`. */
export function trimEndChars(text: string, chars: ReadonlySet<string>): string {
  let end = text.length;
  while (end > 0 && chars.has(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/** Removes `chars` from both ends of `text`. */
export function trimChars(text: string, chars: ReadonlySet<string>): string {
  let start = 0;
  while (start < text.length && chars.has(text[start] as string)) start++;
  return trimEndChars(text.slice(start), chars);
}

/** Removes white space, no-break and zero-width spaces and byte-order marks from both ends of a line. */
export function trimLine(line: string): string {
  return trimChars(line, lineSpace);
}
