import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { invalidExamples, packageRoot, seedExamplePath } from "./support/files.js";

// Black-box tests of the built binary, as users run it. turbo's `test` depends on `build`.
const cli = join(packageRoot, "dist", "cli.js");
const run = (args: string[], input?: string) => {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8", cwd: packageRoot });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

let dir: string;
const seedText = readFileSync(seedExamplePath, "utf8");
const seedLine = JSON.stringify(JSON.parse(seedText));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parlwire-validate-"));
});

describe("parlwire-validate", () => {
  it("prints help and version and exits 0", () => {
    expect(run(["--help"])).toMatchObject({ code: 0, stdout: expect.stringContaining("Usage: parlwire-validate") });
    const pkg = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string };
    expect(run(["--version"])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it("exits 2 on a usage error", () => {
    expect(run(["--format", "xml", seedExamplePath]).code).toBe(2);
    expect(run(["--no-such-flag"]).code).toBe(2);
  });

  it("reports a missing input, goes on with the others and exits 1", () => {
    const result = run([join(dir, "missing.json"), seedExamplePath]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("missing.json:1: cannot read: no such file or folder [input_unreadable]");
    expect(result.stdout).toContain("gafarova-ashimbayev.release.json: valid");
    expect(result.stdout).toContain("1 release checked in 2 files: 1 valid, 0 invalid; 1 input could not be read");
  });

  it("says a valid release is valid and exits 0", () => {
    const result = run([seedExamplePath]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(": valid");
    expect(result.stdout).toContain("1 release checked in 1 file: 1 valid, 0 invalid");
  });

  it("reports file:line: path: message for an invalid release and exits 1", () => {
    const [, path] = invalidExamples("semantic").find(([rule]) => rule === "unresolved-reference") ?? [];
    const result = run([path as string]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /unresolved-reference\.release\.json:\d+: meetings\[0\]\.participants\[1\]\.official: expected the id of an official in this document, found official:someone-else \[unresolved_reference\]/,
    );
  });

  it("points at the line of the bad value in a pretty-printed file", () => {
    const [, path] = invalidExamples("shape").find(([rule]) => rule === "javascript-url") ?? [];
    const text = readFileSync(path as string, "utf8");
    const line = text.split("\n").findIndex((l) => l.includes("javascript:")) + 1;
    expect(run([path as string]).stdout).toContain(`javascript-url.release.json:${line}: parliaments[0].website:`);
  });

  it("streams NDJSON: reports a malformed line with line and column and checks the rest", () => {
    const file = join(dir, "batch.ndjson");
    const bad = seedLine.replace('"language":"en"', '"language":"en",,');
    const wrong = seedLine.replace('"status":"held"', '"status":"postponed"');
    writeFileSync(file, [seedLine, bad, "", wrong, seedLine].join("\n"));
    const result = run([file, "--quiet"]);
    expect(result.code).toBe(1);
    const column = bad.indexOf(",,") + 2;
    expect(result.stdout).toContain(`batch.ndjson:2:${column}: expected a property name in double quotes, found a comma: one too many, or a value is missing [invalid_json]`);
    expect(result.stdout).toContain("batch.ndjson:4: meetings[0].status: expected one of");
    expect(result.stdout).toContain("4 releases checked in 1 file: 2 valid, 2 invalid");
  });

  it("reads stdin, as JSON or as NDJSON", () => {
    expect(run([], seedText)).toMatchObject({ code: 0, stdout: expect.stringContaining("<stdin>: valid") });
    expect(run(["--ndjson", "-"], `${seedLine}\n${seedLine}\n`).stdout).toContain("2 releases checked in 1 file: 2 valid, 0 invalid");
  });

  it("emits JSON for machines with --format json", () => {
    const [, path] = invalidExamples("shape").find(([rule]) => rule === "unknown-key") ?? [];
    const result = run(["--format", "json", seedExamplePath, path as string]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { summary: unknown; issues: Record<string, unknown>[] };
    expect(report.summary).toEqual({ files: 2, records: 2, valid: 1, invalid: 1, unreadable: 0 });
    expect(report.issues).toEqual([
      expect.objectContaining({ path: "meetings[0].speaker", pointer: "/meetings/0/speaker", code: "unknown_key", line: expect.any(Number) }),
    ]);
  });

  it("survives hostile input: deep nesting, huge arrays, prototype keys, binary", () => {
    const deep = join(dir, "deep.json");
    writeFileSync(deep, `${"[".repeat(200_000)}${"]".repeat(200_000)}`);
    expect(run([deep])).toMatchObject({ code: 1, stdout: expect.stringContaining("expected an object, found an array") });
    const nested = join(dir, "nested.json");
    writeFileSync(nested, `{"a":${"[".repeat(5_000_000)}`);
    expect(run([nested])).toMatchObject({ code: 1, stdout: expect.stringContaining("[invalid_json]") });
    const proto = join(dir, "proto.json");
    writeFileSync(proto, seedText.replace('"language": "en"', '"language": "en", "__proto__": {"polluted": true}'));
    expect(run([proto]).stdout).toContain(': __proto__: expected no property "__proto__" here [unknown_key]');
    const binary = join(dir, "binary.json");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe]));
    expect(run([binary]).code).toBe(1);
  });
});
