import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isQuoted, quotations } from "../../src/extract/quotations.js";

describe("quotations", () => {
  it("finds curly, guillemet, low-high and straight quotations, and an open one runs to the end", () => {
    const text = `He said “we met Ann Berg” and «Bo Lind» then "Ali Veli" and „Eva Kask“ and ‘not this’ and “cut off`;
    const spans = quotations(text).map((q) => text.slice(q.start, q.end));
    expect(spans).toEqual(["“we met Ann Berg”", "«Bo Lind»", '"Ali Veli"', "„Eva Kask“", "“cut off"]);
  });

  it("says whether a name lies inside one", () => {
    const text = "“Our founders were Jomo Kenyatta and others”, said Speaker Wetang’ula.";
    const quoted = quotations(text);
    const at = (name: string) => [text.indexOf(name), text.indexOf(name) + name.length] as const;
    expect(isQuoted(quoted, ...at("Jomo Kenyatta"))).toBe(true);
    expect(isQuoted(quoted, ...at("Wetang’ula"))).toBe(false);
  });

  it("gives ordered, disjoint spans inside the text for any input (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "“", "”", '"', "«", "»", "„", "“"), maxLength: 200 }), (text) => {
        let last = 0;
        for (const q of quotations(text)) {
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(q.end).toBeGreaterThan(q.start);
          expect(q.end).toBeLessThanOrEqual(text.length);
          last = q.end;
        }
      }),
    );
  });
});

describe("isQuoted (property)", () => {
  it("agrees with a scan of every quotation", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "“", "”", '"'), maxLength: 120 }), fc.nat(130), fc.nat(10), (text, start, length) => {
        const quoted = quotations(text);
        const end = start + length;
        expect(isQuoted(quoted, start, end)).toBe(quoted.some((q) => q.start < start && end <= q.end));
      }),
      { numRuns: 500 },
    );
  });
});
