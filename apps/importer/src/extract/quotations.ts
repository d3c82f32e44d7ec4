/** A quoted stretch of a paragraph, as a UTF-16 span [start, end). */
export interface Quotation {
  start: number;
  end: number;
}

const pairs: Record<string, string> = { "“": "”", "«": "»", "„": "“", '"': '"' };

/**
 * The direct quotations of a paragraph: “…”, «…», „…“ and "…". A quotation left open runs to the
 * end of the paragraph (captures often cut one off). People named inside one are spoken of, not
 * present ("the founding fathers …; Kenneth Kaunda and Jomo Kenyatta”). One pass, no regex.
 */
export function quotations(paragraph: string): Quotation[] {
  const out: Quotation[] = [];
  let close: string | undefined;
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i]!;
    if (close === undefined) {
      const pair = pairs[ch];
      if (pair !== undefined) {
        close = pair;
        start = i;
      }
    } else if (ch === close) {
      out.push({ start, end: i + 1 });
      close = undefined;
    }
  }
  if (close !== undefined) out.push({ start, end: paragraph.length });
  return out;
}

/** Does the span lie inside one of the quotations? (They are ordered and disjoint: a binary search.) */
export function isQuoted(quoted: Quotation[], start: number, end: number): boolean {
  // The last quotation that opens before the span is the only one that can hold it.
  let lo = 0;
  let hi = quoted.length - 1;
  let candidate: Quotation | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid]!.start < start) {
      candidate = quoted[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return candidate !== undefined && end <= candidate.end;
}
