import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateRelease } from "@parlwire/schema";
import { beforeAll, describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { appDir, builtCli, runCli } from "./built-cli.js";

const seed = join(appDir, "..", "..", "examples", "milli-majlis-2021-04-15-gafarova-ashimbayev.txt");
const fixtures = join(appDir, "test", "fixtures", "io");
const textFixture = join(fixtures, "speaker-meets-delegation.txt");
const htmlFixture = join(fixtures, "speaker-meets-delegation.html");
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `parlwire-cli-${name}-`));

function readOut(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

beforeAll(() => {
  builtCli();
});

describe("parlwire-import usage", () => {
  it("prints help and exits 0", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: parlwire-import INPUT\.\.\. \(--out DIR \| --ndjson\)/);
    for (const option of ["--out DIR", "--ndjson", "--source NAME", "--report FILE", "--strict", "--version"]) expect(stdout).toContain(option);
  });

  it("prints the package version", async () => {
    const { code, stdout } = await runCli(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${packageJson.version}\n`);
  });

  it.each([
    ["no input", ["--ndjson"], "expected at least one INPUT"],
    ["no output chosen", [seed], "choose exactly one output: --out DIR or --ndjson"],
    ["both outputs", [seed, "--ndjson", "--out", "x"], "choose exactly one output"],
    ["an unknown option", [seed, "--ndjson", "--fast"], "Unknown option '--fast'"],
    ["stdin twice", ["-", "-", "--ndjson"], 'standard input ("-") can be read only once'],
  ])("exits 2 on %s, saying what is wrong", async (_name, args, message) => {
    const { code, stderr, stdout } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(`parlwire-import: ${message}`);
    expect(stderr).toContain("Usage:");
    expect(stdout).toBe("");
  });
});

describe("parlwire-import output", () => {
  it("writes one valid, pretty JSON file per release, named by its id, and summarises", async () => {
    const out = tmp("out");
    const { code, stderr } = await runCli([seed, textFixture, htmlFixture, "--out", out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^3 records: 3 imported \(\d with warnings\), 0 failed$/m);
    const files = readOut(out);
    expect([...files.keys()]).toEqual([
      "2021-04-15-chair-of-milli-majlis-sahiba-gafarova-met-with-chair-of-kazakhstan.json",
      "2022-03-09-speaker-of-testland-parliament-jane-example-met-with-examplian.json",
      "2022-03-10-speaker-of-testland-parliament-met-with-examplian-delegation.json",
    ]);
    for (const [name, text] of files) {
      const release = JSON.parse(text) as { id: string };
      expect(validateRelease(release).ok).toBe(true);
      expect(`${release.id.slice("release:".length)}.json`).toBe(name);
      expect(text).toBe(`${JSON.stringify(release, null, 2)}\n`);
    }
  });

  it("gives byte-identical output for the same input, and a re-import replaces rather than duplicates", async () => {
    const a = tmp("a");
    const b = tmp("b");
    await runCli([seed, htmlFixture, "--out", a]);
    await runCli([htmlFixture, seed, "--out", b]);
    await runCli([seed, htmlFixture, "--out", b]);
    expect(readOut(b)).toEqual(readOut(a));
  });

  it("streams NDJSON to stdout, one release per line, the same releases as --out", async () => {
    const out = tmp("same");
    await runCli([seed, textFixture, "--out", out]);
    const { code, stdout } = await runCli([seed, textFixture, "--ndjson"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    const fromFiles = [...readOut(out).values()].map((t) => JSON.parse(t));
    expect(lines.map((l) => JSON.parse(l))).toEqual(fromFiles);
  });

  it("reads a text capture, an HTML page and NDJSON records from stdin", async () => {
    const text = readFileSync(textFixture, "utf8");
    const html = readFileSync(htmlFixture, "utf8");
    const asText = await runCli(["-", "--ndjson"], { stdin: text });
    const asHtml = await runCli(["-", "--ndjson"], { stdin: html });
    const asRecords = await runCli(["-", "--ndjson"], {
      stdin: `${JSON.stringify({ url: "https://parliament.example/en/news/9", text })}\n${JSON.stringify({ html })}\n`,
    });
    const [t] = asText.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    const [h] = asHtml.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    const records = asRecords.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(t.sources[0]).toMatchObject({ mediaType: "text/plain" });
    expect(h.sources[0]).toMatchObject({ mediaType: "text/html" });
    expect(records).toHaveLength(2);
    expect(records[0].sources[0].url).toBe("https://parliament.example/en/news/9");
    expect(records[1].title).toBe(h.title);
    // The same capture gives the same release whichever way it arrives (the URL aside).
    expect(records[1]).toEqual(h);
  });

  it("stops quietly when the reader of --ndjson goes away (| head)", async () => {
    const records = Array.from({ length: 400 }, (_, i) => JSON.stringify({ text: readFileSync(textFixture, "utf8").replace("Speaker of", `Release ${i}: Speaker of`) }));
    const input = join(tmp("epipe"), "batch.ndjson");
    writeFileSync(input, records.join("\n"));
    const child = spawn(process.execPath, [builtCli(), input, "--ndjson"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });

  it("passes --source to the importer: a named profile gives the time zone, an unknown one is a warning", async () => {
    const text = "Speaker Met Delegation\n\n9 March 2022 | 16:40\n\nSpeaker Jane Example met with John Sample on 9 March.";
    const named = await runCli(["-", "--ndjson", "--source", "meclis.gov.az"], { stdin: text });
    expect(JSON.parse(named.stdout).published).toEqual({ date: "2022-03-09", dateTime: "2022-03-09T16:40:00+04:00", timeZone: "Asia/Baku", asPrinted: "9 March 2022 | 16:40" });
    const unknown = await runCli(["-", "--ndjson", "--source", "nowhere.example"], { stdin: text });
    expect(unknown.code).toBe(0);
    expect(unknown.stderr).toMatch(/^warning: <stdin>: .*"nowhere\.example".* \[unknown_source\]$/m);
    expect(JSON.parse(unknown.stdout).published).toEqual({ date: "2022-03-09", localDateTime: "2022-03-09T16:40", asPrinted: "9 March 2022 | 16:40" });
  });

  it("keeps HTML script, style and handler content out of the release", async () => {
    const { stdout } = await runCli([htmlFixture, "--ndjson"]);
    expect(stdout).not.toMatch(/INJECTED|javascript:|<script|<p>/);
    const release = JSON.parse(stdout);
    expect(release.body.join("\n")).toContain("The sides discussed trade and culture.");
  });
});

describe("parlwire-import on bad input", () => {
  function badBatch(): string {
    const dir = tmp("bad");
    writeFileSync(join(dir, "a-good.txt"), readFileSync(textFixture));
    writeFileSync(join(dir, "b-empty.txt"), "");
    writeFileSync(join(dir, "c-binary.txt"), Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, "d-latin1.txt"), Buffer.concat([Buffer.from("Title\n\nCaf"), Buffer.from([0xe9]), Buffer.from(" culture.\n")]));
    writeFileSync(join(dir, "e-huge-line.txt"), "x".repeat(10 * 1024 * 1024));
    writeFileSync(
      join(dir, "f-batch.ndjson"),
      [
        JSON.stringify({ text: readFileSync(seed, "utf8") }),
        "{not json",
        JSON.stringify({ html: "<p>   </p>" }),
        JSON.stringify({ url: "javascript:alert(1)", text: "T\n\nBody." }),
        JSON.stringify({ text: readFileSync(seed, "utf8") }),
      ].join("\n"),
    );
    return dir;
  }

  it("reports each bad input by file and line, keeps going, and --strict exits 1", async () => {
    const dir = badBatch();
    const out = tmp("bad-out");
    const loose = await runCli([dir, "--out", out]);
    const strict = await runCli([dir, "--out", tmp("bad-out2"), "--strict"]);
    expect(loose.code).toBe(0);
    expect(strict.code).toBe(1);
    const errors = loose.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("warning: ")).map((l) => l.replaceAll(dir, "DIR"));
    expect(errors).toEqual([
      "DIR/b-empty.txt: empty input; expected the text or HTML of a press release [input_empty]",
      "DIR/c-binary.txt: binary data (a NUL byte at offset 5, line 1); expected UTF-8 text [input_binary]",
      "DIR/d-latin1.txt: invalid UTF-8 at byte 10 (line 3); expected UTF-8 text (convert it, e.g. iconv -f windows-1252 -t utf-8) [input_encoding]",
      "DIR/e-huge-line.txt: 10485760 bytes; a capture is at most 8388608 bytes [input_too_large]",
      expect.stringMatching(/^DIR\/f-batch\.ndjson:2: not valid JSON \(.+\); expected one object per line like \{.+\} \[input_invalid_record\]$/),
      "DIR/f-batch.ndjson:3: the HTML page has no visible text (only markup, scripts or styles); expected a press release [html_no_text]",
      'DIR/f-batch.ndjson:4: "url" must be an http(s) URL like https://example.org/page, found "javascript:alert(1)" [input_invalid_record]',
      expect.stringMatching(/^DIR\/f-batch\.ndjson:5: release id release:2021-04-15-chair-of-milli-majlis\S+ was already produced by DIR\/f-batch\.ndjson \(record 6 of this run\); not written .+ \[duplicate_id\]$/),
      expect.stringMatching(/^10 records: 2 imported \(\d with warnings\), 8 failed$/),
    ]);
    expect(readdirSync(out)).toHaveLength(2);
  });

  it("writes the same outcomes as a JSON report", async () => {
    const dir = badBatch();
    const reportPath = join(tmp("report"), "report.json");
    const { code, stderr } = await runCli([dir, "--ndjson", "--report", reportPath]);
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(reportPath, "utf8"));
    expect(report).toMatchObject({ tool: "parlwire-import", version: packageJson.version, options: { ndjson: true, strict: false } });
    expect(report.summary).toMatchObject({ records: 10, imported: 2, failed: 8 });
    expect(stderr).toContain(`10 records: 2 imported (${report.summary.warned} with warnings), 8 failed`);
    const statuses = report.records.map((r: { status: string; line?: number }) => `${r.status === "failed" ? "failed" : "ok"}${r.line ? `@${r.line}` : ""}`);
    expect(statuses).toEqual(["ok", "failed", "failed", "failed", "failed", "ok@1", "failed@2", "failed@3", "failed@4", "failed@5"]);
    expect(report.records[1]).toEqual({
      input: join(dir, "b-empty.txt"),
      status: "failed",
      warnings: [],
      errors: [{ code: "input_empty", message: `${join(dir, "b-empty.txt")}: empty input; expected the text or HTML of a press release` }],
    });
  });
});

describe("parlwire-import warnings on standard error", () => {
  // Was one line per warning: 100k text records printed ~410k lines (issue 12).
  const batch = () => {
    const dir = tmp("warnings");
    const path = join(dir, "batch.ndjson");
    const record = (i: number) => JSON.stringify({ text: `Note ${i}\n\nThe committee reviewed the budget ${i}.`, extra: i });
    writeFileSync(path, [1, 2, 3].map(record).join("\n"));
    return { dir, path };
  };

  it("prints one line per warning code, with its first message and how many more", async () => {
    const { dir, path } = batch();
    const reportPath = join(dir, "report.json");
    const { code, stderr } = await runCli([path, "--ndjson", "--report", reportPath]);
    expect(code).toBe(0);
    const lines = stderr.trimEnd().split("\n").map((l) => l.replaceAll(dir, "DIR"));
    expect(lines).toEqual([
      'warning: DIR/batch.ndjson:1: ignored unknown key "extra"; records have "url", "text" or "html" [input_unknown_key] (and 2 more like it; --verbose lists each)',
      "warning: DIR/batch.ndjson:1: no publication date found in the capture [no_date] (and 2 more like it; --verbose lists each)",
      "warning: DIR/batch.ndjson:1: no meeting with a named participant found [no_meeting] (and 2 more like it; --verbose lists each)",
      "3 records: 3 imported (3 with warnings), 0 failed",
    ]);
    // The report keeps every warning.
    const report = JSON.parse(readFileSync(reportPath, "utf8"));
    expect(report.records.flatMap((r: { warnings: { code: string }[] }) => r.warnings.map((w) => w.code))).toHaveLength(9);
  });

  it("lists every warning with --verbose", async () => {
    const { path } = batch();
    const { stderr } = await runCli([path, "--ndjson", "--verbose"]);
    const warnings = stderr.split("\n").filter((l) => l.startsWith("warning: "));
    expect(warnings).toHaveLength(9);
    expect(warnings.every((l) => !l.includes("more like it"))).toBe(true);
    expect(warnings.filter((l) => l.endsWith("[no_meeting]")).map((l) => /:(\d+): /.exec(l)?.[1])).toEqual(["1", "2", "3"]);
  });
});

describe("parlwire-import messages are safe to print (issue 10, finding 13)", () => {
  // ESC ] 0 ; title BEL sets a terminal's title; CSI (U+009B) starts a C1 control sequence.
  const title = "\u001b]0;pwned\u0007";
  const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

  it("escapes control characters from file names and echoed input in errors, warnings and the report", async () => {
    const dir = tmp(`escape`);
    const named = join(dir, `empty${title}.txt`);
    writeFileSync(named, "");
    const batch = join(dir, `batch${title}.ndjson`);
    writeFileSync(batch, [title, JSON.stringify({ text: "Note\n\nThe committee met.", [`x\u009b31m${title}`]: 1 })].join("\n"));
    const reportPath = join(dir, "report.json");
    for (const verbose of [[], ["--verbose"]]) {
      const { code, stderr } = await runCli([named, batch, "--ndjson", "--report", reportPath, ...verbose]);
      expect(code).toBe(0);
      expect(stderr).not.toMatch(unsafe);
      const lines = stderr.trimEnd().split("\n").map((l) => l.replaceAll(dir, "DIR"));
      expect(lines[0]).toBe("DIR/empty\\u001b]0;pwned\\u0007.txt: empty input; expected the text or HTML of a press release [input_empty]");
      expect(lines[1]).toMatch(/^DIR\/batch\\u001b\]0;pwned\\u0007\.ndjson:1: not valid JSON \(.*\\u001b\]0;pwned\\u0007.*\); expected one object per line/);
      expect(lines.find((l) => l.includes("[input_unknown_key]"))).toContain("x\\u009b31m\\u001b]0;pwned\\u0007");
      // The report is JSON: parsed, it keeps the real characters; as text, none is raw.
      const text = readFileSync(reportPath, "utf8");
      expect(text).not.toMatch(unsafe);
      expect(JSON.parse(text).records[0].input).toBe(named);
    }
  });

  it("escapes them in usage errors", async () => {
    const { code, stderr } = await runCli([seed, "--ndjson", `--x${title}`]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(unsafe);
    expect(stderr).toContain("\\u001b]0;pwned\\u0007");
  });
});
