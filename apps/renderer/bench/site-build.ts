// One site build in a process of its own, so its peak RSS is the build's and not the bench's
// (generating the input and the other measurements would count in the same process).
// Run bundled (bench/bundle.ts) by plain node with no flag, so no forced GC flatters the figures.
// Usage: node test-output/bench-bundle/site-build.js INPUT OUT RELEASES
import { buildSite } from "../src/static-site/build-site.js";
import { pagefindPeakRss } from "./pagefind-peak-rss.js";

const [input, out, releases] = process.argv.slice(2);
if (!input || !out || !releases) throw new Error("usage: site-build.ts INPUT OUT RELEASES");
const total = Number(releases);
const checkpoints = new Set([total / 4, total / 2, total].map(Math.round));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const maxRss = () => process.resourceUsage().maxRSS * 1024;

const memory: string[] = [`  at start (modules loaded):     rss ${mb(process.memoryUsage().rss).padStart(9)}`];
let pagesDone = 0;
let pagesTime = 0;
const start = performance.now();
// BENCH_BUILD_SEARCH=0: without the search index (whose memory is in Pagefind's own process).
const search = process.env.BENCH_BUILD_SEARCH !== "0";
const summary = await buildSite([input], {
  out,
  baseUrl: "https://example.org/",
  search,
  onRelease: (count) => {
    if (!checkpoints.has(count)) return;
    pagesDone = count;
    pagesTime = performance.now() - start;
    const usage = process.memoryUsage();
    memory.push(`  after ${String(count).padStart(6)} releases: heap used ${mb(usage.heapUsed).padStart(9)}, rss ${mb(usage.rss).padStart(9)}, max rss so far ${mb(maxRss()).padStart(9)}`);
  },
  // After the pass, each phase as it ends.
  onPhase: (phase) => {
    const usage = process.memoryUsage();
    memory.push(`  after ${phase.padEnd(16)}: heap used ${mb(usage.heapUsed).padStart(9)}, heap total ${mb(usage.heapTotal).padStart(9)}, rss ${mb(usage.rss).padStart(9)}, max rss so far ${mb(maxRss()).padStart(9)}`);
  },
});
const siteTime = performance.now() - start;
console.log(`site: ${summary.releases} releases, ${summary.officials} officials, ${summary.parliaments} parliaments, ${summary.files} files (a process of its own, ${search ? "search index included" : "no search index"})`);
console.log(`  release pages (parse + validate + render + atomic write): ${Math.round(pagesDone / (pagesTime / 1000))} pages/s`);
console.log(`  whole site including index/official/parliament pages, search index, feeds, sitemap: ${(siteTime / 1000).toFixed(2)} s, ${Math.round(summary.files / (siteTime / 1000))} files/s`);
console.log("memory:");
for (const line of memory) console.log(line);
const pagefind = pagefindPeakRss();
console.log(`  peak RSS of the build process: ${mb(maxRss())}${search ? `; of Pagefind's service process (the search index): ${pagefind === undefined ? "unknown" : mb(pagefind)}` : ""}`);
