import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cases, type Case } from "./cases.js";
import { fitExponent } from "./fit-exponent.js";
import { runCli } from "./run-cli.js";

/** Above this fitted exponent a case fails: linear work with noise stays well under it. */
export const maxExponent = 1.3;
/** Below this much work (CPU ms) at 8n, the work is noise over start-up: reported, not fitted. */
const minWorkMs = 200;
/** Work under this (CPU ms) at a size is within the noise of the start-up figure it is measured against. */
const noiseMs = 50;

const help = `Usage: npm run bench:complexity [-- --reduced] [--only TEXT]

Runs every CLI on growing hostile inputs (n, 2n, 4n, 8n) in one process and prints the fitted
growth exponent of its CPU time over start-up. Exits 1 when any exponent is above ${maxExponent} or
a run does not finish in time.
  --reduced     smaller n and two runs per size (what CI runs)
  --only TEXT   only cases whose CLI or name contains TEXT`;

const args = process.argv.slice(2);
if (args.includes("-h") || args.includes("--help")) {
  console.log(help);
  process.exit(0);
}
const reduced = args.includes("--reduced");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const repeats = reduced ? 2 : 3;
// Wall time, generous: the figures are CPU time, and a shared machine stretches wall time.
const timeoutMs = reduced ? 120_000 : 300_000;

/** The least CPU time of `repeats` runs (the least disturbed by other work on the machine). */
async function leastCpu(c: Case, n: number, dir: string, runs = repeats): Promise<{ ms: number; problem?: string }> {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const result = await runCli(c.cli, c.make(n, dir), dir, timeoutMs);
    if (result.timedOut) return { ms: Number.NaN, problem: `did not finish in ${timeoutMs / 1000} s at n=${n}` };
    if (Number.isNaN(result.cpuMs)) return { ms: Number.NaN, problem: `exited with ${result.code} and no CPU figure at n=${n}` };
    best = Math.min(best, result.cpuMs);
  }
  return { ms: best };
}

/** CPU ms of work over start-up at each size (or the problem that stopped the series). */
async function measureSeries(c: Case, sizes: readonly number[], dir: string): Promise<{ times: number[]; baseMs: number; problem?: string }> {
  // Start-up and fixed costs: the same CLI on the smallest input of this shape.
  const base = await leastCpu(c, 1, dir, 3);
  const times: number[] = [];
  let problem = base.problem;
  for (const size of sizes) {
    if (problem) break;
    const t = await leastCpu(c, size, dir);
    problem = t.problem;
    times.push(t.ms - base.ms);
  }
  return { times, baseMs: base.ms, ...(problem ? { problem } : {}) };
}

/**
 * The fitted exponent, leaving out sizes whose work is lost in the start-up's noise (they would swing
 * the slope). With fewer than two sizes left (under 50 ms at 4n but 200 ms or more at 8n: a jump of
 * more than 4× for one doubling, or noise), there is nothing to fit: infinity, so the case is measured
 * again and fails if it happens twice.
 */
function exponentOf(sizes: readonly number[], times: readonly number[]): number {
  const kept = sizes.map((size, i) => [size, times[i]!] as const).filter(([, t]) => t >= noiseMs);
  if (kept.length < 2) return Number.POSITIVE_INFINITY;
  return fitExponent(kept.map(([size]) => size), kept.map(([, t]) => t));
}

let failed = 0;
const started = performance.now();
console.log(`complexity suite (${reduced ? "reduced" : "full"}): CPU ms of work over start-up at n, 2n, 4n, 8n; exponent 1 = linear, fails above ${maxExponent}`);
for (const c of cases.filter((x) => !only || `${x.cli} ${x.name}`.includes(only))) {
  const dir = mkdtempSync(join(tmpdir(), "parlwire-complexity-"));
  try {
    const n = reduced ? c.n.reduced : c.n.full;
    const sizes = [n, 2 * n, 4 * n, 8 * n];
    let series = await measureSeries(c, sizes, dir);
    const label = `${c.cli} | ${c.name} [${c.from}]`;
    const figures = () => series.times.map((t, i) => `${sizes[i]}: ${t.toFixed(0)}`).join(", ");
    if (series.problem) {
      failed++;
      console.log(`FAIL  ${label}: ${series.problem} (${c.unit} → ms: ${figures() || "none"})`);
    } else if (series.times[series.times.length - 1]! < minWorkMs) {
      console.log(`ok    ${label}: flat, under ${minWorkMs} ms of work at 8n (${c.unit} → ms: ${figures()})`);
    } else {
      let exponent = exponentOf(sizes, series.times);
      let note = "";
      if (exponent > maxExponent) {
        // One disturbed size on a shared machine can tip a linear case over: measure the series once
        // more and fail only if it is over again (work that really grows faster is over both times).
        const first = exponent;
        const again = await measureSeries(c, sizes, dir);
        if (!again.problem) {
          series = again;
          // Flat the second time: under 200 ms of work at 8n, nothing grows.
          exponent = again.times[again.times.length - 1]! < minWorkMs ? 0 : exponentOf(sizes, again.times);
          note = `; first series ${first.toFixed(2)}, measured again`;
        }
      }
      const ok = exponent <= maxExponent;
      if (!ok) failed++;
      console.log(`${ok ? "ok  " : "FAIL"}  ${label}: exponent ${exponent.toFixed(2)} (${c.unit} → ms: ${figures()}; start-up ${series.baseMs.toFixed(0)} ms${note})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`${failed === 0 ? "all exponents within" : `${failed} case(s) over`} ${maxExponent} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
process.exitCode = failed === 0 ? 0 : 1;
