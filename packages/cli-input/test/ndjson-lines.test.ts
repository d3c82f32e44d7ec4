import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ndjsonLines } from "../src/index.js";

async function* chunked(bytes: Buffer, cuts: number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut > from && cut < bytes.length) {
      yield bytes.subarray(from, cut);
      from = cut;
    }
  }
  yield bytes.subarray(from);
}

async function collect(bytes: Buffer, cuts: number[], max: number) {
  const out = [];
  for await (const line of ndjsonLines(chunked(bytes, cuts), max)) {
    out.push("bytes" in line ? { line: line.line, offset: line.offset, text: Buffer.from(line.bytes).toString("utf8") } : line);
  }
  return out;
}

describe("ndjsonLines", () => {
  it("gives the same lines, numbers and byte offsets however the stream is cut (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constant(""), fc.constant("  "), fc.string({ unit: "grapheme", maxLength: 20 }).map((s) => s.replaceAll("\n", " "))), { maxLength: 12 }),
        fc.array(fc.nat({ max: 400 }), { maxLength: 10 }),
        fc.boolean(),
        async (lines, cuts, crlf) => {
          const bytes = Buffer.from(lines.join(crlf ? "\r\n" : "\n"), "utf8");
          const whole = await collect(bytes, [], 1_000);
          expect(await collect(bytes, cuts, 1_000)).toEqual(whole);
          // Each line's offset points at its first byte in the whole input.
          for (const line of whole) {
            if ("text" in line) expect(bytes.subarray(line.offset).toString("utf8").startsWith(line.text)).toBe(true);
          }
          const expected = lines.map((text, i) => ({ text: text.replace(/\r$/, ""), line: i + 1 })).filter(({ text }) => !/^[ \t\r]*$/.test(text)); // JSON whitespace only: a line of U+00A0 or U+3000 is a bad record, not blank
          expect(whole.map((l) => ("text" in l ? { text: l.text, line: l.line } : l))).toEqual(expected);
        },
      ),
    );
  });

  it("reports a line over the cap by its length, without keeping it, and goes on", async () => {
    const bytes = Buffer.from(`{"a":1}\n${"x".repeat(50)}\n{"b":2}\n`);
    expect(await collect(bytes, [10, 20, 30], 16)).toEqual([
      { line: 1, offset: 0, text: '{"a":1}' },
      { line: 2, offset: 8, tooLong: 50 },
      { line: 3, offset: 59, text: '{"b":2}' },
    ]);
  });
});
