import type { Release } from "@parlwire/schema";
import type { Item } from "feed";
import { escapeHtml, jsonText, stripControls, xmlSafe } from "./escape.js";
import { renderReleaseArticle } from "./html-page.js";
import { slugify } from "./lookup.js";
import { standalonePage } from "./page-layout.js";
import { publishedInstant } from "./dates.js";

export interface FeedOptions {
  title: string;
  /** Absolute http(s) URL of the site root, ending in `/`; feeds need absolute links. */
  baseUrl: string;
  /** Site-relative path of a release's page. */
  pathOf: (release: Release) => string;
  /** Site-relative path of the home page. */
  homePath?: string;
  description?: string;
  language?: string;
}

/** Atom 1.0, RSS 2.0 and JSON Feed 1.1 documents for a set of releases. */
export interface Feeds {
  atom: string;
  rss: string;
  json: string;
}

/** Above this estimated size (characters of text) a feed carries a release's first paragraph and a link, not the whole text. */
export const maxFeedReleaseChars = 100_000;
const abridged = new WeakSet<Release>();

/**
 * What a feed keeps of a release: the release itself, or for a very large one (a valid release can
 * hold 40 million characters of body and 100,000 participants) a small copy with the first
 * paragraph, so the newest releases can be held for the feeds and a feed stays a few megabytes.
 */
export function feedRelease(release: Release): Release {
  let size = release.title.length;
  for (const paragraph of release.body) size += paragraph.length;
  for (const meeting of release.meetings) size += 200 * meeting.participants.length;
  size += 200 * release.officials.length;
  if (size <= maxFeedReleaseChars) return release;
  const copy: Release = {
    id: release.id,
    language: release.language,
    title: release.title,
    body: [(release.body[0] as string).slice(0, 2_000)],
    meetings: [],
    officials: [],
    parliaments: [],
    sources: [],
  };
  for (const key of ["category", "published", "modified", "status"] as const) if (release[key] !== undefined) (copy as Record<string, unknown>)[key] = release[key];
  if (release.publisher) copy.publisher = { ...(release.publisher.department ? { department: release.publisher.department } : {}), ...(release.publisher.signature ? { signature: release.publisher.signature } : {}) };
  abridged.add(copy);
  return copy;
}

// The feed library stamps "now" when no date is given; a fixed fallback keeps output identical run to run.
const epoch = new Date(0);

/**
 * Feeds for releases given newest first. Built with the `feed` library; what goes in is
 * prepared for it because its XML writer (xml-js) escapes only `"` in attributes and only the
 * first `]]>` in CDATA: titles and contents are passed as escaped HTML (their `type="html"`),
 * so neither `<` nor `]]>` can reach an attribute or CDATA section, categories become slugs, and
 * characters XML cannot carry are dropped. The library (and its XML writer) is loaded when first
 * asked for: a site build makes its feeds on its worker thread, and its main thread never needs it.
 */
export async function renderFeeds(releases: readonly Release[], options: FeedOptions): Promise<Feeds> {
  const { Feed } = await import("feed");
  const base = new URL(options.baseUrl);
  const absolute = (path: string) => new URL(path, base).href;
  const dates = releases.map((r) => publishedInstant(r) ?? epoch);
  const updated = dates.reduce((a, b) => (b > a ? b : a), epoch);
  const home = absolute(options.homePath ?? "index.html");
  const feedFor = (categories: "term" | "name") => {
    const feed = new Feed({
      id: base.href,
      title: xmlSafe(options.title),
      description: options.description ? xmlSafe(options.description) : undefined,
      link: home,
      language: options.language,
      updated,
      generator: "parlwire",
      // Atom wants an author on the feed or on every entry; entries have one only when signed.
      author: { name: xmlSafe(options.title) },
      feedLinks: { atom: absolute("feeds/atom.xml"), rss: absolute("feeds/rss.xml"), json: absolute("feeds/feed.json") },
    });
    releases.forEach((release, i) => {
      const link = absolute(options.pathOf(release));
      const item: Item = {
        title: escapeHtml(xmlSafe(release.title)),
        id: link,
        link,
        date: release.modified ? new Date(release.modified) : (dates[i] as Date),
        published: dates[i] as Date,
        description: escapeHtml(xmlSafe(release.body[0] ?? "")),
        // Escaped text can hold no ">", so "]]>" cannot occur; replaced anyway in case that ever changes.
        content: xmlSafe(articleFor(feedRelease(release), link)).replaceAll("]]>", "]]&gt;"),
      };
      if (release.category) {
        // Atom puts categories in attributes, which xml-js does not escape: only a slug goes there.
        // RSS puts the name in element text, which it escapes.
        item.category = [categories === "term" ? { term: slugify(release.category) } : { name: xmlSafe(release.category) }];
      }
      const author = release.publisher?.department ?? release.publisher?.signature?.[0];
      if (author) item.author = [{ name: xmlSafe(author) }];
      feed.addItem(item);
    });
    return feed;
  };
  const atomFeed = feedFor("term");
  const rssFeed = feedFor("name");
  return { atom: atomFeed.atom1(), rss: rssFeed.rss2(), json: jsonFeed11(rssFeed.json1(), releases, options) };
}

function articleFor(release: Release, link: string): string {
  if (!abridged.has(release)) return renderReleaseArticle(release, standalonePage);
  return `<p>${escapeHtml(release.body[0] as string)}</p>\n<p>This release is too long for a feed: <a href="${escapeHtml(link)}">read it in full</a>.</p>`;
}

/**
 * `feed` 6.0.0 writes JSON Feed 1.0 (`version: https://jsonfeed.org/version/1`, singular
 * `author`). JSON Feed 1.1 replaces `author` with an `authors` array, adds `language`, and
 * wants plain-text `title`s; so the library's object is adapted here rather than hand-built.
 */
export function jsonFeed11(json10: string, releases: readonly Release[], options: FeedOptions): string {
  const feed = JSON.parse(json10) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const out: Record<string, unknown> = { version: "https://jsonfeed.org/version/1.1" };
  for (const [key, value] of Object.entries(feed)) {
    if (key === "version" || key === "items" || key === "author") continue;
    out[key] = value;
  }
  if (options.language) out.language = options.language;
  out.items = feed.items.map((item, i) => {
    const release = releases[i] as Release;
    const adapted: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item)) {
      if (key === "author") adapted.authors = [value];
      else if (key === "title") adapted.title = stripControls(release.title);
      else if (key === "summary") adapted.summary = stripControls(release.body[0] ?? "");
      else adapted[key] = value;
    }
    adapted.language = release.language;
    return adapted;
  });
  return `${jsonText(out, 2)}\n`;
}
