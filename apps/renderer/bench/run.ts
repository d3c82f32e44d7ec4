// `npm run bench`: prints, never asserts. Renders a generated 10,000-release site to disk and,
// in the same run, the same release pages through Handlebars as a baseline, as a ratio.
import { createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { spawnSync } from "node:child_process";
import { validateRelease, type Release } from "@parlwire/schema";
import { renderHtmlPage } from "../src/html-page.js";
import { rootPrefix, releasePath } from "../src/paths.js";
import { AtomicWriter } from "../src/static-site/atomic-write.js";
import { generateRelease } from "../test/generate-releases.js";
import { renderWithHandlebars } from "./handlebars-page.js";
import { benchSearch } from "./search-bench.js";
import { benchSitePeers } from "./site-peers.js";
import { bundleForNode } from "./bundle.js";

const total = Number(process.env.BENCH_RELEASES ?? 10_000);
// BENCH_OFFICIALS=2 puts the same two officials in every release: the official pages' worst case.
const officials = Number(process.env.BENCH_OFFICIALS ?? 500);
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

  // 1. The whole site, streamed from NDJSON: parse, validate, render, write atomically, then the
  //    index, official and parliament pages, search index, feeds, Popolo and sitemap. In a child
  //    process, so that its peak RSS is the build's alone.
  //    Bundled and run by plain node, with no flag: the code and the memory of the published CLI.
  //    BENCH_PEERS_ONLY=1 runs only the Eleventy/Hugo comparison (1c).
  const peersOnly = Boolean(process.env.BENCH_PEERS_ONLY);
  if (!peersOnly) {
    const siteBuild = await bundleForNode("bench/site-build.ts", "site-build");
    const child = spawnSync(process.execPath, [siteBuild, input, join(work, "site"), String(total)], { stdio: "inherit" });
    if (child.status !== 0) throw new Error(`site build failed (exit ${child.status})`);
    rmSync(join(work, "site"), { recursive: true, force: true });
  }

  // 1b. The same site with and without the search index (BENCH_NO_SEARCH skips it, e.g. for a memory run).
  if (!process.env.BENCH_NO_SEARCH && !peersOnly) await benchSearch(input, work);

  // 1c. Against Eleventy and Hugo at 1,000 and 10,000 releases (BENCH_PEERS=1000 for the short run, 0 to skip).
  const peerSizes = (process.env.BENCH_PEERS ?? "1000,10000").split(",").map(Number).filter((n) => n > 0);
  if (peerSizes.length && !process.env.BENCH_SITE_ONLY) {
    await benchSitePeers(
      peerSizes,
      (count) => Array.from({ length: count }, (_, i) => generateRelease(i, { officials })),
      (releases, path) => writeFileSync(path, releases.map((r) => `${JSON.stringify(r)}\n`).join("")),
      work,
    );
  }

  // 2. Rendering alone, ours vs Handlebars (skipped with BENCH_SITE_ONLY, e.g. for a 100,000-release memory run)
  if (!process.env.BENCH_SITE_ONLY && !peersOnly) await compareEngines();
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
