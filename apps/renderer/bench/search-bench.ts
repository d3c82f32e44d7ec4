// The site build with and without the Pagefind search index, in the same run: pages/s including
// the index, the index's size on disk, and the peak RSS of our process and of Pagefind's.
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildSite } from "../src/static-site/build-site.js";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// Peak resident memory (VmHWM) of our Pagefind service child, read from /proc before it exits.
function pagefindPeakRss(): number | undefined {
  try {
    for (const task of readdirSync("/proc/self/task")) {
      for (const pid of readFileSync(`/proc/self/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) {
        if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("pagefind")) continue;
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
        if (match) return Number(match[1]) * 1024;
      }
    }
  } catch {
    // Not Linux, or the child is gone: no figure.
  }
  return undefined;
}

function sizeOf(folder: string): { files: number; bytes: number; html: number } {
  let files = 0;
  let bytes = 0;
  let html = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith(".html")) html++;
  }
  return { files, bytes, html };
}

/** Builds the site from `input` without and then with the search index, and prints the comparison. */
export async function benchSearch(input: string, work: string): Promise<void> {
  const run = async (search: boolean) => {
    const out = join(work, search ? "site-search" : "site-plain");
    const start = performance.now();
    await buildSite([input], { out, baseUrl: "https://example.org/", search });
    const seconds = (performance.now() - start) / 1000;
    const size = sizeOf(out);
    const index = search ? sizeOf(join(out, "pagefind")) : undefined;
    rmSync(out, { recursive: true, force: true });
    return { seconds, size, index };
  };
  const plain = await run(false);
  const searched = await run(true);
  const childPeak = pagefindPeakRss();
  console.log(`\nsearch index (Pagefind), same input, same run:`);
  console.log(`  site without search: ${plain.seconds.toFixed(2)} s, ${plain.size.html} pages, ${Math.round(plain.size.html / plain.seconds)} pages/s`);
  console.log(`  site with search:    ${searched.seconds.toFixed(2)} s, ${searched.size.html} pages, ${Math.round(searched.size.html / searched.seconds)} pages/s including the index (${(searched.seconds / plain.seconds).toFixed(2)}x the time without)`);
  if (searched.index) console.log(`  index: ${searched.index.files} files, ${mb(searched.index.bytes)} on disk (${Math.round(searched.index.bytes / searched.size.html)} bytes per page; a search loads only the chunks it needs)`);
  console.log(`  peak RSS: this process ${mb(process.resourceUsage().maxRSS * 1024)} (whole bench so far), Pagefind's service ${childPeak === undefined ? "unknown" : mb(childPeak)}`);
}
