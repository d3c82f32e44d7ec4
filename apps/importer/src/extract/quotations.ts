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
  opening.lastIndex = 0;
  // Jump from an opening mark to its closing mark with native searches: each character is looked at once.
  for (let m = opening.exec(paragraph); m !== null; m = opening.exec(paragraph)) {
    const close = paragraph.indexOf(pairs[m[0]]!, m.index + 1);
    const end = close === -1 ? paragraph.length : close + 1;
    out.push({ start: m.index, end });
    opening.lastIndex = end;
  }
  return out;
}

const opening = /[“«„"]/g;

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
