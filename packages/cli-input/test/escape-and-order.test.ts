import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodePoints, escapeControl, escapeJsonOutput, mapOrdered } from "../src/index.js";

const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

describe("escapeControl", () => {
  it("leaves no control character and changes nothing else (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const out = escapeControl(text);
        expect(out).not.toMatch(unsafe);
        if (!unsafe.test(text)) expect(out).toBe(text);
      }),
    );
  });

  it("turns ESC, BEL, C1 CSI and bidi overrides into visible escapes", () => {
    expect(escapeControl("a\u001b]0;x\u0007b\u009b31m\u202ec\nd")).toBe("a\\u001b]0;x\\u0007b\\u009b31m\\u202ec\\u000ad");
  });

  it("keeps serialized JSON valid and equal while escaping C1 and bidi controls", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = escapeJsonOutput(JSON.stringify(value));
        expect(json).not.toMatch(unsafe);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe("compareCodePoints", () => {
  it("orders like comparing the code point arrays (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
        const pa = [...a].map((c) => c.codePointAt(0) as number);
        const pb = [...b].map((c) => c.codePointAt(0) as number);
        let expected = 0;
        for (let i = 0; i < Math.min(pa.length, pb.length) && expected === 0; i++) expected = (pa[i] as number) - (pb[i] as number);
        if (expected === 0) expected = pa.length - pb.length;
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(expected));
      }),
    );
    // UTF-16 order would put U+FF21 after U+1F600; code point order puts it before.
    expect(["\u{1F600}", "\uFF21"].sort(compareCodePoints)).toEqual(["\uFF21", "\u{1F600}"]);
  });
});

describe("mapOrdered", () => {
  it("yields results in input order with at most `limit` tasks in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const delays = [30, 1, 20, 5, 1, 15, 2, 8];
    const out: number[] = [];
    for await (const value of mapOrdered(delays.keys(), 3, async (i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, delays[i]));
      inFlight--;
      return i;
    })) {
      out.push(value);
    }
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });
});
