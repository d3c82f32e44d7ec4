import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { InputItem } from "../../src/io/capture-record.js";
import { readInputs, walk } from "../../src/io/input-sources.js";
import { kindFromPath, sniffKind } from "../../src/io/input-kind.js";

async function all(inputs: string[], stdin?: Buffer[]): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(inputs, Readable.from(stdin ?? []))) out.push(item);
  return out;
}

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), "parlwire-inputs-"));
  mkdirSync(join(root, "b", "nested"), { recursive: true });
  mkdirSync(join(root, ".hidden"));
  writeFileSync(join(root, "z.txt"), "Z title\n\nBody.");
  writeFileSync(join(root, "a.html"), "<h1>A</h1><p>Body.</p>");
  writeFileSync(join(root, "b", "nested", "c.ndjson"), '{"text":"one"}\n\n{"text":"two"}\n');
  writeFileSync(join(root, "b", "notes.md"), "# not a capture");
  writeFileSync(join(root, "b", "x.expected.json"), "{}");
  writeFileSync(join(root, ".hidden", "h.txt"), "hidden");
  writeFileSync(join(root, "empty.txt"), "");
  return root;
}

describe("readInputs", () => {
  it("walks folders recursively in a stable order, picking captures by extension and skipping hidden entries", async () => {
    const root = tree();
    const files: string[] = [];
    for await (const file of walk(root)) files.push(file.slice(root.length + 1));
    expect(files).toEqual(["a.html", "b/nested/c.ndjson", "empty.txt", "z.txt"]);
  });

  it("yields every record with its origin, and unreadable inputs as errors without stopping", async () => {
    const root = tree();
    const items = await all([root, join(root, "missing.txt")]);
    const summary = items.map((i) =>
      i.ok ? `${i.record.input.slice(root.length + 1)}${i.record.line ? `:${i.record.line}` : ""} ${i.record.kind}` : `ERROR ${i.error.message.replace(root, "ROOT")}`,
    );
    expect(summary).toEqual([
      "a.html html",
      "b/nested/c.ndjson:1 text",
      "b/nested/c.ndjson:3 text",
      "ERROR ROOT/empty.txt: empty input; expected the text or HTML of a press release",
      "z.txt text",
      "ERROR ROOT/missing.txt: cannot read: no such file or folder",
    ]);
  });

  it("sniffs a file without a known extension from its first byte", async () => {
    const root = mkdtempSync(join(tmpdir(), "parlwire-sniff-"));
    writeFileSync(join(root, "page"), "\n  <!doctype html><h1>T</h1>");
    writeFileSync(join(root, "batch"), '{"text":"a"}\n');
    writeFileSync(join(root, "capture"), "Title\n\nBody.");
    const kinds = (await all(["page", "batch", "capture"].map((f) => join(root, f)))).map((i) => (i.ok ? i.record.kind : "error"));
    expect(kinds).toEqual(["html", "text", "text"]);
  });

  it.each([
    ["NDJSON, streamed", ['{"text":"a"}\n{"te', 'xt":"b"}\n'], ["<stdin>:1 text", "<stdin>:2 text"]],
    ["a text capture", ["\n\nTitle\n\n", "Body."], ["<stdin> text"]],
    ["an HTML page", ["  <html><h1>T</h1>", "</html>"], ["<stdin> html"]],
    ["nothing", [], ["ERROR <stdin>: empty input; expected the text or HTML of a press release"]],
  ])("reads standard input as %s", async (_name, chunks, expected) => {
    const items = await all(["-"], chunks.map((c) => Buffer.from(c)));
    expect(items.map((i) => (i.ok ? `${i.record.input}${i.record.line ? `:${i.record.line}` : ""} ${i.record.kind}` : `ERROR ${i.error.message}`))).toEqual(expected);
  });
});

describe("readInputs through the shared input layer (issue 10, item 6)", () => {
  const show = (root: string, items: InputItem[]) =>
    items.map((i) => (i.ok ? `${i.record.input.slice(root.length + 1)} ${i.record.kind}` : `ERROR ${i.error.code} ${i.error.message.replace(root, "ROOT")}`));

  it("follows symbolic links to captures and folders, each real folder once, and reports a dangling link", async () => {
    const root = mkdtempSync(join(tmpdir(), "parlwire-links-"));
    mkdirSync(join(root, "real"));
    writeFileSync(join(root, "real", "one.txt"), "Title\n\nBody.");
    symlinkSync(join(root, "real", "one.txt"), join(root, "linked.txt"));
    symlinkSync(join(root, "real"), join(root, "folder-link"));
    symlinkSync(root, join(root, "real", "loop"));
    symlinkSync(join(root, "gone.txt"), join(root, "dangling.txt"));
    expect(show(root, await all([root]))).toEqual([
      "ERROR input_unreadable ROOT/dangling.txt: cannot read: no such file or folder",
      "folder-link/one.txt text",
      "linked.txt text",
    ]);
  });

  it("reports a FIFO met in a folder without opening it, and goes on", async () => {
    const root = mkdtempSync(join(tmpdir(), "parlwire-fifo-"));
    expect(spawnSync("mkfifo", [join(root, "pipe.txt")]).status).toBe(0);
    writeFileSync(join(root, "z.txt"), "Title\n\nBody.");
    const [fifo, ...rest] = show(root, await all([root]));
    expect(fifo).toMatch(/^ERROR input_unreadable ROOT\/pipe\.txt: not a regular file \(a FIFO\)/);
    expect(rest).toEqual(["z.txt text"]);
  });

  it("reads a FIFO named on the command line as a stream", async () => {
    const root = mkdtempSync(join(tmpdir(), "parlwire-fifo-named-"));
    const fifo = join(root, "captures.ndjson");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // A child writes into the FIFO once this process opens it for reading.
    const writer = spawn("sh", ["-c", `printf '{"text":"a"}\\n{"text":"b"}\\n' > "${fifo}"`]);
    const closed = new Promise((resolve) => writer.on("close", resolve));
    const items = await all([fifo]);
    await closed;
    expect(show(root, items)).toEqual(["captures.ndjson text", "captures.ndjson text"]);
  });
});

describe("input kinds", () => {
  it.each([
    ["a/b.TXT", "text"],
    ["page.htm", "html"],
    ["x.jsonl", "ndjson"],
    ["x.expected.json", undefined],
    ["dir.v2/README", undefined],
  ])("%s is %s by extension", (path, kind) => {
    expect(kindFromPath(path)).toBe(kind);
  });

  it("sniffs past a BOM and whitespace", () => {
    expect(sniffKind(Buffer.from("\uFEFF \n{"))).toBe("ndjson");
    expect(sniffKind(Buffer.from("\t<p>"))).toBe("html");
    expect(sniffKind(Buffer.from("Title"))).toBe("text");
  });
});
