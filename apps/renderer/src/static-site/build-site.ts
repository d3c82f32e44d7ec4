import { closeSync, createReadStream, existsSync, lstatSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { createInterface } from "node:readline";
import { join } from "node:path";
import type { Release } from "@parlwire/schema";
import { newestFirstKey } from "../dates.js";
import { jsonText } from "../escape.js";
import { feedRelease, renderFeeds } from "../feeds.js";
import { renderHtmlPage } from "../html-page.js";
import type { PageContext } from "../page-layout.js";
import { indexPath, officialPath, parliamentPath, releasePath, rootPrefix } from "../paths.js";
import { PopoloBuilder, type PopoloDocument } from "../popolo.js";
import { AtomicWriter } from "./atomic-write.js";
import { readReleases, type InputIssue } from "./inputs.js";
import { compareNewestFirst, SiteIndex } from "./site-index.js";
import {
  meetingsPerPage,
  renderIndexPage,
  renderOfficialPage,
  renderOfficialsPage,
  renderParliamentPage,
  renderParliamentsPage,
  sortAppearances,
} from "./site-pages.js";
import { renderSitemaps, type SitemapEntry } from "./sitemap.js";

export interface SiteOptions {
  /** Output folder; created if missing. Files from an earlier build that are no longer produced are removed. */
  out: string;
  /** Absolute http(s) URL the site will be served from, for feeds and sitemap.xml. */
  baseUrl?: string;
  siteTitle?: string;
  /** Releases per index page. */
  pageSize?: number;
  /** Releases in each feed (the newest). */
  feedSize?: number;
  /** Called for every problem with an input record, as soon as it is found. */
  onIssue?: (issue: InputIssue) => void;
  /** Called after each release page is written, with the count so far (for progress and benchmarks). */
  onRelease?: (count: number) => void;
}

export interface SiteSummary {
  releases: number;
  skipped: number;
  officials: number;
  parliaments: number;
  files: number;
}

/** Used when no base URL is given; `.invalid` can never resolve (RFC 2606), so nobody mistakes it for real. */
export const placeholderBaseUrl = "https://parlwire.invalid/";

const manifestName = ".parlwire-site.json";

/**
 * Renders a static site from release inputs in one streaming pass: each release is validated,
 * its page written, and only a small entry kept (see {@link SiteIndex}); the index pages,
 * official and parliament pages, feeds, Popolo JSON and sitemap are written at the end. Output
 * depends only on the inputs and options, never on the clock or the file system's order.
 */
export async function buildSite(inputs: readonly string[], options: SiteOptions): Promise<SiteSummary> {
  // Fail before writing anything when an input is missing, rather than halfway through.
  for (const input of inputs) {
    if (!existsSync(input)) throw new Error(`cannot read ${input}: no such file or folder`);
  }
  const baseUrl = options.baseUrl ?? placeholderBaseUrl;
  const siteTitle = options.siteTitle ?? "parlwire";
  const pageSize = options.pageSize ?? 50;
  const feedSize = options.feedSize ?? 50;
  const writer = new AtomicWriter(options.out);
  const index = new SiteIndex();
  const context = (path: string): PageContext => ({ root: rootPrefix(path), siteTitle, inSite: true });
  const releaseContext = context(releasePath("release:x"));
  // Release id → where it was first read, as [file number, line] packed in one number: a string
  // per release would cost more than the rest of its index entry.
  const inputNames: string[] = [];
  const seen = new Map<string, number>();
  // Popolo events (one per meeting) go to a scratch file as they are found, not into memory.
  const eventsPath = writer.scratchPath();
  const eventsFd = openSync(eventsPath, "wx");
  const popolo = new PopoloBuilder((event) => {
    writeSync(eventsFd, `${jsonText(event)}\n`);
  });
  let newest: Release[] = [];
  let skipped = 0;

  try {
    for await (const record of readReleases(inputs)) {
      if (!record.ok) {
        skipped++;
        for (const issue of record.issues) options.onIssue?.(issue);
        continue;
      }
      const release = record.release;
      const first = seen.get(release.id);
      if (first !== undefined) {
        skipped++;
        options.onIssue?.({ file: record.file, line: record.line, path: "id", message: `expected a release id not seen before, found ${release.id} again (first at ${inputNames[Math.floor(first / 2 ** 32)]}:${first % 2 ** 32}); skipped` });
        continue;
      }
      if (inputNames[inputNames.length - 1] !== record.file) inputNames.push(record.file);
      seen.set(release.id, (inputNames.length - 1) * 2 ** 32 + record.line);
      writer.write(releasePath(release.id), renderHtmlPage(release, releaseContext));
      index.add(release);
      popolo.add(release);
      // Keep only the newest releases whole, for the feeds; trim in batches to stay linear.
      newest.push(feedRelease(release));
      if (newest.length >= feedSize * 4) newest = newestOf(newest, feedSize);
      options.onRelease?.(index.releases.length);
    }
  } catch (error) {
    closeSync(eventsFd);
    writer.close();
    throw error;
  }
  seen.clear();
  try {
    return await writePages();
  } finally {
    writer.close();
  }

  // Everything after the pass: index, official and parliament pages, feeds, Popolo, sitemap.
  async function writePages(): Promise<SiteSummary> {
    const releases = index.releases.sort(compareNewestFirst);
    const publisherNames = new Map([...index.parliaments].map(([id, p]) => [id, p.parliament.name]));
    const sitemap: SitemapEntry[] = [];
    const pages = Math.max(1, Math.ceil(releases.length / pageSize));
    for (let page = 1; page <= pages; page++) {
      const path = indexPath(page);
      const slice = releases.slice((page - 1) * pageSize, page * pageSize);
      writer.write(path, renderIndexPage(slice, page, pages, releases.length, context(path), publisherNames));
      sitemap.push({ path });
    }
    for (const entry of releases) sitemap.push(entry.date ? { path: releasePath(entry.id), lastmod: entry.date } : { path: releasePath(entry.id) });

    const officials = [...index.officials.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
    writer.write("officials/index.html", renderOfficialsPage(officials, context("officials/index.html")));
    sitemap.push({ path: "officials/index.html" });
    for (const official of officials) {
      sortAppearances(official.appearances);
      const pages = Math.max(1, Math.ceil(official.appearances.length / meetingsPerPage));
      for (let page = 1; page <= pages; page++) {
        const path = officialPath(official.id, page);
        writer.write(path, renderOfficialPage(official, context(path), page));
        sitemap.push({ path });
      }
    }
    const parliaments = [...index.parliaments.values()].sort((a, b) =>
      a.parliament.name < b.parliament.name ? -1 : a.parliament.name > b.parliament.name ? 1 : a.parliament.id < b.parliament.id ? -1 : 1,
    );
    writer.write("parliaments/index.html", renderParliamentsPage(parliaments, context("parliaments/index.html")));
    sitemap.push({ path: "parliaments/index.html" });
    for (const entry of parliaments) {
      const path = parliamentPath(entry.parliament.id);
      writer.write(path, renderParliamentPage(entry, context(path)));
      sitemap.push({ path });
    }

    const latest = newestOf(newest, feedSize);
    const feeds = renderFeeds(latest, {
      title: siteTitle,
      description: "Parliamentary press releases as data",
      baseUrl,
      pathOf: (r) => releasePath(r.id),
    });
    writer.write("feeds/atom.xml", feeds.atom);
    writer.write("feeds/rss.xml", feeds.rss);
    writer.write("feeds/feed.json", feeds.json);
    closeSync(eventsFd);
    await writer.writeWith("data/popolo.json", (write) => writePopolo(popolo.build(), eventsPath, write));
    for (const [name, xml] of renderSitemaps(sitemap, baseUrl)) writer.write(name, xml);

    const files = [...writer.written].sort();
    removeStale(options.out, files);
    writer.write(manifestName, `${JSON.stringify({ files }, null, 1)}\n`);
    return {
      releases: releases.length,
      skipped,
      officials: officials.length,
      parliaments: parliaments.length,
      files: files.length + 1,
    };
  }
}

// Popolo JSON with one object per line, so the events can be copied from the scratch file line by line.
async function writePopolo(document: PopoloDocument, eventsPath: string, write: (chunk: string) => void): Promise<void> {
  for (const key of ["persons", "organizations", "memberships"] as const) {
    write(`${key === "persons" ? "{\n" : ""}"${key}": [`);
    document[key].forEach((item, i) => write(`${i ? "," : ""}\n${jsonText(item)}`));
    write("\n],\n");
  }
  write('"events": [');
  let first = true;
  for await (const line of createInterface({ input: createReadStream(eventsPath, { encoding: "utf8" }), crlfDelay: Infinity })) {
    if (!line) continue;
    write(`${first ? "" : ","}\n${line}`);
    first = false;
  }
  write("\n]\n}\n");
}

function newestOf(releases: Release[], count: number): Release[] {
  return releases
    .map((release) => ({ release, sortKey: newestFirstKey(release), id: release.id }))
    .sort(compareNewestFirst)
    .slice(0, count)
    .map((e) => e.release);
}

// Files listed by the previous build's manifest but not written now are removed, so the folder
// holds exactly this build. Only plain relative paths inside the folder are ever touched, and
// never through a symbolic link: a path with a link among its folders is left alone, and a link
// at the path itself is removed as a link (its target is untouched).
function removeStale(out: string, files: readonly string[]): void {
  let previous: unknown;
  try {
    previous = JSON.parse(readFileSync(join(out, manifestName), "utf8"));
  } catch {
    return;
  }
  const listed = (previous as { files?: unknown }).files;
  if (!Array.isArray(listed)) return;
  const current = new Set(files);
  for (const path of listed) {
    if (typeof path !== "string" || current.has(path)) continue;
    if (!/^[a-z0-9][a-z0-9._/-]*$/.test(path) || path.split("/").includes("..")) continue;
    if (!insideWithoutLinks(out, path)) continue;
    rmSync(join(out, path), { force: true });
  }
}

// True when every folder between `out` and `path` is a real folder (not a link, not missing).
function insideWithoutLinks(out: string, path: string): boolean {
  const segments = path.split("/");
  for (let i = 1; i < segments.length; i++) {
    try {
      const info = lstatSync(join(out, ...segments.slice(0, i)));
      if (info.isSymbolicLink() || !info.isDirectory()) return false;
    } catch {
      return false;
    }
  }
  return true;
}
