import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InputItem } from "../../src/io/capture-record.js";
import { ndjsonRecords } from "../../src/io/ndjson-records.js";
import { sha256 } from "../../src/io/sha256.js";

async function read(lines: string[]): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of ndjsonRecords(Readable.from([Buffer.from(lines.join("\n"))]), "batch.ndjson")) out.push(item);
  return out;
}

describe("ndjsonRecords", () => {
  it("reads text and html records with their url, line and the SHA-256 of the capture itself", async () => {
    const [text, html] = await read([
      '{"url":"https://example.org/r/1","text":"Title\\n\\nBody."}',
      '{"html":"<h1>Title</h1><p>Body.</p>"}',
    ]);
    expect(text).toEqual({
      ok: true,
      record: { input: "batch.ndjson", line: 1, kind: "text", content: "Title\n\nBody.", url: "https://example.org/r/1", sha256: sha256("Title\n\nBody."), notes: [] },
    });
    expect(html).toMatchObject({ ok: true, record: { line: 2, kind: "html", content: "<h1>Title</h1><p>Body.</p>" } });
  });

  it.each([
    ["not JSON", '{"text": "a"', "batch.ndjson:1: not valid JSON"],
    ["an array", '["text"]', "batch.ndjson:1: expected a JSON object like {"],
    ["neither text nor html", '{"url":"https://example.org/"}', 'expected exactly one of "text" or "html", found neither'],
    ["both text and html", '{"text":"a","html":"<p>a</p>"}', 'expected exactly one of "text" or "html", found both'],
    ["a non-string text", '{"text":42}', '"text" must be a string, found number'],
    ["an empty text", '{"text":"  "}', '"text" is empty'],
    ["a javascript: url", '{"url":"javascript:alert(1)","text":"a"}', '"url" must be an http(s) URL'],
    ["a data: url", '{"url":"data:text/html,x","text":"a"}', '"url" must be an http(s) URL'],
  ])("reports %s at its line and goes on", async (_name, bad, message) => {
    const items = await read(['{"text":"first"}', bad, '{"text":"third"}']);
    expect(items.map((i) => i.ok)).toEqual([true, false, true]);
    const failed = items[1]!;
    if (failed.ok) throw new Error("unreachable");
    expect(failed.line).toBe(2);
    expect(failed.error.message).toContain(message.replace("batch.ndjson:1", "batch.ndjson:2"));
  });

  it("notes unknown keys, and a __proto__ key is data, not a prototype", async () => {
    const [item] = await read(['{"text":"a","__proto__":{"polluted":true},"lang":"en"}']);
    expect(item).toMatchObject({ ok: true });
    if (!item?.ok) throw new Error("unreachable");
    expect(item.record.notes.map((n) => n.message)).toEqual([
      'batch.ndjson:1: ignored unknown key "__proto__"; records have "url", "text" or "html"',
      'batch.ndjson:1: ignored unknown key "lang"; records have "url", "text" or "html"',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(item.record)).toBe(Object.prototype);
  });

  it("reports invalid UTF-8 inside a record by line", async () => {
    const data = Buffer.concat([Buffer.from('{"text":"ok"}\n{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const items: InputItem[] = [];
    for await (const item of ndjsonRecords(Readable.from([data]), "b.ndjson")) items.push(item);
    expect(items[1]).toMatchObject({ ok: false, line: 2 });
    if (items[1]?.ok !== false) throw new Error("unreachable");
    expect(items[1].error.message).toContain("b.ndjson:2: invalid UTF-8 at byte 12");
  });
});

describe("ndjsonRecords invariants", () => {
  it("yields one item per non-blank line, at its line number, failing exactly the bad ones", async () => {
    const good = fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== "" && !t.includes("\0")).map((t) => ({ line: JSON.stringify({ text: t }), ok: true }));
    const bad = fc.constantFrom("{", "[]", "null", '{"text":1}', '{"url":"ftp://x","text":"a"}', '{"text":"a","html":"b"}').map((line) => ({ line, ok: false }));
    const blank = fc.constantFrom("", "  ", "\t").map((line) => ({ line, ok: undefined }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(good, bad, blank), { maxLength: 25 }), async (lines) => {
        const items = await read(lines.map((l) => l.line));
        const expected = lines.flatMap((l, i) => (l.ok === undefined ? [] : [{ line: i + 1, ok: l.ok }]));
        expect(items.map((item) => ({ line: item.ok ? item.record.line : item.line, ok: item.ok }))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
