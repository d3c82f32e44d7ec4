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
    case "typebox": {
      // TypeBox 1.x compiles the shipped JSON Schema (formats included) to a checker at run time (shape only).
      const { default: Schema } = await import("typebox/schema");
      const validator = Schema.Compile(JSON.parse(readFileSync(join(packageDir, "schemas", "release.schema.json"), "utf8")));
      return () => validator.Check(value);
    }
    default:
      throw new Error(`unknown subject ${subject}`);
  }
}

const fn = await subjectFunction();
const ok = subject === "JSON.parse" ? true : ((r) => r === true || r?.ok === true || r?.success === true)(fn());
if (!ok) throw new Error(`"${doc.name}" is not valid for ${subject}: the measurement would time an early exit`);

// Rounds alternating JSON.parse of the same text and the subject, so that both see the same machine
// load. Each round pair gives a ratio; the median ratio is the figure (a round disturbed by another
// process moves one pair, not the result), with the best round of each for scale.
// Two copies of the loop, so that neither call site sees the other's function (no shared JIT feedback).
const rounds = Number(process.env.BENCH_ROUNDS ?? 8);
const budget = (seconds / (2 * rounds)) * 1e6;
// CPU time of this process (user + system, µs), not wall time: on a shared machine a preempted round
// would otherwise count another process's work (round ratios ranged 0.7-5.1x at 1,000 participants).
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
const timeParse = () => {
  let n = 0;
  let batch = 1;
  const start = cpu();
  let elapsed = 0;
  while (elapsed < budget) {
    for (let i = 0; i < batch; i++) JSON.parse(doc.text);
    n += batch;
    batch = Math.min(batch * 2, 256);
    elapsed = cpu() - start;
  }
  return n / (elapsed / 1e6);
};
const timeSubject = () => {
  let n = 0;
  let batch = 1;
  const start = cpu();
  let elapsed = 0;
  while (elapsed < budget) {
    for (let i = 0; i < batch; i++) fn();
    n += batch;
    batch = Math.min(batch * 2, 256);
    elapsed = cpu() - start;
  }
  return n / (elapsed / 1e6);
};
// Warm-up: a few rounds of each, so the timed rounds run optimised code (the first rounds' ratios were 0.04-0.6x).
for (let i = 0; i < 3; i++) {
  timeParse();
  timeSubject();
}
let parse = 0;
let best = 0;
const ratios = [];
for (let i = 0; i < rounds; i++) {
  const p = timeParse();
  const b = timeSubject();
  parse = Math.max(parse, p);
  best = Math.max(best, b);
  ratios.push(b / p);
}
ratios.sort((a, b) => a - b);
const medianRatio = ratios[Math.floor(ratios.length / 2)];
process.stdout.write(JSON.stringify({ opsPerSecond: best, jsonParseOpsPerSecond: parse, medianRatio, ratios }));
