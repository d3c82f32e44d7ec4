import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateRelease as validateWithZod } from "../../src/index.js";
import { generateCommand, precompiledValidatorSource } from "../../src/precompiled/build-validator.js";
import { validateRelease } from "../../src/precompiled/index.js";
import { patternPhrases } from "../../src/model/text.js";
import type { ValidationIssue } from "../../src/validate/validation-issue.js";
import { mutantRelease, validRelease } from "../support/arbitraries.js";
import { invalidExamples, packageRoot, readJson, seedRelease } from "../support/files.js";

const generatedPath = join(packageRoot, "src", "precompiled", "generated", "release-validator.js");
const verdict = (result: { ok: boolean }) => (result.ok ? "valid" : "invalid");

describe("precompiled validator: generated file", () => {
  it("matches the shipped schema (drift check)", () => {
    const schema = readJson(join(packageRoot, "schemas", "release.schema.json")) as Record<string, unknown>;
    const committed = readFileSync(generatedPath, "utf8");
    expect(committed === precompiledValidatorSource(schema, patternPhrases), `src/precompiled/generated/release-validator.js is stale: run ${generateCommand}`).toBe(true);
    expect(committed.startsWith("// Generated from schemas/release.schema.json")).toBe(true);
    expect(committed).toContain("do not edit");
  });

  it("refuses a string checked by both format and pattern (the check would run twice)", () => {
    const schema = { type: "object", properties: { day: { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } } };
    expect(() => precompiledValidatorSource(schema)).toThrow("#/properties/day has both format and pattern");
  });

  it("bundles without a runtime compiler: no eval, no new Function, no ajv", async () => {
    // The same bundler tsup uses; zod (a peer dependency) stays external like in the package build.
    const result = await build({
      entryPoints: [join(packageRoot, "src", "precompiled", "index.ts")],
      bundle: true,
      write: false,
      format: "esm",
      platform: "neutral",
      external: ["zod"],
      metafile: true,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.text ?? "";
    expect(code.length).toBeGreaterThan(10_000);
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\b|\bFunction\s*\(/);
    expect(code).not.toMatch(/ajv\/dist|require\(/);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.includes("node_modules/ajv"))).toBe(false);
  });
});

// turbo runs `build` before `test`; run alone without a build, this one is reported as skipped.
const built = ["precompiled.js", "precompiled.cjs"].map((file) => join(packageRoot, "dist", file));
describe.skipIf(!built.every((file) => existsSync(file)))("precompiled validator: the built files", () => {
  // The entry and the chunks it imports (the CLI shares the validator with it, so tsup splits it out).
  const withChunks = (file: string): string => {
    const code = readFileSync(file, "utf8");
    const chunks = [...code.matchAll(/(?:from\s*|require\()\s*["'](\.\/chunk-[^"']+)["']/g)].map((m) => join(dirname(file), m[1] as string));
    return [code, ...chunks.map(withChunks)].join("\n");
  };
  it.each(built)("%s has no eval, new Function or ajv runtime", (file) => {
    const code = withChunks(file);
    expect(code).toContain("function validate20(");
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\b|\bFunction\s*\(/);
    expect(code).not.toMatch(/ajv\/dist/);
  });
});

describe("precompiled validator: same verdict as the zod validator", () => {
  it("accepts the seed release", () => {
    expect(validateRelease(seedRelease())).toEqual({ ok: true, value: seedRelease() });
  });

  it.each(invalidExamples("shape"))("rejects the shape example %s like zod does", (_name, path) => {
    const doc = readJson(path);
    const byZod = validateWithZod(doc);
    const result = validateRelease(doc);
    expect(verdict(result)).toBe("invalid");
    expect(verdict(byZod)).toBe("invalid");
    if (result.ok || byZod.ok) return;
    // ajv stops at the first problem; zod lists all of them. The first must be one of zod's, word for word.
    expect(byZod.issues).toContainEqual(result.issues[0]);
  });

  it.each(invalidExamples("semantic"))("reports the semantic example %s exactly as zod does", (_name, path) => {
    const doc = readJson(path);
    expect(validateRelease(doc)).toEqual(validateWithZod(doc));
  });

  it("agrees on 1,000 generated releases, one in six valid, the others mutants", () => {
    const counts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.oneof({ weight: 1, arbitrary: validRelease.map((doc) => ({ doc })) }, { weight: 5, arbitrary: mutantRelease }), ({ doc }) => {
        const byZod = validateWithZod(doc);
        const result = validateRelease(doc);
        expect(verdict(result)).toBe(verdict(byZod));
        counts[verdict(result)]++;
        if (!result.ok && !byZod.ok) {
          for (const issue of result.issues) expect(issue.message).toMatch(/^expected /);
          // The same issue as zod's, word for word; the one known exception: a union where zod reports
          // the one branch that nearly matched, and the precompiled validator the union as a whole.
          const first = result.issues[0] as ValidationIssue;
          if (!byZod.issues.some((issue) => JSON.stringify(issue) === JSON.stringify(first))) {
            expect(first.code).toBe("invalid_union");
            expect(byZod.issues.some((issue) => issue.pointer.startsWith(`${first.pointer}/`))).toBe(true);
          }
        }
      }),
      { numRuns: 1_000 },
    );
    expect(counts.valid).toBeGreaterThan(100);
    expect(counts.invalid).toBeGreaterThan(500);
  });
});

describe("precompiled validator: issues and hostile input", () => {
  const release = () => seedRelease() as unknown as Record<string, unknown>;

  it("counts maxLength in code points, as the schema says", () => {
    const astral = "😀";
    expect(validateRelease({ ...release(), title: astral.repeat(1000) }).ok).toBe(true);
    const tooLong = validateRelease({ ...release(), title: astral.repeat(1001) });
    expect(tooLong).toEqual({
      ok: false,
      issues: [{ path: "title", pointer: "/title", code: "too_big", message: "expected at most 1000 characters, found 1001" }],
    });
    expect(validateWithZod({ ...release(), title: astral.repeat(1001) }).ok).toBe(false);
    expect(validateRelease({ ...release(), title: "x".repeat(5_000_000) }).ok).toBe(false);
  });

  it("rejects lone surrogates exactly as the zod entry does, and keeps well-formed pairs", () => {
    const doc = release();
    doc.title = "Talks \ud83d\ude00 fine";
    expect(validateRelease(doc).ok).toBe(true);
    (doc.body as string[])[1] = "broken \udc00 here";
    (doc.officials as { name: string }[])[0]!.name = "X\ud800";
    const expected = {
      ok: false,
      issues: [
        { path: "body[1]", pointer: "/body/1", code: "invalid_format", message: "expected well-formed Unicode text, found a lone surrogate \\udc00 at character 7" },
        { path: "officials[0].name", pointer: "/officials/0/name", code: "invalid_format", message: "expected well-formed Unicode text, found a lone surrogate \\ud800 at character 1" },
      ],
    };
    expect(validateRelease(doc)).toEqual(expected);
    expect(validateWithZod(doc)).toEqual(expected);
  });

  it("reports paths and codes in the documented format", () => {
    const doc = release();
    (doc.meetings as Record<string, unknown>[])[0]!.status = "postponed";
    expect(validateRelease(doc)).toEqual({
      ok: false,
      issues: [
        {
          path: "meetings[0].status",
          pointer: "/meetings/0/status",
          code: "invalid_value",
          message: 'expected one of "held", "announced", "cancelled", found "postponed"',
        },
      ],
    });
    const { sources: _dropped, ...noSources } = release();
    expect(validateRelease(noSources)).toMatchObject({ ok: false, issues: [{ path: "sources", code: "missing_key" }] });
  });

  it("rejects __proto__ and constructor keys without polluting anything", () => {
    const doc = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(release()).slice(1)}`) as unknown;
    expect(validateRelease(doc)).toMatchObject({ ok: false, issues: [{ pointer: "/__proto__", code: "unknown_key" }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(validateRelease({ ...release(), constructor: 1 })).toMatchObject({ ok: false, issues: [{ code: "unknown_key" }] });
  });

  it("rejects non-objects and deep nesting with an issue, not a crash", () => {
    for (const value of [null, 42, "release", [], undefined]) {
      expect(validateRelease(value)).toMatchObject({ ok: false, issues: [{ path: "", code: "invalid_type" }] });
    }
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(validateRelease({ ...release(), published: deep }).ok).toBe(false);
  });
});
