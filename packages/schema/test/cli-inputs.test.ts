import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packageRoot, seedExamplePath } from "./support/files.js";

// Black-box tests of the built binary's input side: folders, links, FIFOs, encodings, caps, hostile names.
const cli = join(packageRoot, "dist", "cli.js");
const run = (args: string[], input?: string | Buffer) => {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8", cwd: packageRoot, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const seedText = readFileSync(seedExamplePath, "utf8");
const seedLine = JSON.stringify(JSON.parse(seedText));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parlwire-validate-inputs-"));
});

describe("parlwire-validate: folders, links and special files", () => {
  it("walks folders recursively in code-point order, skips hidden entries and other extensions", () => {
    const root = join(dir, "tree");
    mkdirSync(join(root, "b-sub", "deeper"), { recursive: true });
    mkdirSync(join(root, ".hidden"));
    writeFileSync(join(root, "z.json"), seedText);
    writeFileSync(join(root, "a.json"), seedText);
    writeFileSync(join(root, "\u00e9.json"), seedText);
    writeFileSync(join(root, "b-sub", "deeper", "c.ndjson"), `${seedLine}\n${seedLine}\n`);
    writeFileSync(join(root, ".hidden", "x.json"), "not json");
    writeFileSync(join(root, "notes.txt"), "not a release");
    const result = run([root]);
    expect(result.code).toBe(0);
    const order = result.stdout.split("\n").filter((l) => l.startsWith(root));
    expect(order.map((l) => l.slice(root.length + 1, l.indexOf(":")))).toEqual(["a.json", "b-sub/deeper/c.ndjson", "z.json", "\u00e9.json"]);
    expect(result.stdout).toContain("5 releases checked in 4 files: 5 valid, 0 invalid");
  });

  it("follows symbolic links to files and folders, walks each real folder once, reports a dangling or looping link and goes on", () => {
    const root = join(dir, "links");
    mkdirSync(join(root, "real"), { recursive: true });
    writeFileSync(join(root, "real", "one.json"), seedText);
    symlinkSync(join(root, "real", "one.json"), join(root, "linked.json"));
    symlinkSync(join(root, "real"), join(root, "folder-link"));
    symlinkSync(root, join(root, "real", "loop"));
    symlinkSync(join(root, "nowhere.json"), join(root, "dangling.json"));
    symlinkSync(join(root, "self.json"), join(root, "self.json"));
    const result = run([root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("dangling.json:1: cannot read: no such file or folder [input_unreadable]");
    expect(result.stdout).toContain("self.json:1: cannot read: too many levels of symbolic links [input_unreadable]");
    expect(result.stdout).toContain("linked.json: valid");
    // real/ is walked once, whether reached through folder-link or directly (folder-link sorts first).
    expect(result.stdout).toContain("folder-link/one.json: valid");
    expect(result.stdout).not.toContain("real/one.json");
    expect(result.stdout).toContain("2 releases checked in 4 files: 2 valid, 0 invalid; 2 inputs could not be read");
  });

  it("reports a FIFO met in a folder instead of blocking on it", () => {
    const root = join(dir, "with-fifo");
    mkdirSync(root);
    expect(spawnSync("mkfifo", [join(root, "pipe.json")]).status).toBe(0);
    writeFileSync(join(root, "ok.json"), seedText);
    const result = run([root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("pipe.json:1: not a regular file (a FIFO)");
    expect(result.stdout).toContain("ok.json: valid");
  });

  it("reads a FIFO named on the command line as a stream", async () => {
    const fifo = join(dir, "named-pipe.ndjson");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [cli, fifo], { cwd: packageRoot });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const done = new Promise<number | null>((resolve) => child.on("close", resolve));
    writeFileSync(fifo, `${seedLine}\n${seedLine}\n`); // blocks until the CLI opens the FIFO
    expect(await done).toBe(0);
    expect(stdout).toContain("2 releases checked in 1 file: 2 valid, 0 invalid");
  });

  it("on a terminal with no input, prints a usage hint instead of waiting", () => {
    // `script` gives the CLI a pseudo-terminal as standard input.
    const result = spawnSync("script", ["-qec", `${process.execPath} ${cli}`, "/dev/null"], { encoding: "utf8", timeout: 20_000 });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain("no input: name files or folders, or pipe a release to standard input");
  });

  it("never imports zod when every input is valid (cold start), and loads it to describe a rejection", () => {
    // A copy of dist/ where `zod` cannot be resolved: the valid run must not notice.
    const copy = join(dir, "no-zod");
    cpSync(join(packageRoot, "dist"), join(copy, "dist"), { recursive: true });
    writeFileSync(join(copy, "package.json"), JSON.stringify({ type: "module" }));
    const valid = spawnSync(process.execPath, [join(copy, "dist", "cli.js"), seedExamplePath], { encoding: "utf8" });
    expect(valid.status).toBe(0);
    const invalid = spawnSync(process.execPath, [join(copy, "dist", "cli.js"), "-"], { input: "[]", encoding: "utf8" });
    expect(invalid.stderr).toContain("zod");
  });
});

describe("parlwire-validate: encodings, caps and syntax errors", () => {
  it("rejects invalid UTF-8 with its byte offset, in a JSON file and on an NDJSON line", () => {
    const bad = Buffer.concat([Buffer.from(seedText.slice(0, 100)), Buffer.from([0xc3, 0x28]), Buffer.from(seedText.slice(100))]);
    const file = join(dir, "latin1.json");
    writeFileSync(file, bad);
    const line = seedText.slice(0, 100).split("\n").length;
    expect(run([file])).toMatchObject({
      code: 1,
      stdout: expect.stringContaining(`latin1.json:${line}: invalid UTF-8 at byte 100; expected UTF-8 text`),
    });
    const batch = join(dir, "latin1.ndjson");
    const first = Buffer.from(`${seedLine}\n`);
    writeFileSync(batch, Buffer.concat([first, Buffer.from('{"title":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n'), first]));
    const result = run([batch]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`latin1.ndjson:2: invalid UTF-8 at byte ${first.length + 13}; expected UTF-8 text`);
    expect(result.stdout).toContain("latin1.ndjson: INVALID (2 of 2 releases valid)");
  });

  it("takes a UTF-8 byte order mark at the start, and says where a misplaced one is", () => {
    expect(run(["-"], `\ufeff${seedText}`)).toMatchObject({ code: 0, stdout: expect.stringContaining("<stdin>: valid") });
    expect(run(["-"], `${seedText}\ufeff`).stdout).toContain("found a byte order mark (U+FEFF): it may only start a file");
    expect(run(["-"], Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])).stdout).toContain("<stdin>:1: UTF-16 text; expected UTF-8");
  });

  it("caps standard input: a document over 64 MiB is refused without reading it all", () => {
    const result = run(["-"], Buffer.alloc(64 * 1024 * 1024 + 1, 0x20));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("<stdin>:1: more than 67108864 bytes; a document is at most 67108864 bytes");
  });

  it.each([
    ["trailing comma", '  "title": "x",\n}', "expected another property after the comma, found }: JSON allows no trailing comma"],
    ["comment", '  // the title\n  "title": "x"\n}', "found a comment: JSON has no comments"],
    ["unquoted key", "  title: 1\n}", "found an unquoted name"],
    ["single quotes", "  \"title\": 'x'\n}", "found a single quote"],
  ])("says why and where JSON breaks: %s", (_name, body, reason) => {
    const text = `{\n  "id": "release:x",\n${body}`;
    const offset = text.search(/,\n}|\/\/|title:|'x'/) + (text.includes(",\n}") ? 2 : 0);
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    const result = run(["-"], text);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`<stdin>:${line}:${column}: `);
    expect(result.stdout).toContain(reason);
  });

  it("reports a syntax error deep in a long pretty-printed file on its own line, not at the end", () => {
    const lines = seedText.split("\n");
    lines[35] = `${lines[35]},`; // a trailing comma or a doubled one, on line 36
    const result = run(["-"], lines.join("\n"));
    expect(result.stdout).toMatch(/<stdin>:3[67]:\d+: expected /);
  });

  it("names an empty file and hints at NDJSON when a file holds several documents", () => {
    const empty = join(dir, "empty.json");
    writeFileSync(empty, "");
    expect(run([empty]).stdout).toContain("empty.json:1:1: expected a JSON document, found an empty file [invalid_json]");
    const several = join(dir, "several.json");
    writeFileSync(several, `${seedLine}\n${seedLine}\n`);
    expect(run([several]).stdout).toContain("several.json:2:1: expected the end of the document, found more data after it");
    expect(run([several]).stdout).toContain("name the file .ndjson to check one release per line");
    expect(run(["-"], `${seedLine}\n${seedLine}\n`).stdout).toContain("pass --ndjson to read one release per line");
  });
});

describe("parlwire-validate: hostile input in messages and data", () => {
  it("escapes control characters from input and file names (no terminal escape injection)", () => {
    const name = join(dir, "evil\u001b]0;pwned\u0007.ndjson");
    writeFileSync(name, `{"x":"\u001b[2J\u009b31m",}\n`);
    const result = run([name]);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(result.stdout).toContain("evil\\u001b]0;pwned\\u0007.ndjson:1:");
    const json = run(["--format", "json", name]);
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json.stdout).issues[0].file).toBe(name);
  });

  it("rejects duplicate keys (RFC 7493) with the key's path, and lone surrogates", () => {
    const duplicate = seedText.replace('"language": "en"', '"language": "en", "language": "fr"');
    const result = run(["--format", "json", "-"], duplicate);
    expect(result.code).toBe(1);
    const { issues } = JSON.parse(result.stdout) as { issues: Record<string, unknown>[] };
    expect(issues).toEqual([
      expect.objectContaining({ path: "language", pointer: "/language", code: "invalid_json", line: expect.any(Number), column: expect.any(Number) }),
    ]);
    expect(issues[0]?.message).toContain('found "language" again');
    const lone = seedText.replace(/"title": "/, '"title": "\\ud800');
    expect(run(["-"], lone).stdout).toContain("title: expected well-formed Unicode text, found a lone surrogate \\ud800 at character 0 [invalid_format]");
  });

  it("gives every issue the same fields in --format json, syntax and input errors included", () => {
    const result = run(["--format", "json", "-"], "{,}");
    const { issues } = JSON.parse(result.stdout) as { issues: Record<string, unknown>[] };
    expect(issues).toEqual([{ file: "<stdin>", line: 1, column: 2, path: "", pointer: "", code: "invalid_json", message: expect.stringMatching(/^expected /) }]);
    const missing = JSON.parse(run(["--format", "json", join(dir, "nope.json")]).stdout) as { issues: Record<string, unknown>[] };
    expect(Object.keys(missing.issues[0] ?? {}).sort()).toEqual(["code", "file", "line", "message", "path", "pointer"]);
  });
});
