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
 * A Pagefind index (https://pagefind.app) built while the site streams past: records go to the
 * Pagefind service (its binary ships inside the npm package, so nothing is downloaded) as they
 * are found; {@link SearchIndex.files} returns the index files for the site writer to write
 * atomically like every other file. The index lives in Pagefind's process, not in ours.
 */
export class SearchIndex {
  private inFlight: Promise<void>[] = [];
  private readonly errors: string[] = [];

  private constructor(private readonly index: import("pagefind").PagefindIndex) {}

  /** Starts the Pagefind service; fails with a message that says how to build without search. */
  static async open(): Promise<SearchIndex> {
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
    return new SearchIndex(created.index);
  }

  /** Queues one record; waits only when many are pending. */
  async add(record: SearchRecord): Promise<void> {
    const meta: Record<string, string> = { title: record.title, kind: record.kind };
    if (record.date) meta.date = record.date;
    this.inFlight.push(
      this.index.addCustomRecord({ url: record.url, content: record.content, language: "en", meta, filters: { kind: [record.kind] } }).then((response) => {
        for (const error of response.errors) if (this.errors.length < 20) this.errors.push(`${record.url}: ${error}`);
      }),
    );
    if (this.inFlight.length >= maxInFlight) await this.flush();
  }

  /** The index files, site-relative paths under {@link searchFolder}, sorted by path. */
  async files(): Promise<{ path: string; content: Uint8Array }[]> {
    await this.flush();
    if (this.errors.length) throw new Error(`search index: ${this.errors.join("; ")}`);
    const response = await this.index.getFiles();
    if (response.errors.length) throw new Error(`search index: ${response.errors.join("; ")}`);
    return response.files
      .filter((file) => neededFile.test(file.path))
      .map((file) => ({ path: `${searchFolder}/${file.path}`, content: file.content }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Frees the index in the Pagefind service (the service itself exits with this process). */
  async close(): Promise<void> {
    await Promise.allSettled(this.inFlight);
    this.inFlight = [];
    await this.index.deleteIndex();
  }

  private async flush(): Promise<void> {
    const pending = this.inFlight;
    this.inFlight = [];
    await Promise.all(pending);
  }
}

const join = (parts: (string | undefined)[]) => parts.filter(Boolean).join("\n");

/** What a release's page is found by: title, category, body, the people, places and bodies named. */
export function releaseSearchRecord(release: Release): SearchRecord {
  const record: SearchRecord = {
    url: releasePath(release.id),
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
