// One measurement in a fresh process (so no measurement inherits another's JIT state):
// node bench/measure.mjs <document index> <subject>  → prints ops/s as JSON.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchDocuments } from "./documents.mjs";

const [docIndex, subject] = process.argv.slice(2);
const seconds = Number(process.env.BENCH_SECONDS ?? 1.5);
const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const doc = benchDocuments()[Number(docIndex)];
const value = JSON.parse(doc.text);

async function subjectFunction() {
  switch (subject) {
    case "JSON.parse":
      return () => JSON.parse(doc.text);
    case "zod safeParse": {
      const { ReleaseSchema } = await import("../dist/index.js");
      return () => ReleaseSchema.safeParse(value);
    }
    case "precompiled": {
      const { validateRelease } = await import("../dist/precompiled.js");
      return () => validateRelease(value);
    }
    case "ajv (runtime)": {
      const { Ajv2020 } = await import("ajv/dist/2020.js");
      const addFormatsModule = await import("ajv-formats");
      const addFormats = addFormatsModule.default.default ?? addFormatsModule.default;
      const ajv = new Ajv2020({ strict: true });
      addFormats(ajv);
      const validate = ajv.compile(JSON.parse(readFileSync(join(packageDir, "schemas", "release.schema.json"), "utf8")));
      return () => validate(value);
    }
    case "schemasafe": {
      // @exodus/schemasafe compiles the shipped JSON Schema to a function at run time (shape only).
      const { validator } = await import("@exodus/schemasafe");
      const validate = validator(JSON.parse(readFileSync(join(packageDir, "schemas", "release.schema.json"), "utf8")), { mode: "default" });
      return () => validate(value);
    }
    default:
      throw new Error(`unknown subject ${subject}`);
  }
}

const fn = await subjectFunction();
const ok = subject === "JSON.parse" ? true : ((r) => r === true || r?.ok === true || r?.success === true)(fn());
if (!ok) throw new Error(`"${doc.name}" is not valid for ${subject}: the measurement would time an early exit`);

// Rounds of seconds/16 each, alternating JSON.parse of the same text and the subject, so that both
// see the same machine load; the best round of each counts (the least disturbed by other processes).
// Two copies of the loop, so that neither call site sees the other's function (no shared JIT feedback).
const rounds = 8;
const budget = BigInt(Math.round((seconds / (2 * rounds)) * 1e9));
const timeParse = () => {
  let n = 0;
  let batch = 1;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < batch; i++) JSON.parse(doc.text);
    n += batch;
    batch = Math.min(batch * 2, 256);
    elapsed = process.hrtime.bigint() - start;
  }
  return n / (Number(elapsed) / 1e9);
};
const timeSubject = () => {
  let n = 0;
  let batch = 1;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < batch; i++) fn();
    n += batch;
    batch = Math.min(batch * 2, 256);
    elapsed = process.hrtime.bigint() - start;
  }
  return n / (Number(elapsed) / 1e9);
};
timeParse();
timeSubject();
let parse = 0;
let best = 0;
for (let i = 0; i < rounds; i++) {
  parse = Math.max(parse, timeParse());
  best = Math.max(best, timeSubject());
}
process.stdout.write(JSON.stringify({ opsPerSecond: best, jsonParseOpsPerSecond: parse }));
