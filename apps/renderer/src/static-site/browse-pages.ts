import type { Release } from "@parlwire/schema";
import { escapeHtml } from "../escape.js";
import { renderPage, type PageContext } from "../page-layout.js";
import { words } from "../words.js";
import { releaseItem } from "./site-pages.js";
import { compareNewestFirst, type ReleaseEntry } from "./site-index.js";

// Meeting kinds in the order the schema lists them, with their list headings.
const meetingKindWords = words.meetingKindPlural;

const browseFolder = "browse";
const undated = "undated";
/** Releases listed on one browse page. */
export const browsePageSize = 100;

/** Site-relative path of page `n` of a browse list: `browse/2021.html`, `browse/2021-2.html`, `browse/official-visit.html`. */
export function browsePath(key: string, page = 1): string {
  const slug = key.replaceAll("_", "-");
  return `${browseFolder}/${slug}${page === 1 ? "" : `-${page}`}.html`;
}

export const browseIndexPath = `${browseFolder}/index.html`;

/**
 * Releases grouped by year of publication and by the kinds of meeting they report. Holds only
 * references to the site index's small entries, so browsing adds two pointers per release.
 */
export class BrowseIndex {
  readonly years = new Map<string, ReleaseEntry[]>();
  readonly kinds = new Map<string, ReleaseEntry[]>();

  add(release: Release, entry: ReleaseEntry): void {
    const year = release.published?.date.slice(0, 4) ?? undated;
    push(this.years, year, entry);
    const kinds = new Set<string>();
    for (const meeting of release.meetings) if (meeting.kind) kinds.add(meeting.kind);
    for (const kind of kinds) push(this.kinds, kind, entry);
  }

  /** Forgets every entry (once the pages are written). */
  clear(): void {
    this.years.clear();
    this.kinds.clear();
  }

  /** Every browse page, path → HTML, in a stable order. */
  *pages(context: (path: string) => PageContext): Generator<[string, string]> {
    const years = [...this.years.keys()].sort((a, b) => (a === undated ? 1 : b === undated ? -1 : a < b ? 1 : -1));
    const kinds = (Object.keys(meetingKindWords) as (keyof typeof meetingKindWords)[]).filter((k) => this.kinds.has(k));
    yield [browseIndexPath, renderBrowseIndex(years.map((y) => [y, this.years.get(y)?.length ?? 0]), kinds.map((k) => [k, this.kinds.get(k)?.length ?? 0]), context(browseIndexPath))];
    for (const year of years) yield* listPages(year, year === undated ? "Undated releases" : `Releases of ${year}`, this.years.get(year) ?? [], context);
    for (const kind of kinds) yield* listPages(kind, meetingKindWords[kind] ?? kind, this.kinds.get(kind) ?? [], context);
  }
}

function push(map: Map<string, ReleaseEntry[]>, key: string, entry: ReleaseEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function renderBrowseIndex(years: [string, number][], kinds: [string, number][], context: PageContext): string {
  const count = (n: number) => `${n} release${n === 1 ? "" : "s"}`;
  const yearItems = years.map(([year, n]) => `<li><a class="title" href="${context.root}${browsePath(year)}">${year === undated ? "Undated" : year}</a><span class="sub">${count(n)}</span></li>`);
  const kindItems = kinds.map(([kind, n]) => `<li><a class="title" href="${context.root}${browsePath(kind)}">${escapeHtml(meetingKindWords[kind as keyof typeof meetingKindWords] ?? kind)}</a><span class="sub">${count(n)}</span></li>`);
  const main = `<h1>Browse releases</h1>
<h2>By year</h2>
${yearItems.length ? `<ul class="list">\n${yearItems.join("\n")}\n</ul>` : "<p>No releases yet.</p>"}
<h2>By kind of meeting</h2>
${kindItems.length ? `<ul class="list">\n${kindItems.join("\n")}\n</ul>` : "<p>No release says what kind of meeting it reports.</p>"}`;
  return renderPage(context, { title: "Browse releases", main });
}

function* listPages(key: string, heading: string, entries: ReleaseEntry[], context: (path: string) => PageContext): Generator<[string, string]> {
  const sorted = [...entries].sort(compareNewestFirst);
  const pages = Math.ceil(sorted.length / browsePageSize);
  for (let page = 1; page <= pages; page++) {
    const path = browsePath(key, page);
    const at = context(path);
    const slice = sorted.slice((page - 1) * browsePageSize, page * browsePageSize);
    const pager: string[] = [];
    if (page > 1) pager.push(`<a href="${at.root}${browsePath(key, page - 1)}" rel="prev">← Newer</a>`);
    if (pages > 1) pager.push(`<span>Page ${page} of ${pages}</span>`);
    if (page < pages) pager.push(`<a href="${at.root}${browsePath(key, page + 1)}" rel="next">Older →</a>`);
    const title = page === 1 ? heading : `${heading}, page ${page}`;
    const main = `<p class="kicker"><a href="${at.root}${browseIndexPath}">Browse</a></p>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${sorted.length} release${sorted.length === 1 ? "" : "s"}, newest first.</p>
<ul class="list">\n${slice.map((e) => releaseItem(e, at)).join("\n")}\n</ul>${pager.length ? `\n<nav class="pager" aria-label="Pages">${pager.join("")}</nav>` : ""}`;
    yield [path, renderPage(at, { title, main })];
  }
}
