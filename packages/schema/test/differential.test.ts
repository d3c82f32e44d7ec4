import { execFile } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { spawn as sourcemeta } from "@sourcemeta/jsonschema";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { ReleaseShapeSchema, validateRelease } from "../src/index.js";
import { compileShippedSchema } from "./support/ajv.js";
import { mutantRelease, unicodeMutantRelease, validRelease } from "./support/arbitraries.js";
import { packageRoot, seedRelease } from "./support/files.js";

// The shipped JSON Schema must mean the same in every language. One set of generated documents is
// written to a temporary NDJSON file and judged by zod (the source of truth), ajv (JavaScript),
// Python's jsonschema (Debian's /usr/bin/python3) and the C++ validator npm ships as
// @sourcemeta/jsonschema; every disagreement fails. Zod's shape schema is compared (JSON Schema
// cannot express the documented semantic rules, which may only reject more).
const differentialRuns = { valid: 2_000, mutants: 8_000, unicode: 2_000 };
const seed = Number(process.env.DIFFERENTIAL_SEED ?? Date.now() % 2 ** 31);
const schemaFile = join(packageRoot, "schemas", "release.schema.json");
const python = "/usr/bin/python3";

type Family = "valid" | "mutant" | "unicode";
const started = performance.now();
const documents: { family: Family; line: string }[] = [
  ...fc.sample(validRelease, { numRuns: differentialRuns.valid, seed }).map((doc) => ({ family: "valid" as const, doc })),
  ...fc.sample(mutantRelease, { numRuns: differentialRuns.mutants, seed: seed + 1 }).map(({ doc }) => ({ family: "mutant" as const, doc })),
  ...fc.sample(unicodeMutantRelease, { numRuns: differentialRuns.unicode, seed: seed + 2 }).map(({ doc }) => ({ family: "unicode" as const, doc })),
].map(({ family, doc }) => ({ family, line: JSON.stringify(doc) }));
const generatedIn = performance.now() - started;

// Two kinds of documents stop the C++ validator's whole run instead of getting a verdict, so the
// other three judge them alone (a test below checks both refusals still hold):
// - a lone surrogate, which JSON.stringify writes as a \udXXX escape (RFC 8259 leaves it undefined);
// - a number beyond 64-bit integers (1e308 as a count: "does not fit in a 64-bit integer").
const loneSurrogate = /\\ud[89a-f][0-9a-f]{2}/;
const hugeNumber = /[:,[]-?(?:[0-9]{19,}|[0-9.]+e\+?[0-9]+)[,}\]]/;
const cppRefuses = (line: string) => loneSurrogate.test(line) || hugeNumber.test(line);

const folder = mkdtempSync(join(tmpdir(), "parlwire-differential-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }), 60_000);

async function byPython(file: string): Promise<boolean[]> {
  const { stdout } = await promisify(execFile)(python, [join(packageRoot, "scripts", "judge-ndjson.py"), schemaFile, file], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...stdout.trim()].map((c) => c === "1");
}

// The C++ CLI's JSONL mode prints its verdicts in a thread-dependent order with no entry number
// (its text mode names entries but prints every failing document in full, 50 times slower), so it
// gets the same lines as one file per document in a folder. It names each file on stderr and prints
// the file's verdict on stdout; both go to one file descriptor so each name stays next to its verdict.
async function byCpp(lines: { i: number; line: string }[]): Promise<Map<number, boolean>> {
  const dir = join(folder, "cpp");
  mkdirSync(dir);
  for (const { i, line } of lines) writeFileSync(join(dir, `${i}.json`), line);
  const outputFile = join(folder, "cpp-output.txt");
  const fd = openSync(outputFile, "w");
  try {
    await sourcemeta(["validate", schemaFile, dir, "--continue", "--fast", "--json"], { stdio: ["ignore", fd, fd] });
  } finally {
    closeSync(fd);
  }
  const output = readFileSync(outputFile, "utf8");
  const verdicts = new Map([...output.matchAll(/([0-9]+)\.json\n\{\s*"valid": (true|false)\s*\}/g)].map((m) => [Number(m[1]), m[2] === "true"]));
  if (verdicts.size !== lines.length) throw new Error(`C++ validator: ${verdicts.size} verdicts for ${lines.length} documents\n${output.slice(-1000)}`);
  return verdicts;
}

describe("the shipped JSON Schema gives zod's verdict in JavaScript, Python and C++", () => {
  it(`on ${documents.length} documents: ${differentialRuns.valid} valid, ${differentialRuns.mutants} mutants, ${differentialRuns.unicode} Unicode mutants (seed ${seed})`, async () => {
    const all = join(folder, "documents.jsonl");
    const forCpp = documents.map((d, i) => ({ ...d, i })).filter((d) => !cppRefuses(d.line));
    writeFileSync(all, `${documents.map((d) => d.line).join("\n")}\n`);
    const time = async <T>(p: Promise<T>): Promise<[T, number]> => { const t = performance.now(); const v = await p; return [v, performance.now() - t]; };
    // Python and C++ run in their own processes while zod and ajv judge here.
    const others = Promise.all([time(byPython(all)), time(byCpp(forCpp))]);
    const inProcess = performance.now();
    const ajv = compileShippedSchema("release.schema.json");
    const local = documents.map(({ line }) => {
      const doc = JSON.parse(line) as unknown;
      const zod = ReleaseShapeSchema.safeParse(doc).success;
      const byAjv = ajv(doc);
      return { doc, zod, ajv: byAjv, ajvError: ajv.errors?.[0], full: validateRelease(doc) };
    });
    const inProcessMs = performance.now() - inProcess;
    const [[pythonVerdicts, pythonMs], [cppVerdicts, cppMs]] = await others;
    expect(pythonVerdicts).toHaveLength(documents.length);

    const disagreements: unknown[] = [];
    const counts = { valid: 0, invalid: 0, unicodeValid: 0, unicodeInvalid: 0, withoutCpp: documents.length - forCpp.length };
    documents.forEach(({ family, line }, i) => {
      const { zod, ajv, ajvError, full } = local[i] as (typeof local)[number];
      const verdicts = { zod, ajv, python: pythonVerdicts[i], cpp: cppVerdicts.get(i) ?? "not judged" };
      const differs = [verdicts.ajv, verdicts.python, verdicts.cpp].some((v) => v !== verdicts.zod && v !== "not judged");
      // Valid documents pass the full validator too; the semantic rules only ever reject more.
      if (differs || (family === "valid" && !full.ok) || (full.ok && !verdicts.zod)) {
        disagreements.push({ line: i + 1, family, verdicts, fullValidator: full.ok || full.issues[0], ajvError, document: line.slice(0, 2000) });
      }
      counts[verdicts.zod ? "valid" : "invalid"]++;
      if (family === "unicode") counts[verdicts.zod ? "unicodeValid" : "unicodeInvalid"]++;
    });
    expect(disagreements.slice(0, 3), `${disagreements.length} disagreements (seed ${seed}; rerun with DIFFERENTIAL_SEED=${seed})`).toEqual([]);
    // The documents must exercise both verdicts in each family, or the test proves little.
    expect(counts.invalid).toBeGreaterThan((differentialRuns.mutants + differentialRuns.unicode) / 2);
    expect(counts.valid).toBeGreaterThan(differentialRuns.valid + 100);
    expect(counts.unicodeValid).toBeGreaterThan(50);
    expect(counts.unicodeInvalid).toBeGreaterThan(differentialRuns.unicode / 4);
    const ms = (n: number) => `${(n / 1000).toFixed(1)} s`;
    console.log(
      `differential: ${documents.length} documents, 0 disagreements (zod, ajv, Python jsonschema, C++ sourcemeta; ${counts.withoutCpp} with a lone surrogate or a 1e308 judged without C++)`,
      counts,
      `generate ${ms(generatedIn)}, python ${ms(pythonMs)}, c++ ${ms(cppMs)}, zod+ajv ${ms(inProcessMs)}`,
    );
  }, 300_000);

  it.each([
    ["a lone surrogate", { title: "\ud800" }, "Failed to parse"],
    ["a number beyond 64-bit integers", { ...seedRelease(), version: 1e308 }, "does not fit in a 64-bit integer"],
  ])("the C++ validator still stops on %s (why such documents skip it)", async (_name, doc, message) => {
    const file = join(folder, "refused.jsonl");
    writeFileSync(file, `${JSON.stringify(seedRelease())}\n${JSON.stringify(doc)}\n`);
    expect(cppRefuses(JSON.stringify(doc))).toBe(true);
    const { code, stdout, stderr } = await sourcemeta(["validate", schemaFile, file, "--continue", "--fast", "--json"]);
    expect({ failed: code !== 0 && code !== 2, message: `${stdout}${stderr}`.includes(message) }).toEqual({ failed: true, message: true });
  });
});
