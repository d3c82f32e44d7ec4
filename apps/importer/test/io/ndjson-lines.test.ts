import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ndjsonLines, type RawLine } from "../../src/io/ndjson-lines.js";

async function* chunked(data: Buffer, cuts: number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= from || cut >= data.length) continue;
    yield data.subarray(from, cut);
    from = cut;
  }
  yield data.subarray(from);
}

async function collect(data: Buffer, cuts: number[] = [], max?: number): Promise<RawLine[]> {
  const out: RawLine[] = [];
  for await (const line of ndjsonLines(chunked(data, cuts), max)) out.push(line);
  return out;
}

const show = (lines: RawLine[]) => lines.map((l) => ("bytes" in l ? [l.line, l.bytes.toString("utf8")] : [l.line, `tooLong:${l.tooLong}`]));

describe("ndjsonLines", () => {
  it("numbers lines as an editor does, skipping blank ones and CRLF endings", async () => {
    const lines = await collect(Buffer.from('{"a":1}\r\n\n   \n{"b":2}\n{"c":3}'));
    expect(show(lines)).toEqual([
      [1, '{"a":1}'],
      [4, '{"b":2}'],
      [5, '{"c":3}'],
    ]);
  });

  it("reports an over-long line by its length and keeps reading the next ones", async () => {
    const data = Buffer.from(`{"a":1}\n${"x".repeat(100)}\n{"b":2}\n`);
    expect(show(await collect(data, [10, 50, 90], 64))).toEqual([
      [1, '{"a":1}'],
      [2, "tooLong:100"],
      [3, '{"b":2}'],
    ]);
  });

  it("preserves every record and its line number, however the stream is chunked", async () => {
    const record = fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).map((s) => JSON.stringify({ text: s }));
    const item = fc.oneof({ weight: 4, arbitrary: record }, { weight: 1, arbitrary: fc.constantFrom("", "  ", "\r") });
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 30 }), fc.array(fc.nat(2000), { maxLength: 12 }), fc.boolean(), async (items, cuts, crlf) => {
        const data = Buffer.from(items.join(crlf ? "\r\n" : "\n"));
        const lines = await collect(data, cuts);
        const expected = items.flatMap((text, i) => (text.trim() === "" ? [] : [[i + 1, text]]));
        expect(show(lines)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
