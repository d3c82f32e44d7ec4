import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../support/files.js";
import { bundleForNode } from "./bundle.js";

// Black-box: the real CLI source, bundled once by esbuild and spawned with node (no build of the package needed).
let cli: string;
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

let dir: string;
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};
const meeting = (statuses: string[]) => ({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  additionalProperties: false,
  required: ["status"],
  properties: { status: { $ref: "#/$defs/Status" } },
  $defs: { Status: { type: "string", enum: statuses } },
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "parlwire-schema-cli-"));
  cli = await bundleForNode(join(packageRoot, "src", "cli", "compat-cli.ts"), join(dir, "parlwire-schema.mjs"));
});

describe("parlwire-schema diff", () => {
  it("exits 0 and says so when nothing changed", () => {
    const a = write("same.json", meeting(["held"]));
    expect(run("diff", a, a)).toMatchObject({ code: 0, stdout: expect.stringContaining("0 differences; compatible in mode backward.") });
  });

  it("exits 1 on a break in the chosen mode and names path, rule and modes", () => {
    const old = write("old.json", meeting(["held", "cancelled"]));
    const narrowed = write("new.json", meeting(["held"]));
    const result = run("diff", old, narrowed);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'BREAKS #/$defs/Status/enum  ENUM_ARRAY_NARROWED: "cancelled" no longer accepted (breaks: backward, full)',
    );
    expect(result.stdout).toContain("1 difference; 1 breaks backward compatibility.");
    expect(run("diff", old, narrowed, "--mode", "forward").code).toBe(0);
    expect(run("diff", old, narrowed, "--mode", "full").code).toBe(1);
    expect(run("diff", narrowed, old, "--mode", "forward").code).toBe(1);
  });

  it("prints a JSON report with --format json", () => {
    const old = write("old.json", meeting(["held"]));
    const extended = write("new.json", meeting(["held", "cancelled"]));
    const result = run("diff", old, extended, "--format", "json", "--mode", "full");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ mode: "full", compatible: false, breaking: 1 });
    expect(report.differences).toEqual([
      {
        path: "#/$defs/Status/enum",
        rule: "ENUM_ARRAY_EXTENDED",
        effect: "widened",
        message: '"cancelled" now accepted',
        breaks: { backward: false, forward: true, full: true },
      },
    ]);
  });

  it("exits 2 on usage errors and unreadable schemas, naming the problem", () => {
    const a = write("a.json", meeting(["held"]));
    expect(run("diff", a)).toMatchObject({ code: 2, stderr: expect.stringContaining("diff takes two files") });
    expect(run("diff", a, a, "--mode", "sideways")).toMatchObject({ code: 2, stderr: expect.stringContaining("--mode must be") });
    expect(run("diff", a, a, "--format", "xml").code).toBe(2);
    expect(run("merge", a, a)).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "merge"') });
    expect(run("diff", a, join(dir, "missing.json"))).toMatchObject({ code: 2, stderr: expect.stringContaining("cannot read") });
    const broken = write("broken.json", "{ not json");
    expect(run("diff", a, broken)).toMatchObject({ code: 2, stderr: expect.stringContaining("broken.json: expected a JSON Schema document") });
    const external = write("external.json", { properties: { a: { $ref: "https://example.org/other.json" } } });
    expect(run("diff", a, external)).toMatchObject({ code: 2, stderr: expect.stringContaining("points outside this document") });
  });

  it("prints help and version", () => {
    expect(run("--help")).toMatchObject({ code: 0, stdout: expect.stringContaining("Usage: parlwire-schema diff OLD NEW") });
    const pkg = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string };
    expect(run("--version")).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it("keeps control characters from schema property names out of the terminal", () => {
    const old = write("ctl-old.json", { type: "object", properties: {} });
    const evil = write("ctl-new.json", { type: "object", properties: { "\u001b[31mred": { type: "string" } } });
    const result = run("diff", old, evil);
    expect(result.stdout).not.toContain("\u001b");
    expect(result.stdout).toContain("\\u001b[31mred");
  });

  it("compares the shipped strict schema with its consumer variant: backward-compatible, not forward", () => {
    const strict = join(packageRoot, "schemas", "release.schema.json");
    const consumer = run("consumer", strict);
    expect(consumer.code).toBe(0);
    const consumerPath = write("consumer.json", consumer.stdout);
    expect(run("diff", strict, consumerPath, "--mode", "backward").code).toBe(0);
    const forward = run("diff", strict, consumerPath, "--mode", "forward");
    expect(forward.code).toBe(1);
    expect(forward.stdout).toContain("ADDITIONAL_PROPERTIES_ADDED");
  });
});
