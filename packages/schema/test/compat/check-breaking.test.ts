import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { checkBreaking } from "../../src/compat/breaking-check.js";
import { packageRoot, repoRoot } from "../support/files.js";
import { bundleForNode } from "./bundle.js";

// A copy of the repository holding only what the check reads: the schema package's schemas, its
// compat sources and scripts, package.json, and the changesets config (no pending changesets).
let root: string;
let pkg: string;

// The copied scripts, bundled from the copy by esbuild, run with plain node.
const script = (name: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [join(pkg, "scripts", name.replace(/\.ts$/, ".mjs")), ...args], { encoding: "utf8", cwd: root });
  return { code: result.status, out: result.stdout + result.stderr };
};
const schemaPath = (file: string) => join(pkg, "schemas", file);
const editSchema = (file: string, edit: (schema: any) => void) => {
  const schema = JSON.parse(readFileSync(schemaPath(file), "utf8"));
  edit(schema);
  writeFileSync(schemaPath(file), `${JSON.stringify(schema, null, 2)}\n`);
};
const addChangeset = (name: string, bump: string, pkgName = "@parlwire/schema") =>
  writeFileSync(join(root, ".changeset", name), `---\n"${pkgName}": ${bump}\n---\n\nTest change.\n`);

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), "parlwire-check-breaking-"));
  pkg = join(root, "packages", "schema");
  mkdirSync(join(pkg, "schemas"), { recursive: true });
  for (const file of readdirSync(join(packageRoot, "schemas")).filter((f) => f.endsWith(".schema.json"))) {
    cpSync(join(packageRoot, "schemas", file), join(pkg, "schemas", file));
  }
  for (const dir of ["scripts", join("src", "compat")]) cpSync(join(packageRoot, dir), join(pkg, dir), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8"));
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ ...manifest, version: "1.0.0" }, null, 2));
  mkdirSync(join(root, ".changeset"));
  cpSync(join(repoRoot, ".changeset", "config.json"), join(root, ".changeset", "config.json"));
  for (const name of ["check-breaking", "snapshot-schemas"]) {
    await bundleForNode(join(pkg, "scripts", `${name}.ts`), join(pkg, "scripts", `${name}.mjs`));
  }
  return () => rmSync(root, { recursive: true, force: true });
});

describe("check:breaking in a copy of the repository", () => {
  it("fails on a breaking change, explains it, and passes once a major changeset is pending", () => {
    expect(script("check-breaking.ts")).toMatchObject({ code: 0, out: expect.stringContaining("nothing to compare with") });
    expect(script("snapshot-schemas.ts")).toMatchObject({ code: 0, out: expect.stringContaining("wrote schema-history/1.0.0/") });
    expect(script("check-breaking.ts")).toMatchObject({ code: 0, out: expect.stringContaining("OK: nothing breaks since 1.0.0.") });

    editSchema("release.schema.json", (s) => {
      s.properties.status.enum = ["published", "corrected"];
    });
    const failed = script("check-breaking.ts");
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('BREAKS backward  #/properties/status/enum  ENUM_ARRAY_NARROWED: "withdrawn" no longer accepted');
    expect(failed.out).toContain("FAIL: 1 breaking change since 1.0.0, and no pending changeset bumps @parlwire/schema by major.");
    expect(failed.out).toContain("npx changeset");

    addChangeset("small.md", "minor");
    addChangeset("other-package.md", "major", "@parlwire/renderer");
    const stillFailing = script("check-breaking.ts");
    expect(stillFailing.code).toBe(1);
    expect(stillFailing.out).toContain("small.md bumps @parlwire/schema by minor: a break needs major");

    addChangeset("drop-withdrawn.md", "major");
    const passed = script("check-breaking.ts");
    expect(passed.code).toBe(0);
    expect(passed.out).toContain("covered by the pending major changeset .changeset/drop-withdrawn.md");
    expect(passed.out).toContain("Reminder: release.schema.json still carries the $id of 1.0.0");
  });

  it("never rewrites a released snapshot", () => {
    expect(script("snapshot-schemas.ts").code).toBe(0);
    expect(script("snapshot-schemas.ts")).toMatchObject({ code: 0, out: expect.stringContaining("already up to date") });
    editSchema("meeting.schema.json", (s) => {
      s.description = "changed";
    });
    expect(script("snapshot-schemas.ts")).toMatchObject({ code: 1, out: expect.stringContaining("a released version's schemas never change") });
  });
});

describe("checkBreaking verdicts", () => {
  // The release flow's snapshot, done directly (the script itself is exercised above).
  const snapshot = () => {
    mkdirSync(join(pkg, "schema-history", "1.0.0"), { recursive: true });
    for (const file of readdirSync(join(pkg, "schemas")).filter((f) => f.endsWith(".schema.json"))) {
      cpSync(schemaPath(file), join(pkg, "schema-history", "1.0.0", file));
    }
  };

  it("lets an optional property through as a minor change (consumer readers tolerate it)", async () => {
    snapshot();
    editSchema("release.schema.json", (s) => {
      s.$defs.Meeting.properties.agenda = { type: "string", minLength: 1, maxLength: 200 };
    });
    const result = await checkBreaking({ root });
    expect(result).toMatchObject({ breaking: false, ok: true, baseline: "1.0.0" });
    expect(result.files.find((f) => f.file === "release.schema.json")?.minor.map((d) => d.rule)).toEqual([
      "OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL",
    ]);
  });

  it("counts an extended enum as breaking forward for readers pinned to the old consumer schema", async () => {
    snapshot();
    editSchema("release.schema.json", (s) => {
      s.$defs.Meeting.properties.status.enum.push("postponed");
    });
    const result = await checkBreaking({ root });
    expect(result.ok).toBe(false);
    const release = result.files.find((f) => f.file === "release.schema.json");
    expect(release?.backward).toEqual([]);
    expect(release?.forward.map((d) => [d.path, d.rule])).toEqual([["#/$defs/Meeting/properties/status/enum", "ENUM_ARRAY_EXTENDED"]]);
  });

  it("counts a removed schema file and a newly required property as breaking", async () => {
    snapshot();
    rmSync(schemaPath("parliament.schema.json"));
    editSchema("official.schema.json", (s) => {
      s.required.push("honorific");
    });
    const result = await checkBreaking({ root });
    expect(result.ok).toBe(false);
    expect(result.files.find((f) => f.file === "parliament.schema.json")?.status).toBe("removed");
    expect(result.files.find((f) => f.file === "official.schema.json")?.backward.map((d) => d.rule)).toEqual(["REQUIRED_ATTRIBUTE_ADDED"]);
  });

  it("only accepts well-formed changesets, naming the bad line", async () => {
    snapshot();
    writeFileSync(join(root, ".changeset", "bad.md"), "---\n@parlwire/schema major\n---\n");
    await expect(checkBreaking({ root })).rejects.toThrow(/bad\.md:2: expected/);
  });
});
