import { closeSync, existsSync, lstatSync, openSync, readFileSync, readSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Release } from "@parlwire/schema";
import { newestFirstKey } from "../dates.js";
import { jsonText } from "../escape.js";
import { feedRelease, renderFeeds } from "../feeds.js";
import { renderHtmlPage } from "../html-page.js";
import { renderParliamentJsonLd, renderPersonJsonLd } from "../jsonld.js";
import type { PageContext } from "../page-layout.js";
import { indexPath, officialPath, parliamentPath, releasePath, rootPrefix } from "../paths.js";
import { PopoloBuilder, type PopoloDocument } from "../popolo.js";
import { AtomicWriter } from "./atomic-write.js";
import { BrowseIndex } from "./browse-pages.js";
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
  type SiteNames,
} from "./site-pages.js";
import { officialSearchRecord, parliamentSearchRecord, releaseSearchRecord, SearchIndex } from "./search-index.js";
import { renderSearchPage } from "./search-page.js";
import { renderSitemaps, type SitemapEntry } from "./sitemap.js";
import { renderValidatePage, validatePageScript } from "./validate-page.js";

export interface SiteOptions {
  /** Output folder; created if missing. Files from an earlier build that are no longer produced are removed. */
  out: string;
  /** Absolute http(s) URL the site will be served from, for feeds and sitemap.xml. */
  baseUrl?: string;
  siteTitle?: string;
  /** Language of the site's own words (BCP 47): `<html lang>` of every page and the feeds' language; "en" by default. */
  lang?: string;
  /** Releases per index page. */
  pageSize?: number;
  /** Releases in each feed (the newest). */
  feedSize?: number;
  /** Called for every problem with an input record, as soon as it is found. */
  onIssue?: (issue: InputIssue) => void;
  /** Build the Pagefind search index (default true); without it search.html says search is not available. */
  search?: boolean;
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
  const lang = options.lang ?? "en";
  // The placeholder base URL is never published as an identifier: JSON-LD falls back to relative IRIs.
  const context = (path: string): PageContext => ({ root: rootPrefix(path), siteTitle, inSite: true, lang, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  const releaseContext = context(releasePath("release:x"));
  // Release id → where it was first read, as [file number, line] packed in one number: a string
  // per release would cost more than the rest of its index entry.
  const inputNames: string[] = [];
  const seen = new Map<string, number>();
  // Popolo events (one per meeting) go to a scratch file as they are found, not into memory.
  const eventsPath = writer.scratchPath();
  const eventsFd = openSync(eventsPath, "wx");
  // Only where each event's line is kept in memory; the newest release's version of a meeting
  // wins and the events are written sorted by id, so the file doesn't depend on input order.
  const events = new Map<string, { stamp: string; offset: number; length: number }>();
  let eventsOffset = 0;
  const popolo = new PopoloBuilder({
    baseUrl,
    onEvent: (event, stamp) => {
      const line = Buffer.from(`${jsonText(event)}\n`);
      writeSync(eventsFd, line);
      const id = event.id as string;
      const known = events.get(id);
      if (!known || stamp > known.stamp) events.set(id, { stamp, offset: eventsOffset, length: line.length - 1 });
      eventsOffset += line.length;
    },
  });
  let newest: Release[] = [];
  let skipped = 0;
  const browse = new BrowseIndex();
  const validateScript = validatePageScript();
  let search: SearchIndex | undefined;

  try {
    // Started before the pass, so that a missing Pagefind binary fails the build before any page is written.
    if (options.search !== false) search = await SearchIndex.open(writer.scratchPath());
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
      browse.add(release, index.add(release));
      search?.add(releaseSearchRecord(release));
      popolo.add(release);
      // Keep only the newest releases whole, for the feeds; trim in batches to stay linear.
      newest.push(feedRelease(release));
      if (newest.length >= feedSize * 4) newest = newestOf(newest, feedSize);
      options.onRelease?.(index.releases.length);
    }
  } catch (error) {
    closeSync(eventsFd);
    writer.close();
    await search?.close();
    throw error;
  }
  seen.clear();
  try {
    return await writePages();
  } finally {
    writer.close();
    await search?.close();
  }

  // Everything after the pass: index, official and parliament pages, feeds, Popolo, sitemap.
  async function writePages(): Promise<SiteSummary> {
    const releases = index.releases.sort(compareNewestFirst);
    const publisherNames = new Map([...index.parliaments].map(([id, p]) => [id, p.merged.value.name]));
    const names: SiteNames = {
      parliament: (id) => index.parliaments.get(id)?.merged.value.name,
      official: (id) => index.officials.get(id)?.merged.value.name,
    };
    const sitemap: SitemapEntry[] = [];
    const pages = Math.max(1, Math.ceil(releases.length / pageSize));
    for (let page = 1; page <= pages; page++) {
      const path = indexPath(page);
      const slice = releases.slice((page - 1) * pageSize, page * pageSize);
      writer.write(path, renderIndexPage(slice, page, pages, releases.length, context(path), publisherNames));
      sitemap.push({ path });
    }
    for (const entry of releases) sitemap.push(entry.date ? { path: releasePath(entry.id), lastmod: entry.date } : { path: releasePath(entry.id) });

    const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const officials = [...index.officials.values()].sort((a, b) => byName(a.merged.value, b.merged.value));
    writer.write("officials/index.html", renderOfficialsPage(officials, context("officials/index.html")));
    sitemap.push({ path: "officials/index.html" });
    for (const official of officials) {
      sortAppearances(official.appearances);
      const pages = Math.max(1, Math.ceil(official.appearances.length / meetingsPerPage));
      for (let page = 1; page <= pages; page++) {
        const path = officialPath(official.id, page);
        const here = context(path);
        const jsonLd = renderPersonJsonLd(official.merged.value, names.parliament, { root: here.baseUrl ?? here.root });
        writer.write(path, renderOfficialPage(official, here, page, names, `<script type="application/ld+json">${jsonLd}</script>\n`));
        sitemap.push({ path });
      }
      search?.add(officialSearchRecord(official.merged.value, names.parliament));
    }
    const parliaments = [...index.parliaments.values()].sort((a, b) => byName(a.merged.value, b.merged.value));
    // A parliament's officials: everyone whose merged positions belong to it, by name.
    const members = new Map<string, { id: string; name: string; label: string }[]>();
    for (const official of officials) {
      const seen = new Set<string>();
      for (const position of official.merged.value.positions ?? []) {
        const organization = position.organization;
        if (!organization || !("parliament" in organization) || seen.has(organization.parliament)) continue;
        seen.add(organization.parliament);
        let list = members.get(organization.parliament);
        if (!list) members.set(organization.parliament, (list = []));
        list.push({ id: official.id, name: official.merged.value.name, label: position.label });
      }
    }
    writer.write("parliaments/index.html", renderParliamentsPage(parliaments, context("parliaments/index.html")));
    sitemap.push({ path: "parliaments/index.html" });
    for (const entry of parliaments) {
      const path = parliamentPath(entry.merged.value.id);
      const here = context(path);
      const jsonLd = renderParliamentJsonLd(entry.merged.value, { root: here.baseUrl ?? here.root });
      writer.write(path, renderParliamentPage(entry, members.get(entry.merged.value.id) ?? [], here, `<script type="application/ld+json">${jsonLd}</script>\n`));
      sitemap.push({ path });
      search?.add(parliamentSearchRecord(entry.merged.value));
    }
    for (const [path, html] of browse.pages(context)) {
      writer.write(path, html);
      sitemap.push({ path });
    }
    if (search) for (const file of await search.files()) writer.write(file.path, file.content);
    writer.write("search.html", renderSearchPage(context("search.html"), search !== undefined));
    writer.write("validate.html", renderValidatePage(context("validate.html"), await validateScript));
    sitemap.push({ path: "search.html" }, { path: "validate.html" });

    const latest = newestOf(newest, feedSize);
    const feeds = renderFeeds(latest, {
      title: siteTitle,
      description: "Parliamentary press releases as data",
      language: lang,
      baseUrl,
      pathOf: (r) => releasePath(r.id),
    });
    writer.write("feeds/atom.xml", feeds.atom);
    writer.write("feeds/rss.xml", feeds.rss);
    writer.write("feeds/feed.json", feeds.json);
    closeSync(eventsFd);
    await writer.writeWith("data/popolo.json", async (write) => writePopolo(popolo.build(), eventsPath, events, write));
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

// Popolo JSON with one object per line; the events are copied from the scratch file in id order.
function writePopolo(
  document: PopoloDocument,
  eventsPath: string,
  events: ReadonlyMap<string, { offset: number; length: number }>,
  write: (chunk: string) => void,
): void {
  for (const key of ["persons", "organizations", "memberships"] as const) {
    write(`${key === "persons" ? "{\n" : ""}"${key}": [`);
    document[key].forEach((item, i) => write(`${i ? "," : ""}\n${jsonText(item)}`));
    write("\n],\n");
  }
  write('"events": [');
  const fd = openSync(eventsPath, "r");
  try {
    const ids = [...events.keys()].sort();
    ids.forEach((id, i) => {
      const { offset, length } = events.get(id) as { offset: number; length: number };
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, offset);
      write(`${i ? "," : ""}\n${buffer.toString("utf8")}`);
    });
  } finally {
    closeSync(fd);
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
