// The site build with and without the Pagefind search index, in the same run: pages/s including
// the index, the index's size on disk, and the peak RSS of our process and of Pagefind's.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";
import { chromium } from "playwright-core";
import { buildSite } from "../src/static-site/build-site.js";
import { pagefindPeakRss } from "./pagefind-peak-rss.js";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

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
    const queries = search ? await queryTimes(out) : undefined;
    rmSync(out, { recursive: true, force: true });
    return { seconds, size, index, queries };
  };
  const plain = await run(false);
  const searched = await run(true);
  const childPeak = pagefindPeakRss();
  console.log(`\nsearch index (Pagefind), same input, same run:`);
  console.log(`  site without search: ${plain.seconds.toFixed(2)} s, ${plain.size.html} pages, ${Math.round(plain.size.html / plain.seconds)} pages/s`);
  console.log(`  site with search:    ${searched.seconds.toFixed(2)} s, ${searched.size.html} pages, ${Math.round(searched.size.html / searched.seconds)} pages/s including the index (${(searched.seconds / plain.seconds).toFixed(2)}x the time without)`);
  if (searched.index) console.log(`  index: ${searched.index.files} files, ${mb(searched.index.bytes)} on disk (${Math.round(searched.index.bytes / searched.size.html)} bytes per page; a search loads only the chunks it needs)`);
  if (searched.queries) {
    console.log(`  queries in Chromium (served from 127.0.0.1; time to the results and the top 20 results' data):`);
    for (const [query, results, ms] of searched.queries) console.log(`    ${JSON.stringify(query).padEnd(16)} ${String(results).padStart(5)} results  ${ms.toFixed(0).padStart(5)} ms`);
  }
  console.log(`  peak RSS: this process ${mb(process.resourceUsage().maxRSS * 1024)} (whole bench so far), Pagefind's service ${childPeak === undefined ? "unknown" : mb(childPeak)}`);
}

/** Times a few searches in Chromium against the built site (the first one loads Pagefind's WebAssembly and index). */
async function queryTimes(site: string): Promise<[string, number, number][] | undefined> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) return undefined;
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json" };
  const server = createServer((request, response) => {
    const path = join(site, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    if (!path.startsWith(site) || !existsSync(path)) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/search.html`);
    return await page.evaluate(async (queries) => {
      const pagefind = await import("./pagefind/pagefind.js" as string);
      const out: [string, number, number][] = [];
      for (const query of queries) {
        const start = performance.now();
        const found = await pagefind.search(query);
        await Promise.all(found.results.slice(0, 20).map((r: { data: () => Promise<unknown> }) => r.data()));
        out.push([query, found.results.length, performance.now() - start]);
      }
      return out;
    }, ["Gafarova", "Ashimbayev 12", "Parliament 7", "hospitality", "Gafarova"]);
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}
