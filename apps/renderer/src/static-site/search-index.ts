import { closeSync, openSync, readdirSync, readSync, rmSync, statSync, writeSync } from "node:fs";
import type { Official, Parliament, Release } from "@parlwire/schema";
import { formatReducedDate } from "../dates.js";
import { countryName } from "../lookup.js";
import { officialPath, parliamentPath, releasePath } from "../paths.js";

/** One searchable page: what Pagefind indexes and what a result shows. */
export interface SearchRecord {
  /** Site-relative URL of the page, e.g. `releases/x.html`. */
  url: string;
  title: string;
  /** The words to index (plain text, never HTML). */
  content: string;
  kind: "release" | "official" | "parliament";
  /** The publication date in words (`15 April 2021`), shown next to a release result. */
  date?: string;
}

/** The folder of the site that holds the index and Pagefind's browser code. */
export const searchFolder = "pagefind";

// Pagefind also ships ready-made UIs; the search page uses only the JS API, so only the files
// that API loads are written (no UI scripts or stylesheets the page's CSP would have to allow).
const neededFile = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.[a-z0-9_-]+\.pf_meta|wasm\.[a-z0-9_-]+\.pagefind|(fragment|index|filter)\/[a-z0-9_.-]+)$/;

// Pending additions are capped so a huge site doesn't queue every record in the pipe at once.
const maxInFlight = 256;

/**
 * A Pagefind index (https://pagefind.app) of the site's pages. Pagefind's output depends on the
 * order records are added, so records are written to a scratch file as the site streams past
 * (keeping only their URL and place in memory) and given to Pagefind sorted by URL at the end:
 * the same inputs in any order give the same index bytes. The Pagefind service (its binary ships
 * inside the npm package, so nothing is downloaded) holds the index in its own process;
 * {@link SearchIndex.writeTo} has it write its files to a scratch folder, from which the site writer
 * renames them into place like every other file.
 */
export class SearchIndex {
  private readonly places: { url: string; offset: number; length: number }[] = [];
  private offset = 0;
  private fd: number | undefined;

  private constructor(
    private readonly index: import("pagefind").PagefindIndex,
    private readonly scratchPath: string,
  ) {
    this.fd = openSync(scratchPath, "wx");
  }

  /** Starts the Pagefind service; fails with a message that says how to build without search. */
  static async open(scratchPath: string): Promise<SearchIndex> {
    let created;
    try {
      const pagefind = await import("pagefind");
      // English word stemming for every record: the site's pages are in English, and a release in
      // another language still has English titles and names in its metadata.
      created = await pagefind.createIndex({ forceLanguage: "en" });
    } catch (error) {
      throw new Error(`cannot start the Pagefind search indexer (${(error as Error).message}); build with search turned off (--no-search) to skip the search index`, { cause: error });
    }
    if (!created.index) throw new Error(`cannot start the Pagefind search indexer: ${created.errors.join("; ")}`);
    return new SearchIndex(created.index, scratchPath);
  }

  /** Keeps one record (in the scratch file) for the index. */
  add(record: SearchRecord): void {
    if (this.fd === undefined) throw new Error("search index: add() after writeTo()");
    const bytes = Buffer.from(`${JSON.stringify(record)}\n`, "utf8");
    writeSync(this.fd, bytes);
    this.places.push({ url: record.url, offset: this.offset, length: bytes.length });
    this.offset += bytes.length;
  }

  /**
   * Builds the index from every record, in URL order, and has Pagefind write its files into the
   * scratch folder `folder`; returns the ones the site needs, as site-relative paths under
   * {@link searchFolder} with where they are now, sorted. Written by Pagefind rather than fetched
   * with getFiles(): that sends the whole index through a pipe as one base64 JSON message, which
   * cost this process about three times the index's size in memory at once.
   */
  async writeTo(folder: string): Promise<{ path: string; file: string }[]> {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.places.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : a.offset - b.offset));
    const errors: string[] = [];
    const reader = openSync(this.scratchPath, "r");
    try {
      let inFlight: Promise<void>[] = [];
      for (const place of this.places) {
        const bytes = Buffer.alloc(place.length);
        readSync(reader, bytes, 0, place.length, place.offset);
        const record = JSON.parse(bytes.toString("utf8")) as SearchRecord;
        const meta: Record<string, string> = { title: record.title, kind: record.kind };
        if (record.date) meta.date = record.date;
        inFlight.push(
          this.index.addCustomRecord({ url: record.url, content: record.content, language: "en", meta, filters: { kind: [record.kind] } }).then((response) => {
            for (const error of response.errors) if (errors.length < 20) errors.push(`${record.url}: ${error}`);
          }),
        );
        if (inFlight.length >= maxInFlight) {
          await Promise.all(inFlight);
          inFlight = [];
        }
      }
      await Promise.all(inFlight);
    } finally {
      closeSync(reader);
    }
    this.places.length = 0;
    if (errors.length) throw new Error(`search index: ${errors.join("; ")}`);
    const response = await this.index.writeFiles({ outputPath: folder });
    if (response.errors.length) throw new Error(`search index: ${response.errors.join("; ")}`);
    // Names only, folder by folder (Pagefind writes files at the top and in fragment/, index/,
    // filter/): at 100,000 pages a recursive listing with Dirents and path arithmetic per file
    // was a burst of garbage at the build's peak.
    const files: { path: string; file: string }[] = [];
    const list = (sub: string) => {
      const at = sub ? `${folder}/${sub}` : folder;
      for (const name of readdirSync(at)) {
        const path = sub ? `${sub}/${name}` : name;
        if (neededFile.test(path)) files.push({ path: `${searchFolder}/${path}`, file: `${at}/${name}` });
        else if (!sub && statSync(`${at}/${name}`).isDirectory()) list(name);
      }
    };
    list("");
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Frees the index in the Pagefind service (the service itself exits with this process) and the scratch file. */
  async close(): Promise<void> {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.scratchPath, { force: true });
    await this.index.deleteIndex();
  }
}

const join = (parts: (string | undefined)[]) => parts.filter(Boolean).join("\n");

/** What a release's page is found by: title, category, body, the people, places and bodies named. */
export function releaseSearchRecord(release: Release, url = releasePath(release.id)): SearchRecord {
  const record: SearchRecord = {
    url,
    title: release.title,
    kind: "release",
    content: join([
      release.title,
      release.category,
      ...release.body,
      ...release.meetings.flatMap((m) => [m.place?.name, m.occasion, ...m.participants.map((p) => p.name)]),
      ...release.officials.flatMap((o) => [o.name, ...(o.otherNames ?? []).map((n) => n.name)]),
      ...release.parliaments.map((p) => p.name),
    ]),
  };
  if (release.published) record.date = formatReducedDate(release.published.date);
  return record;
}

/** An official's page: their names and positions (with the parliament each belongs to). */
export function officialSearchRecord(official: Official, parliamentName: (id: string) => string | undefined): SearchRecord {
  const positions = (official.positions ?? []).flatMap((p) => {
    const organization = p.organization;
    return [p.label, organization && ("parliament" in organization ? parliamentName(organization.parliament) : organization.name)];
  });
  return {
    url: officialPath(official.id),
    title: official.name,
    kind: "official",
    content: join([official.name, ...(official.otherNames ?? []).map((n) => n.name), ...positions]),
  };
}

/** A parliament's page: its names and country. */
export function parliamentSearchRecord(parliament: Parliament): SearchRecord {
  return {
    url: parliamentPath(parliament.id),
    title: parliament.name,
    kind: "parliament",
    content: join([parliament.name, ...(parliament.otherNames ?? []).map((n) => n.name), parliament.country ? countryName(parliament.country) : undefined]),
  };
}
