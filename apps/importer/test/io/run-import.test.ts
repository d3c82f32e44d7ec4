import { Readable } from "node:stream";
import type { Release } from "@parlwire/schema";
import { describe, expect, it } from "vitest";
import { importRelease } from "../../src/import-release.js";
import type { InputItem } from "../../src/io/capture-record.js";
import type { ImportFn } from "../../src/io/importer-port.js";
import type { Outcome } from "../../src/io/outcome.js";
import type { ReleaseSink } from "../../src/io/release-sink.js";
import { runImport, toImportInput } from "../../src/io/run-import.js";

const text = "Speaker Met Delegation\n\n9 March 2022 | 16:40\n\nSpeaker Jane Example met John Sample on 9 March.\n\nThey discussed trade.";
const record = (content: string, kind: "text" | "html" = "text", line?: number): InputItem => ({
  ok: true,
  record: { input: "in.ndjson", kind, content, sha256: "0".repeat(64), notes: [], ...(line ? { line } : {}) },
});

async function run(items: InputItem[], importer: ImportFn = importRelease) {
  const written: Release[] = [];
  const outcomes: Outcome[] = [];
  const sink: ReleaseSink = { write: (r) => void written.push(r) };
  const summary = await runImport({ items: Readable.from(items), importer, sink, onOutcome: (o) => outcomes.push(o) });
  return { summary, written, outcomes };
}

describe("runImport", () => {
  it("never writes a release that fails validation, and says where it is invalid", async () => {
    // An importer with a bug: its release breaks the schema.
    const broken: ImportFn = (input) => {
      const { release, warnings } = importRelease(input);
      return { release: { ...release, published: { date: "2022-02-30" } }, warnings };
    };
    const { summary, written, outcomes } = await run([record(text, "text", 7)], broken);
    expect(summary).toEqual({ records: 1, imported: 0, warned: 0, failed: 1 });
    expect(written).toEqual([]);
    expect(outcomes[0]!.errors.map((e) => [e.code, e.path])).toEqual([["invalid_release.invalid_format", "published.date"]]);
    expect(outcomes[0]!.errors[0]!.message).toMatch(/^in\.ndjson:7: the imported release is invalid at published\.date: expected a calendar date/);
  });

  it("reports an importer crash as a bug and goes on with the next record", async () => {
    let calls = 0;
    const flaky: ImportFn = (input) => {
      if (calls++ === 0) throw new TypeError("cannot read properties of undefined");
      return importRelease(input);
    };
    const { summary, outcomes } = await run([record(text, "text", 1), record(text, "text", 2)], flaky);
    expect(summary).toMatchObject({ records: 2, failed: 1, imported: 1 });
    expect(outcomes[0]!.errors).toEqual([
      { code: "internal_error", message: "in.ndjson:1: the importer failed unexpectedly (a bug; please report it): cannot read properties of undefined" },
    ]);
  });

  it("passes an importer's own error code through", async () => {
    const { outcomes } = await run([record("   \n\n  ")]);
    expect(outcomes[0]).toMatchObject({ status: "failed", errors: [{ code: expect.any(String), message: expect.stringMatching(/^in\.ndjson: /) }] });
  });
});

describe("toImportInput", () => {
  it("turns an HTML record into capture text, hints and text/html, preferring the record's URL", () => {
    const page = '<link rel="canonical" href="https://site.example/a"><article><h1>T</h1><time datetime="2022-03-09">9 March</time><p>Body.</p></article>';
    const fromPage = toImportInput({ input: "x", kind: "html", content: page, sha256: "a".repeat(64), notes: [] }, "auto");
    expect(fromPage).toEqual({
      text: "T\n\n9 March\n\nBody.",
      sha256: "a".repeat(64),
      mediaType: "text/html",
      hints: { title: "T", published: "2022-03-09" },
      url: "https://site.example/a",
      source: "auto",
    });
    const fromRecord = toImportInput({ input: "x", kind: "html", content: page, url: "https://other.example/b", sha256: "a".repeat(64), notes: [] }, undefined);
    expect(fromRecord.url).toBe("https://other.example/b");
  });
});
