import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { captureLines, trimEndChars, trimLine } from "../../src/layout/trim-chars.js";

describe("linear trims", () => {
  it.each([
    ["  a b  ", "a b"],
    ["\u00a0\u200b\ufeffTitle\u3000\t", "Title"],
    ["   ", ""],
    ["", ""],
    [`a${" ".repeat(1000)}b`, `a${" ".repeat(1000)}b`],
  ])("trimLine(%j) → %j", (line, trimmed) => {
    expect(trimLine(line)).toBe(trimmed);
  });

  it("agrees with String.prototype.trim plus zero-width spaces", () => {
    for (const line of [" x ", "\n\tx\r", "\u2028x\u2029", "x\u00a0"]) expect(trimLine(line)).toBe(line.trim());
  });

  it("trims only the end, only the given characters", () => {
    expect(trimEndChars("Title -- , |", new Set([..." ,|-"]))).toBe("Title");
    expect(trimEndChars("-- Title", new Set(["-"]))).toBe("-- Title");
  });
});

describe("captureLines", () => {
  it("splits at \\r\\n, \\r and \\n, trims, and keeps one blank line per run (property)", () => {
    const reference = (text: string) => {
      const out: string[] = [];
      for (const line of text.split(/\r\n|\r|\n/).map(trimLine)) if (line !== "" || out[out.length - 1] !== "") out.push(line);
      return out;
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", " ", "\t", "\n", "\r", "\u00a0", "\u200b"), maxLength: 80 }), (text) => {
        expect(captureLines(text)).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });
});
