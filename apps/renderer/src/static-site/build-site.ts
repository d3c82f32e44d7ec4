import { existsSync, lstatSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { renderParliamentJsonLd, renderPersonJsonLd } from "../jsonld.js";
import type { PageContext } from "../page-layout.js";
import { indexPath, officialPath, parliamentPath, releasePath, rootPrefix } from "../paths.js";
import { AtomicWriter } from "./atomic-write.js";
import { BrowseIndex } from "./browse-pages.js";
import { readReleases, type InputIssue } from "./inputs.js";
import { PopoloBuilder } from "../popolo.js";
import { PopoloEvents, writePopolo } from "./popolo-events.js";
import { ReleaseOutputsThread } from "./release-outputs-thread.js";
import { compareNewestFirst, type ReleaseEntry, SiteIndex } from "./site-index.js";
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
import { SitemapWriter } from "./sitemap.js";
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
  /** Called as each phase after the pass ends (for benchmarks that watch memory by phase). */
  onPhase?: (phase: string) => void;
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
  // A new folder is built beside its name and renamed into place at the end (see AtomicWriter).
  const writer = new AtomicWriter(options.out, { wholeNewFolder: true });
  const index = new SiteIndex();
  const lang = options.lang ?? "en";
  // The placeholder base URL is never published as an identifier: JSON-LD falls back to relative IRIs.
  const context = (path: string): PageContext => ({ root: rootPrefix(path), siteTitle, inSite: true, lang, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  // Release id → where it was first read, as [file number, line] packed in one number: a string
  // per release would cost more than the rest of its index entry.
  const inputNames: string[] = [];
  const seen = new Map<string, number>();
  // Each release's page and its share of the feeds, made on a second thread.
  const releaseOutputs = new ReleaseOutputsThread(writer, {
    context: context(releasePath("release:x")),
    baseUrl,
    feeds: { title: siteTitle, language: lang, size: feedSize },
  }, inputBytes(inputs) >= 256 * 1024);
  // Popolo events (one per meeting) go to a scratch file as they are found, not into memory; the
  // persons and parliaments are the ones the site index merges anyway.
  const events = new PopoloEvents(writer.scratchPath());
  // The index entry of the release being added: the source of the events it yields.
  let current: ReleaseEntry | undefined;
  const popolo = new PopoloBuilder({ baseUrl, mergedElsewhere: true, onEvent: (event, stamp) => events.add(event, stamp, current as ReleaseEntry) });
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
      // One path string, kept by the writer's list and the search index's alike.
      const path = releasePath(release.id);
      releaseOutputs.add(path, release, record.text);
      current = index.add(release);
      browse.add(release, current);
      popolo.add(release);
      search?.add(releaseSearchRecord(release, path));
      options.onRelease?.(index.releases.length);
    }
  } catch (error) {
    await releaseOutputs.close();
    events.close();
    writer.close();
    await search?.close();
    throw error;
  }
  seen.clear();
  options.onPhase?.("pass");
  try {
    return await writePages();
  } finally {
    await releaseOutputs.close();
    events.close();
    writer.close();
    await search?.close();
  }

  // Everything after the pass: index, official and parliament pages, feeds, Popolo, sitemap.
  async function writePages(): Promise<SiteSummary> {
    // Written by the release outputs' thread while this one writes the other pages.
    releaseOutputs.writeFeeds();
    const merged = {
      persons: [...index.officials.values()].map((official) => official.merged.value),
      parliaments: [...index.parliaments.values()].map((parliament) => parliament.merged.value),
    };
    const releases = index.releases.sort(compareNewestFirst);
    const publisherNames = new Map([...index.parliaments].map(([id, p]) => [id, p.merged.value.name]));
    const names: SiteNames = {
      parliament: (id) => index.parliaments.get(id)?.merged.value.name,
      official: (id) => index.officials.get(id)?.merged.value.name,
    };
    const sitemap = new SitemapWriter(baseUrl, () => writer.scratchPath());
    const pages = Math.max(1, Math.ceil(releases.length / pageSize));
    for (let page = 1; page <= pages; page++) {
      const path = indexPath(page);
      const slice = releases.slice((page - 1) * pageSize, page * pageSize);
      writer.write(path, renderIndexPage(slice, page, pages, releases.length, context(path), publisherNames));
      sitemap.add(path);
    }
    for (const entry of releases) sitemap.add(releasePath(entry.id), entry.date);

    options.onPhase?.("index pages");
    const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const officials = [...index.officials.values()].sort((a, b) => byName(a.merged.value, b.merged.value));
    writer.write("officials/index.html", renderOfficialsPage(officials, context("officials/index.html")));
    sitemap.add("officials/index.html");
    for (const official of officials) {
      sortAppearances(official.appearances);
      const pages = Math.max(1, Math.ceil(official.appearances.length / meetingsPerPage));
      for (let page = 1; page <= pages; page++) {
        const path = officialPath(official.id, page);
        const here = context(path);
        const jsonLd = renderPersonJsonLd(official.merged.value, names.parliament, { root: here.baseUrl ?? here.root });
        writer.write(path, renderOfficialPage(official, here, page, names, `<script type="application/ld+json">${jsonLd}</script>\n`));
        sitemap.add(path);
      }
      search?.add(officialSearchRecord(official.merged.value, names.parliament));
    }
    options.onPhase?.("official pages");
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
    sitemap.add("parliaments/index.html");
    for (const entry of parliaments) {
      const path = parliamentPath(entry.merged.value.id);
      const here = context(path);
      const jsonLd = renderParliamentJsonLd(entry.merged.value, { root: here.baseUrl ?? here.root });
      writer.write(path, renderParliamentPage(entry, members.get(entry.merged.value.id) ?? [], here, `<script type="application/ld+json">${jsonLd}</script>\n`));
      sitemap.add(path);
      search?.add(parliamentSearchRecord(entry.merged.value));
    }
    options.onPhase?.("parliament pages");
    for (const [path, html] of browse.pages(context)) {
      writer.write(path, html);
      sitemap.add(path);
    }
    options.onPhase?.("browse pages");
    // Every page that lists releases is written: let the per-release index go before the search
    // index, feeds, Popolo and sitemap, so the heap the collector sizes itself from is small
    // (at 99,900 releases this is most of the heap, and the peak RSS came after this point).
    const releaseCount = releases.length;
    for (const official of officials) {
      official.appearances = [];
      official.namedIn = [];
    }
    for (const entry of parliaments) {
      entry.releases = [];
      entry.mentions = [];
    }
    browse.clear();
    index.clear();
    if (search) for (const file of await search.writeTo(writer.scratchPath())) writer.moveIn(file.path, file.file);
    writer.write("search.html", renderSearchPage(context("search.html"), search !== undefined));
    writer.write("validate.html", renderValidatePage(context("validate.html"), await validateScript));
    sitemap.add("search.html");
    sitemap.add("validate.html");

    options.onPhase?.("search");
    events.close();
    await writer.writeWith("data/popolo.json", (write) => writePopolo(popolo.build(merged), events, write));
    options.onPhase?.("popolo");

    await sitemap.finish(writer);
    options.onPhase?.("sitemap");

    await releaseOutputs.finish();
    options.onPhase?.("release pages and feeds");
    const files = [...writer.written].sort();
    removeStale(options.out, writer.written);
    // What JSON.stringify({ files }, null, 1) gives, a line at a time rather than as one string.
    await writer.writeWith(manifestName, async (write) => {
      write('{\n "files": [');
      files.forEach((file, i) => write(`${i ? "," : ""}\n  ${JSON.stringify(file)}`));
      write(files.length ? "\n ]\n}\n" : "]\n}\n");
    });
    options.onPhase?.("manifest");
    writer.publish();
    return {
      releases: releaseCount,
      skipped,
      officials: officials.length,
      parliaments: parliaments.length,
      files: files.length + 1,
    };
  }
}

// The size of the input files named (not of folders' contents): enough to tell a big build from a small one.
function inputBytes(inputs: readonly string[]): number {
  let bytes = 0;
  for (const input of inputs) {
    try {
      const info = statSync(input);
      if (info.isFile()) bytes += info.size;
    } catch {
      // Reported when it is read.
    }
  }
  return bytes;
}

// Files listed by the previous build's manifest but not written now are removed, so the folder
// holds exactly this build. Only plain relative paths inside the folder are ever touched, and
// never through a symbolic link: a path with a link among its folders is left alone, and a link
// at the path itself is removed as a link (its target is untouched).
function removeStale(out: string, current: ReadonlySet<string>): void {
  let previous: unknown;
  try {
    previous = JSON.parse(readFileSync(join(out, manifestName), "utf8"));
  } catch {
    return;
  }
  const listed = (previous as { files?: unknown }).files;
  if (!Array.isArray(listed)) return;
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
