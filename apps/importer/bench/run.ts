import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Readability } from "@mozilla/readability";
import { validateRelease } from "@parlwire/schema/precompiled";
import { parseHTML } from "linkedom";
import { htmlToCapture } from "../src/html/html-to-capture.js";
import { importRelease } from "../src/import-release.js";
import { builtCli } from "../test/cli/built-cli.js";
import { pageFromCapture } from "./html-page.js";

// Prints throughput and memory figures; asserts nothing. Numbers vary with machine load, so the
// HTML comparison is a ratio against Readability measured in the same run.

const here = dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(join(here, "..", "..", "..", "examples", "milli-majlis-2021-04-15-gafarova-ashimbayev.txt"), "utf8");
const batchSize = Number(process.env.BENCH_RECORDS ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 6);

/** Seed-sized captures that differ in title and date, so every one gets its own id. */
function capture(i: number): string {
  const day = String((i % 28) + 1).padStart(2, "0");
  return seed.replace(/^Chair of Milli Majlis/, `Release ${i}: Chair of Milli Majlis`).replace("15 April 2021", `${day} April 2021`);
}

interface Rate {
  perSecond: number;
  perCpuSecond: number;
  mbPerSecond: number;
  count: number;
}

/** Runs `work` over `inputs` round-robin for `budget` seconds after a warm-up; wall and CPU rates. */
function measure<T>(inputs: T[], size: (input: T) => number, work: (input: T) => unknown, budget = seconds): Rate {
  const warmUntil = performance.now() + 1000;
  for (let i = 0; performance.now() < warmUntil; i++) work(inputs[i % inputs.length]!);
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  let count = 0;
  let bytes = 0;
  const until = start + budget * 1000;
  while (performance.now() < until) {
    const input = inputs[count % inputs.length]!;
    work(input);
    bytes += size(input);
    count++;
  }
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { perSecond: count / wall, perCpuSecond: count / cpuSeconds, mbPerSecond: bytes / wall / 1e6, count };
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const line = (label: string, rate: Rate) =>
  console.log(`  ${label.padEnd(44)} ${fmt(rate.perSecond).padStart(8)} releases/s  ${fmt(rate.mbPerSecond, 2).padStart(7)} MB/s  (${fmt(rate.perCpuSecond)} per CPU-second, n=${fmt(rate.count)})`);

function textBench(): void {
  const inputs = Array.from({ length: 500 }, (_, i) => capture(i));
  const bytes = (t: string) => Buffer.byteLength(t);
  console.log(`Text captures (seed-sized, ${fmt(bytes(inputs[0]!))} bytes each), one core:`);
  line("importRelease", measure(inputs, bytes, (text) => importRelease({ text })));
  line("importRelease + validate + JSON (CLI work)", measure(inputs, bytes, (text) => {
    const { release } = importRelease({ text });
    if (!validateRelease(release).ok) throw new Error("invalid release in bench");
    return JSON.stringify(release, null, 2);
  }));
}

function htmlBench(): void {
  const pages = Array.from({ length: 200 }, (_, i) => pageFromCapture(capture(i), `https://meclis.gov.az/news-en.php?id=${i}`));
  const bytes = (p: string) => Buffer.byteLength(p);
  console.log(`\nHTML pages generated from the seed (${fmt(bytes(pages[0]!) / 1024, 1)} KB each, article + site chrome), one core:`);
  const extract = measure(pages, bytes, (html) => htmlToCapture(html));
  const full = measure(pages, bytes, (html) => {
    const page = htmlToCapture(html);
    return importRelease({ text: page.text, hints: page.hints, url: page.url, mediaType: "text/html" });
  });
  const readability = measure(pages, bytes, (html) => {
    const { document } = parseHTML(html);
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  });
  line("htmlToCapture (htmlparser2)", extract);
  line("htmlToCapture + importRelease", full);
  line("Readability 0.6 on linkedom (baseline)", readability);
  console.log(`  ratio htmlToCapture / Readability:           ${fmt(extract.perCpuSecond / readability.perCpuSecond, 1)}x (per CPU-second; target >= 5x)`);
  console.log(`  ratio full HTML -> Release / Readability:    ${fmt(full.perCpuSecond / readability.perCpuSecond, 1)}x (Readability only finds the article text)`);
}

async function batchBench(): Promise<void> {
  const cli = builtCli();
  console.log(`\nNDJSON batch through the CLI's streaming path: ${fmt(batchSize)} text records on stdin, --ndjson out`);
  const child = spawn(process.execPath, ["--import", join(here, "report-max-rss.mjs"), cli, "-", "--ndjson", "--no-progress"], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let outLines = 0;
  let outBytes = 0;
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    outBytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++;
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
    if (stderr.length > 100_000) stderr = stderr.slice(-50_000);
  });
  const done = new Promise<number | null>((resolve) => child.on("close", resolve));
  const start = performance.now();
  let inBytes = 0;
  // Generated as the CLI reads, so the input is never whole in memory on either side.
  for (let i = 0; i < batchSize; i++) {
    const record = `${JSON.stringify({ url: `https://meclis.gov.az/news-en.php?id=${i}`, text: capture(i) })}\n`;
    inBytes += record.length;
    if (!child.stdin.write(record)) await new Promise((resolve) => child.stdin.once("drain", resolve));
  }
  child.stdin.end();
  const code = await done;
  const wall = (performance.now() - start) / 1000;
  const maxRss = Number(/bench:maxRSS (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024;
  const summary = /^\d+ records: .*$/m.exec(stderr)?.[0] ?? "(no summary)";
  console.log(`  exit ${code}; ${summary}; ${fmt(outLines)} releases out (${fmt(outBytes / 1e6)} MB)`);
  console.log(`  ${fmt(batchSize / wall)} records/s, ${fmt(inBytes / wall / 1e6, 2)} MB/s in, ${fmt(wall, 1)} s wall`);
  console.log(`  peak resident memory of the CLI (maxRSS): ${fmt(maxRss, 1)} MB (target < 200 MB)`);
}

/** CPU milliseconds a CLI run used after Node's start-up (user + system), via a preloaded exit hook. */
function cliCpuMs(cli: string, input: string): number {
  const cpuFile = join(tmpdir(), `parlwire-bench-cpu-${process.pid}.txt`);
  const result = spawnSync(process.execPath, ["--import", join(here, "report-cpu.mjs"), cli, input, "--ndjson", "--no-progress"], {
    env: { ...process.env, PARLWIRE_CPU_FILE: cpuFile },
    stdio: ["ignore", "ignore", "ignore"],
  });
  if (result.status !== 0) throw new Error(`the CLI exited with ${result.status} on ${input}`);
  return Number(readFileSync(cpuFile, "utf8")) / 1000;
}

/** The fresh-process baseline (bench/in-process-child.ts), built with the app's tsup config like the CLI. */
function builtChild(): string {
  const outDir = join(here, "..", "test-output", "bench-dist");
  execFileSync("npx", ["tsup", "--entry.in-process-child", "bench/in-process-child.ts", "--out-dir", outDir, "--no-dts"], { cwd: join(here, ".."), stdio: "pipe" });
  return join(outDir, "in-process-child.js");
}

/** CPU milliseconds the CLI's per-record work took on `input`'s records in a fresh process (the loop only). */
function freshCpuMs(child: string, input: string): number {
  return Number(execFileSync(process.execPath, [child, input], { encoding: "utf8" })) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Issue 12's bar: the CLI's cost per record within 1.3x of the in-process cost. Each figure is
 * (CPU for N records - CPU for 1 record) / (N - 1), medians of interleaved runs:
 * - the CLI: the whole run after Node's start-up (reading, decoding, importing, validating, writing);
 * - fresh process (the bar's baseline): the same per-record work in a new process that only imports,
 *   validates and serialises the records, so it pays the same JIT warm-up as the CLI and the ratio
 *   is the CLI's own overhead;
 * - warmed loop (for reference): the same records in this process after a warm-up pass, the cost
 *   once V8 has optimised everything; the CLI gets there too on long batches.
 */
function perRecordBench(): void {
  const cli = builtCli();
  const child = builtChild();
  const n = Number(process.env.BENCH_CLI_RECORDS ?? 4000);
  const rounds = Number(process.env.BENCH_CLI_ROUNDS ?? 3);
  const dir = mkdtempSync(join(tmpdir(), "parlwire-bench-"));
  console.log(`\nPer-record cost, CLI (NDJSON file -> --ndjson) vs the same work in-process, ${fmt(n)} records (CPU ms per record, medians of ${rounds} interleaved runs):`);
  for (const kind of ["text", "html"] as const) {
    const records = Array.from({ length: n }, (_, i) => {
      const url = `https://meclis.gov.az/news-en.php?id=${i}`;
      return kind === "text" ? { url, text: capture(i) } : { url, html: pageFromCapture(capture(i), url) };
    });
    const file = join(dir, `${kind}.ndjson`);
    const one = join(dir, `${kind}-1.ndjson`);
    writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
    writeFileSync(one, `${JSON.stringify(records[0])}\n`);
    const runs = { cli: [] as number[], fresh: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      runs.cli.push((cliCpuMs(cli, file) - cliCpuMs(cli, one)) / (n - 1));
      runs.fresh.push((freshCpuMs(child, file) - freshCpuMs(child, one)) / (n - 1));
    }
    const perCli = median(runs.cli);
    const perFresh = median(runs.fresh);
    const importOne = (r: (typeof records)[number]) => {
      if ("text" in r) return importRelease({ text: r.text!, url: r.url });
      const page = htmlToCapture(r.html!);
      return importRelease({ text: page.text, hints: page.hints, url: r.url, mediaType: "text/html" });
    };
    const cpuPerRecord = (work: (r: (typeof records)[number]) => unknown, list: typeof records) => {
      const start = process.cpuUsage();
      for (const r of list) work(r);
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000 / list.length;
    };
    // Warm-up on other records (different ids and dates), as the CLI's first records warm it up.
    cpuPerRecord(importOne, records.slice(0, Math.min(500, n)).map((r) => ({ ...r, url: `${r.url}&warm` })));
    const warmed = cpuPerRecord((r) => {
      const { release } = importOne(r);
      if (!validateRelease(release).ok) throw new Error("invalid release in bench");
      return JSON.stringify(release);
    }, records);
    console.log(`  ${kind.padEnd(5)} CLI ${fmt(perCli, 3)} ms; same work in a fresh process ${fmt(perFresh, 3)} ms; in a warmed loop ${fmt(warmed, 3)} ms`);
    console.log(`        ratio CLI / fresh process: ${fmt(perCli / perFresh, 2)}x (the bar: <= 1.3x); CLI / warmed loop: ${fmt(perCli / warmed, 2)}x (JIT warm-up included)`);
  }
  rmSync(dir, { recursive: true, force: true });
}

const started = performance.now();
console.log(`parlwire importer bench (node ${process.version}, ${process.env.BENCH_SECONDS ?? seconds} s per measurement; set BENCH_SECONDS, BENCH_RECORDS)\n`);
// BENCH_ONLY=per-record (or text, html, batch) runs one part.
const only = process.env.BENCH_ONLY;
if (!only || only === "text") textBench();
if (!only || only === "html") htmlBench();
if (!only || only === "per-record") perRecordBench();
if (!only || only === "batch") await batchBench();
console.log(`\nbench finished in ${fmt((performance.now() - started) / 1000, 0)} s`);
