import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot, repoRoot, seedExamplePath } from "./support/files.js";

// The tarball `npm publish` would upload, installed into a fresh project the way a user installs it
// (offline: zod comes from this repository's node_modules), then used from ESM, CommonJS, TypeScript
// with node16 and with bundler resolution, and through its bin. Needs a built dist/ (turbo's test
// task depends on build).
const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const node = (args: string[], cwd: string) => {
  try {
    return execFileSync(process.execPath, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`node ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`, { cause: error });
  }
};
const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
// A consumer has @types/node of its own; this one borrows the repository's.
const nodeTypes = { typeRoots: [join(repoRoot, "node_modules", "@types")], types: ["node"] };

let project: string;
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "parlwire-consumer-"));
  npm(["pack", "--pack-destination", project, "--silent"], packageRoot);
  const tarball = readdirSync(project).find((f) => f.endsWith(".tgz")) as string;
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  npm(["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", `./${tarball}`, `file:${join(repoRoot, "node_modules", "zod")}`], project);
  writeFileSync(join(project, "release.json"), JSON.stringify(JSON.parse(execFileSync("cat", [seedExamplePath], { encoding: "utf8" }))));
}, 180_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

const useBothEntries = (load: string) => `${load}
const release = JSON.parse(readFileSync("release.json", "utf8"));
const bad = { ...release, language: "English" };
const results = [schema.validateRelease(release).ok, precompiled.validateRelease(release).ok, schema.validateRelease(bad).ok, precompiled.validateRelease(bad).ok];
console.log(JSON.stringify({ results, schemaFile: typeof schemaJson.$id }));`;

describe("the packed tarball, installed in a fresh project", () => {
  it("runs from ESM", () => {
    writeFileSync(
      join(project, "esm.mjs"),
      useBothEntries(`import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as schema from "@parlwire/schema";
import * as precompiled from "@parlwire/schema/precompiled";
const schemaJson = createRequire(import.meta.url)("@parlwire/schema/schemas/release.schema.json");`),
    );
    expect(JSON.parse(node(["esm.mjs"], project))).toEqual({ results: [true, true, false, false], schemaFile: "string" });
  });

  it("runs from CommonJS", () => {
    writeFileSync(
      join(project, "cjs.cjs"),
      useBothEntries(`const { readFileSync } = require("node:fs");
const schema = require("@parlwire/schema");
const precompiled = require("@parlwire/schema/precompiled");
const schemaJson = require("@parlwire/schema/schemas/release.schema.json");`),
    );
    expect(JSON.parse(node(["cjs.cjs"], project))).toEqual({ results: [true, true, false, false], schemaFile: "string" });
  });

  const typescriptSource = `import { readFileSync } from "node:fs";
import { validateRelease, type Meeting, type Release } from "@parlwire/schema";
import * as precompiled from "@parlwire/schema/precompiled";
const release: Release = JSON.parse(readFileSync("release.json", "utf8"));
const checked = validateRelease(release);
const fast = precompiled.validateRelease(release);
const firstMeeting: Meeting | undefined = checked.ok ? checked.value.meetings[0] : undefined;
const sameType: Release | undefined = fast.ok ? fast.value : undefined;
// @ts-expect-error a release has no such field
const wrong = release.nonexistent;
console.log(JSON.stringify({ ok: [checked.ok, fast.ok], date: firstMeeting?.date, id: sameType?.id === release.id, wrong }));
`;

  it("type-checks and runs with TypeScript node16 resolution", () => {
    const dir = join(project, "ts-node16");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.ts"), typescriptSource);
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "node16", moduleResolution: "node16", target: "es2022", strict: true, outDir: "out", ...nodeTypes }, files: ["index.ts"] }),
    );
    node([tsc, "-p", "ts-node16"], project);
    expect(JSON.parse(node([join("ts-node16", "out", "index.js")], project))).toMatchObject({ ok: [true, true], id: true });
  }, 240_000);

  it("type-checks with TypeScript bundler resolution and runs once bundled", async () => {
    const dir = join(project, "ts-bundler");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.ts"), typescriptSource);
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "esnext", moduleResolution: "bundler", target: "es2022", strict: true, noEmit: true, skipLibCheck: true, ...nodeTypes }, files: ["index.ts"] }),
    );
    node([tsc, "-p", "ts-bundler"], project);
    await build({ entryPoints: [join(dir, "index.ts")], bundle: true, platform: "node", format: "esm", outfile: join(dir, "out.mjs"), logLevel: "silent" });
    expect(JSON.parse(node([join("ts-bundler", "out.mjs")], project))).toMatchObject({ ok: [true, true], id: true });
  }, 240_000);

  it("links and runs its bins", () => {
    const bin = (name: string) => join(project, "node_modules", ".bin", name);
    expect(execFileSync(bin("parlwire-validate"), ["release.json"], { cwd: project, encoding: "utf8" })).toContain("release.json");
    expect(execFileSync(bin("parlwire-schema"), ["--version"], { cwd: project, encoding: "utf8" }).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("carries no history snapshots, source maps or dev-only sources", () => {
    const listing = JSON.parse(npm(["pack", "--dry-run", "--json", "--silent"], packageRoot)) as { files: { path: string }[] }[];
    const paths = listing[0]?.files.map((f) => f.path) ?? [];
    expect(paths).toContain("LICENSE");
    expect(paths).toContain("bin/parlwire-validate.js");
    expect(paths.filter((p) => /schema-history|schemas\/history|\.map$|\.cjs$(?<!(index|precompiled)\.cjs)|generated-files|build-validator/.test(p))).toEqual([]);
  });
});
