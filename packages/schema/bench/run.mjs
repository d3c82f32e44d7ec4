// npm run bench -w @parlwire/schema (after a build): ops per CPU-second of JSON.parse, zod, the precompiled
// validator, ajv compiled at run time, @exodus/schemasafe and TypeBox, on four documents, each as a
// ratio to JSON.parse of the same text; how cost grows with size; gzip size of each entry point; then the CLI
// bars (bench/cli.mjs). Printed, never asserted.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { benchDocuments } from "./documents.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "..");
const seconds = Number(process.env.BENCH_SECONDS ?? 1.5);
const subjects = ["JSON.parse", "zod safeParse", "precompiled", "ajv (runtime)", "schemasafe", "typebox"];
const validators = subjects.slice(1);

// Each validator is timed in its own process (bench/measure.mjs: a fresh JIT, no order effects),
// alternating with JSON.parse of the same text; its ratio (the median of its rounds' ratios) compares
// the two from the same process.
const measure = (docIndex, subject, env = {}) =>
  JSON.parse(execFileSync(process.execPath, [join(here, "measure.mjs"), String(docIndex), subject], { encoding: "utf8", env: { ...process.env, ...env } }));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const documents = benchDocuments();
const measureRow = (doc, i) => {
  const results = { "JSON.parse": 0 };
  const ratios = { "JSON.parse": 1 };
  const parses = [];
  for (const subject of validators) {
    const { opsPerSecond, jsonParseOpsPerSecond, medianRatio } = measure(i, subject);
    results[subject] = opsPerSecond;
    ratios[subject] = medianRatio;
    parses.push(jsonParseOpsPerSecond);
  }
  // Shown for scale only (the median of its per-process runs); every ratio comes from one process.
  results["JSON.parse"] = parses.sort((a, b) => a - b)[Math.floor(parses.length / 2)];
  return { doc: doc.name, bytes: Buffer.byteLength(doc.text), results, ratios };
};
const rows = [...documents.slice(0, 3).map(measureRow)];
const thousand = measureRow(documents[5], 5);
rows.push(thousand);

// The bar's figure on its own: at 1,000 participants one JSON.parse takes about a millisecond, so a
// single process's 8 rounds were at the mercy of one GC or one neighbour (3.76x in one run, 1.17-1.31x
// under load in others). Here: BENCH_BAR_PROCESSES fresh processes (default 7) of 24 interleaved
// rounds each, the median of all their round ratios, and the spread between the processes' medians.
const barProcesses = Number(process.env.BENCH_BAR_PROCESSES ?? 7);
const barRuns = Array.from({ length: barProcesses }, () => measure(5, "precompiled", { BENCH_ROUNDS: "24", BENCH_SECONDS: String(seconds * 2) }));
const barRatio = median(barRuns.flatMap((run) => run.ratios));
const perProcess = barRuns.map((run) => run.medianRatio).sort((a, b) => a - b);

const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(1));
const pad = (s, w) => String(s).padStart(w);
console.log(`@parlwire/schema bench — Node ${process.version}, 8 alternating rounds in ${seconds}s of CPU per measurement; validators run on the parsed value`);
console.log("ajv (runtime) = new Ajv2020({ strict: true }) + ajv-formats, compiled once before timing\n");
const names = subjects;
console.log(`${"document".padEnd(18)}${pad("bytes", 8)}  ${names.map((n) => pad(n, 24)).join("")}`);
for (const row of rows) {
  const cells = names.map((n) => pad(`${fmt(row.results[n])}/s ${row.ratios[n].toFixed(2)}x`, 24));
  console.log(`${row.doc.padEnd(18)}${pad(row.bytes, 8)}  ${cells.join("")}`);
}
console.log("(ratio = median over rounds of ops ÷ ops of JSON.parse of the same text per CPU-second, timed alternately in the same process;");
console.log(" above 1x the check costs less than parsing. /s = per CPU-second, best round; JSON.parse column: median of its per-process runs, for scale only.)");
console.log(
  `bar (issue 12): 1,000 participants, precompiled ${barRatio.toFixed(2)}x JSON.parse (median of ${barProcesses} processes x 24 rounds; ` +
    `process medians ${perProcess[0].toFixed(2)}-${perProcess[perProcess.length - 1].toFixed(2)}x; >= 2x means at least twice as cheap)\n`,
);

console.log("cost growth vs size, relative to the seed release (1.00 = cost grows like size; above 1 = faster than size):");
const seed = rows[0];
for (const row of rows.slice(1, 3)) {
  const sizeGrowth = row.bytes / seed.bytes;
  const cells = names.map((n) => {
    // A validator's cost = JSON.parse's cost ÷ its ratio (both from the same process, so load cancels out).
    const parseGrowth = seed.results["JSON.parse"] / row.results["JSON.parse"];
    const costGrowth = n === "JSON.parse" ? parseGrowth : parseGrowth * (seed.ratios[n] / row.ratios[n]);
    return `${n} ${(costGrowth / sizeGrowth).toFixed(2)}`;
  });
  console.log(`  ${row.doc.padEnd(18)} size x${sizeGrowth.toFixed(1)}: ${cells.join(", ")}`);
}

// Superlinear cost would show as an exponent above 1 when the same shape doubles twice.
console.log("\nscaling on one shape (100 → 200 → 400 participants): cost ∝ size^k, k per validator (1.00 = linear):");
const scaled = [measureRow(documents[3], 3), rows[2], measureRow(documents[4], 4)];
const exponent = (n) => {
  const cost = (row) => (n === "JSON.parse" ? 1 / row.results[n] : 1 / (row.results["JSON.parse"] * row.ratios[n]));
  const first = scaled[0];
  const last = scaled[2];
  return Math.log(cost(last) / cost(first)) / Math.log(last.bytes / first.bytes);
};
console.log(`  sizes ${scaled.map((r) => r.bytes).join(" → ")} bytes: ${names.map((n) => `${n} k=${exponent(n).toFixed(2)}`).join(", ")}`);

// Entry points from package.json, each with the chunks it imports (zod, a peer dependency, not counted).
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const entries = new Set();
for (const target of Object.values(manifest.exports)) {
  if (typeof target !== "object") continue;
  for (const condition of ["import", "require"]) if (target[condition]) entries.add(target[condition].default);
}
for (const bin of Object.values(manifest.bin)) entries.add(bin);
const withChunks = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(packageDir, file), "utf8");
  for (const match of code.matchAll(/(?:from\s*|import\s*|require\()\s*["'](\.\/[^"']+)["']/g)) withChunks(join(dirname(file), match[1]), seen);
  return seen;
};
console.log("\nentry points (with the chunks they import; zod not included):");
for (const entry of [...entries].sort()) {
  const files = [...withChunks(entry.replace(/^\.\//, ""))];
  const code = Buffer.concat(files.map((f) => readFileSync(join(packageDir, f))));
  console.log(`  ${entry.padEnd(26)} ${pad((code.length / 1024).toFixed(1), 7)} KB raw ${pad((gzipSync(code, { level: 9 }).length / 1024).toFixed(1), 6)} KB gzip  (${files.length} file${files.length > 1 ? "s" : ""})`);
}

// The CLI bars: 100k NDJSON, 10,000 files vs ajv-cli, cold start (each against a baseline of the same run).
execFileSync(process.execPath, [join(here, "cli.mjs")], { stdio: "inherit" });
