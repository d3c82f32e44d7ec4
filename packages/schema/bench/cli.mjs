// The CLI bars of issue 12, each printed as a ratio against a baseline measured in the same run:
//   100k NDJSON records (records/s and peak RSS) vs the zod-only loop the CLI used before;
//   10,000 single files vs ajv-cli on the same files; cold start of `parlwire-validate FILE` vs `node -e 0`.
// node bench/cli.mjs (after a build). Sizes: BENCH_NDJSON_RECORDS (100000), BENCH_FILES (10000), BENCH_COLD_ROUNDS (21).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "..");
// What users run: the bin shim, which imports dist/cli.js.
const cli = join(packageDir, "bin", "parlwire-validate.js");
const seedPath = join(packageDir, "..", "..", "examples", "milli-majlis-2021-04-15-gafarova-ashimbayev.release.json");
const ajvCli = join(dirname(createRequire(import.meta.url).resolve("ajv-cli/package.json")), "dist", "index.js");
const records = Number(process.env.BENCH_NDJSON_RECORDS ?? 100_000);
const fileCount = Number(process.env.BENCH_FILES ?? 10_000);
// BENCH_CLI_ONLY=ndjson|files|cold runs one of the three.
const only = process.env.BENCH_CLI_ONLY;
const work = mkdtempSync(join(tmpdir(), "parlwire-bench-cli-"));
const seed = JSON.parse(readFileSync(seedPath, "utf8"));

// Distinct valid releases (ids and titles vary), so nothing is cached by identity.
const releaseLine = (i) => JSON.stringify({ ...seed, id: `release:bench-${i}`, title: `${seed.title} (${i})` });

/** Runs a command, returns wall seconds, peak RSS in MiB (from the preloaded probe, when node) and stdout. */
function timed(args, { probe = true } = {}) {
  const argv = probe ? ["--import", join(here, "report-max-rss.mjs"), ...args] : args;
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /bench:maxRSS (\d+)/.exec(result.stderr)?.[1];
  const cpu = /bench:cpuMicros (\d+)/.exec(result.stderr)?.[1];
  return { seconds, rssMiB: rss ? Number(rss) / 1024 : NaN, cpuMs: cpu ? Number(cpu) / 1000 : NaN, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

try {
  console.log(`\nparlwire-validate CLI bars (issue 12) — medians of alternating runs (3; cold start BENCH_COLD_ROUNDS); baselines from the same run`);

  if (!only || only === "ndjson") {
    // 1. NDJSON throughput and memory.
    const ndjson = join(work, "batch.ndjson");
    const fd = openSync(ndjson, "w");
    for (let i = 0; i < records; i++) writeSync(fd, `${releaseLine(i)}\n`);
    closeSync(fd);
    const runs = { cli: [], zod: [] };
    for (let round = 0; round < 3; round++) {
      const zod = timed([join(here, "zod-only-validate.mjs"), ndjson]);
      if (!zod.stdout.startsWith(`${records} 0`)) throw new Error(`baseline: unexpected output ${zod.stdout} ${zod.stderr}`);
      runs.zod.push(zod);
      const now = timed([cli, "--quiet", ndjson]);
      if (now.status !== 0 || !now.stdout.includes(`${records} releases checked`)) throw new Error(`parlwire-validate failed: ${now.stdout.slice(-300)} ${now.stderr}`);
      runs.cli.push(now);
    }
    const rate = (list) => records / median(list.map((r) => r.seconds));
    const rss = (list) => Math.max(...list.map((r) => r.rssMiB));
    console.log(`  ${fmt(records)} NDJSON records (${fmt(records * (releaseLine(0).length + 1) / 2 ** 20)} MiB):`);
    console.log(`    parlwire-validate     ${fmt(rate(runs.cli))} records/s, peak RSS ${fmt(rss(runs.cli))} MiB`);
    console.log(`    zod-only loop (before) ${fmt(rate(runs.zod))} records/s, peak RSS ${fmt(rss(runs.zod))} MiB`);
    console.log(`    ratio ${(rate(runs.cli) / rate(runs.zod)).toFixed(2)}x records/s (bar: >= 2x), peak RSS ${fmt(rss(runs.cli))} MiB (bar: <= 80 MiB)`);
    rmSync(ndjson);
  }

  if (!only || only === "files") {
    // 2. Many single files.
    const files = join(work, "files");
    mkdirSync(files);
    for (let i = 0; i < fileCount; i++) writeFileSync(join(files, `r${String(i).padStart(5, "0")}.json`), releaseLine(i));
    const schema = join(packageDir, "schemas", "release.schema.json");
    const many = { cli: [], ajv: [] };
    for (let round = 0; round < 3; round++) {
      const ajv = timed([ajvCli, "validate", "--spec=draft2020", "-s", schema, "-d", `${files}/*.json`], { probe: false });
      if (ajv.status !== 0) throw new Error(`ajv-cli failed: ${ajv.stderr.slice(0, 300)}`);
      many.ajv.push(ajv);
      const now = timed([cli, "--quiet", files], { probe: false });
      if (now.status !== 0 || !now.stdout.includes(`${fileCount} releases checked in ${fileCount} files`)) throw new Error(`parlwire-validate failed: ${now.stdout.slice(-300)}`);
      many.cli.push(now);
    }
    const cliSeconds = median(many.cli.map((r) => r.seconds));
    const ajvSeconds = median(many.ajv.map((r) => r.seconds));
    console.log(`  ${fmt(fileCount)} single files: parlwire-validate ${cliSeconds.toFixed(2)} s, ajv-cli ${ajvSeconds.toFixed(2)} s`);
    console.log(`    ratio ${(ajvSeconds / cliSeconds).toFixed(2)}x as fast as ajv-cli (bar: >= 1x; ajv-cli checks the shape only, parlwire-validate also the semantic rules)`);
  }

  if (!only || only === "cold") {
    // 3. Cold start on one valid file, interleaved with `node -e 0` and with importing the precompiled
    // entry alone (what the valid-file path cannot avoid: the generated validator is most of dist/cli.js).
    const one = join(work, "one.json");
    writeFileSync(one, readFileSync(seedPath));
    const entry = new URL("../dist/precompiled.js", import.meta.url).href;
    // Wall time suffers from other processes; CPU time (user + system, from the probe) much less.
    const coldRounds = Number(process.env.BENCH_COLD_ROUNDS ?? 21);
    const cold = { cli: [], node: [], entry: [], cliCpu: [], nodeCpu: [], entryCpu: [] };
    for (let round = 0; round < coldRounds; round++) {
      const base = timed(["-e", "0"]);
      cold.node.push(base.seconds * 1000);
      cold.nodeCpu.push(base.cpuMs);
      const loaded = timed(["--input-type=module", "-e", `await import(${JSON.stringify(entry)})`]);
      cold.entry.push(loaded.seconds * 1000);
      cold.entryCpu.push(loaded.cpuMs);
      const now = timed([cli, one]);
      if (now.status !== 0) throw new Error("parlwire-validate failed on the seed");
      cold.cli.push(now.seconds * 1000);
      cold.cliCpu.push(now.cpuMs);
    }
    const [cliMs, nodeMs, entryMs, cliCpu, nodeCpu, entryCpu] = [cold.cli, cold.node, cold.entry, cold.cliCpu, cold.nodeCpu, cold.entryCpu].map(median);
    console.log(`  cold start, one valid file (medians of ${coldRounds} interleaved runs): parlwire-validate ${cliMs.toFixed(0)} ms wall / ${cliCpu.toFixed(0)} ms CPU, node -e 0 ${nodeMs.toFixed(0)} ms wall / ${nodeCpu.toFixed(0)} ms CPU`);
    console.log(`    difference ${(cliMs - nodeMs).toFixed(0)} ms wall, ${(cliCpu - nodeCpu).toFixed(0)} ms CPU; ratio ${(cliMs / nodeMs).toFixed(2)}x (bar: within 60 ms of node -e 0)`);
    console.log(`    of which importing the precompiled entry alone: ${(entryMs - nodeMs).toFixed(0)} ms wall, ${(entryCpu - nodeCpu).toFixed(0)} ms CPU`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
