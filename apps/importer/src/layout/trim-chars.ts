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

/**
 * The capture's lines, trimmed, with each run of blank lines kept as one blank line: only "was
 * there a blank line" matters to the layout, and a capture of millions of newlines then costs a
 * short array instead of millions of strings (one pass, no regex).
 */
export function captureLines(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  while (from <= text.length) {
    let end = from;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
    const line = end === from ? "" : trimLine(text.slice(from, end));
    if (line !== "" || lines[lines.length - 1] !== "") lines.push(line);
    // \r\n, \r and \n each end one line.
    from = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
  return lines;
}
