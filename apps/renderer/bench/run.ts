// `npm run bench`: prints, never asserts. Renders a generated 10,000-release site to disk and,
// in the same run, the same release pages through Handlebars as a baseline, as a ratio.
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { validateRelease, type Release } from "@parlwire/schema";
import { renderHtmlPage } from "../src/html-page.js";
import { rootPrefix, releasePath } from "../src/paths.js";
import { buildSite } from "../src/static-site/build-site.js";
import { AtomicWriter } from "../src/static-site/atomic-write.js";
import { generateRelease } from "../test/generate-releases.js";
import { renderWithHandlebars } from "./handlebars-page.js";
import { benchSearch } from "./search-bench.js";

class WarmedUp extends Error {}
const total = Number(process.env.BENCH_RELEASES ?? 10_000);
// BENCH_OFFICIALS=2 puts the same two officials in every release: the official pages' worst case.
const officials = Number(process.env.BENCH_OFFICIALS ?? 500);
const checkpoints = new Set([total / 4, total / 2, total].map(Math.round));
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
// A RAM-backed tmp dir when there is one, so the figures measure the renderer rather than a shared
// VM disk (here ext4 took 0.4-2.9 ms per small file under other jobs' load); BENCH_DIR overrides.
const base = process.env.BENCH_DIR ?? (existsSync("/dev/shm") ? "/dev/shm" : tmpdir());
const work = mkdtempSync(join(base, "parlwire-bench-"));

try {
  console.log(`parlwire renderer bench: ${total} generated releases among ${officials} officials, node ${process.version}, one process (one core)`);
  console.log(`output under ${work} (set BENCH_DIR to write elsewhere)\n`);
  const input = join(work, "releases.ndjson");
  const stream = createWriteStream(input);
  for (let i = 0; i < total; i++) {
    if (!stream.write(`${JSON.stringify(generateRelease(i, { officials }))}\n`)) await once(stream, "drain");
  }
  stream.end();
  await once(stream, "finish");

  // Warm-up (not measured): a small site, so the measured run doesn't pay for JIT compilation.
  await buildSite([input], { out: join(work, "warm-up"), onRelease: (n) => { if (n === 1000) throw new WarmedUp(); } }).catch((e) => {
    if (!(e instanceof WarmedUp)) throw e;
  });
  rmSync(join(work, "warm-up"), { recursive: true, force: true });

  // 1. The whole site, streamed from NDJSON: parse, validate, render, write atomically, then the
  //    index, official and parliament pages, feeds, Popolo and sitemap.
  gc?.();
  const memory: string[] = [];
  let pagesDone = 0;
  let pagesTime = 0;
  const start = performance.now();
  const summary = await buildSite([input], {
    out: join(work, "site"),
    baseUrl: "https://example.org/",
    onRelease: (count) => {
      if (!checkpoints.has(count)) return;
      pagesDone = count;
      pagesTime = performance.now() - start;
      gc?.();
      const usage = process.memoryUsage();
      memory.push(`  after ${String(count).padStart(6)} releases: heap used ${mb(usage.heapUsed).padStart(9)}, rss ${mb(usage.rss).padStart(9)}, max rss so far ${mb(process.resourceUsage().maxRSS * 1024).padStart(9)}`);
    },
  });
  const siteTime = performance.now() - start;
  console.log(`site: ${summary.releases} releases, ${summary.officials} officials, ${summary.parliaments} parliaments, ${summary.files} files`);
  console.log(`  release pages (parse + validate + render + atomic write): ${Math.round(pagesDone / (pagesTime / 1000))} pages/s`);
  console.log(`  whole site including index/official/parliament pages, feeds, sitemap: ${(siteTime / 1000).toFixed(2)} s, ${Math.round(summary.files / (siteTime / 1000))} files/s`);
  console.log("memory (after a full GC at each point; heap should stay flat, it holds only the small indexes):");
  for (const line of memory) console.log(line);
  // After the index, official and parliament pages, Popolo and sitemap: the peak of the whole build.
  console.log(`  peak RSS of the whole build (max rss after the site is written): ${mb(process.resourceUsage().maxRSS * 1024)}`);

  // 1b. The same site with and without the search index.
  await benchSearch(input, work);

  // 2. Rendering alone, ours vs Handlebars (skipped with BENCH_SITE_ONLY, e.g. for a 100,000-release memory run)
  if (!process.env.BENCH_SITE_ONLY) await compareEngines();
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Our renderer against the Handlebars baseline on the same validated releases, in memory and to disk. */
async function compareEngines(): Promise<void> {
  const texts = Array.from({ length: total }, (_, i) => JSON.stringify(generateRelease(i)));
  const releases: Release[] = [];
  gc?.();
  const v0 = performance.now();
  for (const text of texts) {
    const result = validateRelease(JSON.parse(text));
    if (result.ok) releases.push(result.value);
  }
  const validateRate = total / ((performance.now() - v0) / 1000);
  const context = { root: rootPrefix(releasePath("release:x")), siteTitle: "parlwire", inSite: true };
  const measure = (name: string, render: (r: Release) => string, toDisk: boolean) => {
    const writer = new AtomicWriter(join(work, name));
    gc?.();
    const t0 = performance.now();
    let bytes = 0;
    for (const release of releases) {
      const html = render(release);
      bytes += html.length;
      if (toDisk) writer.write(releasePath(release.id), html);
    }
    const seconds = (performance.now() - t0) / 1000;
    return { rate: releases.length / seconds, bytes };
  };
  // Warm both up once so neither pays for JIT compilation in its measurement.
  measure("warm-ours", (r) => renderHtmlPage(r, context), false);
  measure("warm-hbs", renderWithHandlebars, false);
  // Alternate the two engines three times and keep each one's best run: the machine is shared, so
  // the best of several runs is the figure least disturbed by other processes.
  const best = (name: string, render: (r: Release) => string, toDisk: boolean, round: number, previous?: { rate: number; bytes: number }) => {
    const result = measure(`${name}-${round}`, render, toDisk);
    rmSync(join(work, `${name}-${round}`), { recursive: true, force: true });
    return previous && previous.rate > result.rate ? previous : result;
  };
  let oursMemory, hbsMemory, oursDisk, hbsDisk;
  for (let round = 0; round < 3; round++) {
    oursMemory = best("ours-mem", (r) => renderHtmlPage(r, context), false, round, oursMemory);
    hbsMemory = best("hbs-mem", renderWithHandlebars, false, round, hbsMemory);
    oursDisk = best("ours-disk", (r) => renderHtmlPage(r, context), true, round, oursDisk);
    hbsDisk = best("hbs-disk", renderWithHandlebars, true, round, hbsDisk);
  }
  if (!oursMemory || !hbsMemory || !oursDisk || !hbsDisk) throw new Error("no measurement");
  console.log(`\ninput: JSON.parse + validateRelease (the schema's zod validation) alone: ${Math.round(validateRate)} releases/s`);
  console.log(`release pages, render only (in memory), best of 3: parlwire ${Math.round(oursMemory.rate)} pages/s, Handlebars ${Math.round(hbsMemory.rate)} pages/s, ratio ${(oursMemory.rate / hbsMemory.rate).toFixed(2)}x`);
  console.log(`release pages, render + atomic write, best of 3:   parlwire ${Math.round(oursDisk.rate)} pages/s, Handlebars ${Math.round(hbsDisk.rate)} pages/s, ratio ${(oursDisk.rate / hbsDisk.rate).toFixed(2)}x`);
  console.log(`  (average page ${Math.round(oursMemory.bytes / releases.length)} characters ours, ${Math.round(hbsMemory.bytes / releases.length)} Handlebars; both embed the same JSON-LD)`);
  console.log(`\ntarget: >= 5000 release pages/s on one core; max RSS of the whole run ${mb(process.resourceUsage().maxRSS * 1024)}`);
}
