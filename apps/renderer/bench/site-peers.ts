// Site build against Eleventy and Hugo (issue 12), each a process of its own, timed as a whole
// (start-up included) with its peak RSS from /usr/bin/time. The peers get the release pages'
// view models worked out in advance (the same as the Handlebars baseline's; not timed), so they
// only template and write: one page per release and the newest-first index, 50 a page. parlwire
// reads the NDJSON and validates every record, then writes release, index, official,
// parliament and browse pages, feeds, Popolo and the sitemap (no search index: the peers have none).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Release } from "@parlwire/schema";
import { newestFirstKey } from "../src/dates.js";
import { contentSecurityPolicy, pageCss } from "../src/page-style.js";
import { slugOf } from "../src/paths.js";
import { bundleForNode } from "./bundle.js";
import { releaseViewModel } from "./handlebars-page.js";

const here = dirname(fileURLToPath(import.meta.url));
const time = "/usr/bin/time";

interface Run {
  seconds: number;
  maxRssKb: number;
  pages: number;
}

// Runs a command under /usr/bin/time; wall seconds and peak RSS from its last line on stderr.
function timed(command: string, args: string[], cwd: string, out: string): Run {
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync(time, ["-f", "bench-time %e %M", command, ...args], { cwd, encoding: "utf8", maxBuffer: 64 << 20 });
  const match = /bench-time ([\d.]+) (\d+)\s*$/.exec(result.stderr ?? "");
  if (result.status !== 0 || !match) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status}):\n${(result.stderr ?? "").slice(-2000)}`);
  const pages = existsSync(out) ? readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith(".html")).length : 0;
  return { seconds: Number(match[1]), maxRssKb: Number(match[2]), pages };
}

function viewModels(releases: readonly Release[]) {
  return releases.map((release) => ({ slug: slugOf(release.id), sortKey: newestFirstKey(release), ...releaseViewModel(release) }));
}

function prepareEleventy(dir: string, releases: readonly Release[]): void {
  cpSync(join(here, "peers", "eleventy"), dir, { recursive: true });
  mkdirSync(join(dir, "_data"), { recursive: true });
  const models = viewModels(releases);
  writeFileSync(join(dir, "_data", "site.json"), JSON.stringify({ csp: contentSecurityPolicy, css: pageCss }));
  // Read by Eleventy in the build (timed): the releases, and the newest-first order worked out from them.
  writeFileSync(join(dir, "releases-data.json"), JSON.stringify(models));
  writeFileSync(join(dir, "_data", "releases.js"), `import { readFileSync } from "node:fs";\nexport default JSON.parse(readFileSync(new URL("../releases-data.json", import.meta.url), "utf8"));\n`);
  writeFileSync(
    join(dir, "_data", "newestFirst.js"),
    `import releases from "./releases.js";\nexport default [...releases].sort((a, b) => (a.sortKey !== b.sortKey ? (a.sortKey < b.sortKey ? 1 : -1) : a.slug < b.slug ? -1 : 1));\n`,
  );
}

function prepareHugo(dir: string, releases: readonly Release[]): void {
  cpSync(join(here, "peers", "hugo"), dir, { recursive: true });
  writeFileSync(
    join(dir, "hugo.json"),
    JSON.stringify({
      baseURL: "https://example.org/",
      disableKinds: ["taxonomy", "term", "RSS", "sitemap", "404", "section"],
      uglyURLs: true,
      paginate: 50,
      paginatePath: "pages",
      params: { csp: contentSecurityPolicy, css: pageCss },
    }),
  );
  const content = join(dir, "content", "releases");
  mkdirSync(content, { recursive: true });
  // Hugo reads front matter keys case-insensitively (lower case in templates) and takes `published`
  // as its own publish date, so that one is `pubinfo`; JSON front matter, no body.
  const lower = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(lower) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toLowerCase(), lower(v)])) : value;
  for (const model of viewModels(releases)) {
    const { slug, sortKey, published, ...rest } = model;
    writeFileSync(join(content, `${slug}.md`), `${JSON.stringify({ ...(lower(rest) as object), pubinfo: published, date: sortKey || undefined })}\n`);
  }
}

const hugoPath = (): string | undefined => {
  for (const folder of (process.env.PATH ?? "").split(":")) if (folder && existsSync(join(folder, "hugo"))) return join(folder, "hugo");
  return undefined;
};

/**
 * At each size: parlwire (the bundled CLI), Eleventy and, when `hugo` is on PATH, Hugo build the
 * same releases; prints pages/s and peak RSS, and parlwire's ratios to each.
 */
export async function benchSitePeers(sizes: readonly number[], generate: (count: number) => Release[], ndjson: (releases: readonly Release[], path: string) => void, work: string): Promise<void> {
  console.log("\nsite build against Eleventy and Hugo (each a process of its own, start-up included; wall time and peak RSS by /usr/bin/time):");
  if (!existsSync(time)) {
    console.log(`  skipped: ${time} is not installed (Debian package "time")`);
    return;
  }
  const cli = await bundleForNode("src/cli.ts", "cli");
  // Its command-line entry (package.json "bin"), next to the module "exports" resolves to.
  const eleventy = join(dirname(createRequire(import.meta.url).resolve("@11ty/eleventy")), "..", "cmd.cjs");
  const hugo = hugoPath();
  if (!hugo) console.log("  Hugo: not on PATH, skipped (Debian: apt-get install hugo; not on npm)");
  const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
  const line = (name: string, run: Run, releases: number) =>
    `    ${name.padEnd(9)} ${run.seconds.toFixed(2).padStart(7)} s  ${String(Math.round(releases / run.seconds)).padStart(6)} releases/s  peak RSS ${mb(run.maxRssKb).padStart(9)}  (${run.pages} pages)`;
  for (const size of sizes) {
    const folder = join(work, `peers-${size}`);
    mkdirSync(folder, { recursive: true });
    const releases = generate(size);
    const input = join(folder, "releases.ndjson");
    ndjson(releases, input);
    prepareEleventy(join(folder, "eleventy"), releases);
    if (hugo) prepareHugo(join(folder, "hugo"), releases);
    // Alternated, best of `rounds` each (the machine is shared; the best run is the least disturbed).
    const rounds = size <= 1000 ? 3 : 1;
    const best: Record<string, Run> = {};
    const keep = (name: string, run: Run) => {
      if (!best[name] || run.seconds < (best[name] as Run).seconds) best[name] = run;
    };
    for (let round = 0; round < rounds; round++) {
      const site = join(folder, "site");
      keep("parlwire", timed(process.execPath, [cli, "site", input, "--out", site, "--no-search", "--base-url", "https://example.org/"], folder, site));
      const eleventyOut = join(folder, "eleventy", "_site");
      keep("Eleventy", timed(process.execPath, [eleventy, "--quiet", "--output=_site"], join(folder, "eleventy"), eleventyOut));
      if (hugo) keep("Hugo", timed(hugo, ["--quiet", "--destination", "public"], join(folder, "hugo"), join(folder, "hugo", "public")));
    }
    const ours = best.parlwire as Run;
    console.log(`  ${size} releases (best of ${rounds}):`);
    for (const [name, run] of Object.entries(best)) console.log(line(name, run, size));
    for (const [name, run] of Object.entries(best)) {
      if (name === "parlwire") continue;
      console.log(`    parlwire / ${name}: ${(run.seconds / ours.seconds).toFixed(2)}x the rate, ${(ours.maxRssKb / run.maxRssKb).toFixed(2)}x the peak RSS`);
    }
    rmSync(folder, { recursive: true, force: true });
  }
}
