import type { Release } from "@parlwire/schema";
import { newestFirstKey } from "../dates.js";
import { feedRelease, renderFeeds } from "../feeds.js";
import { renderHtmlPage } from "../html-page.js";
import type { PageContext } from "../page-layout.js";
import { releasePath } from "../paths.js";
import { writeFileAtomically } from "./atomic-write.js";
import { compareNewestFirst } from "./site-index.js";

/** What the outputs of a site build's releases need besides the releases; plain data, so a worker can be given it. */
export interface ReleaseOutputSettings {
  /** The page context of every release page. */
  context: PageContext;
  /** The site's base URL, for the feeds. */
  baseUrl: string;
  /** The site's name and language, and the number of releases in each feed (the newest). */
  feeds: { title: string; language: string; size: number };
}

/** A file to write: a fresh temporary file renamed over the target, or the target itself in a new folder (both named by the site's writer). */
export interface Reserved {
  target: string;
  temporary: string | undefined;
}

/** One release (or the JSON text it was parsed from, cheaper to send to a worker), and where its page goes. */
export interface ReleaseJob extends Reserved {
  release: Release | string;
}

/** The site-relative paths of the feeds, made from the newest releases. */
export const feedPaths = { atom: "feeds/atom.xml", rss: "feeds/rss.xml", json: "feeds/feed.json" } as const;
export type FeedFiles = Record<keyof typeof feedPaths, Reserved>;

/**
 * The outputs made from each release on its own, in one place: its page and its share of the
 * feeds (the newest releases). They need nothing from the site's index, so the site build makes
 * them on another thread (see release-outputs-thread.ts). Popolo stays on the build's thread:
 * measured, the worker was the longer of the two threads with it.
 */
export class ReleaseOutputs {
  // The newest releases whole, for the feeds; trimmed in batches to stay linear.
  private newest: Release[] = [];

  constructor(private readonly settings: ReleaseOutputSettings) {}

  add(job: ReleaseJob): void {
    const release = typeof job.release === "string" ? (JSON.parse(job.release) as Release) : job.release;
    writeFileAtomically(job.temporary, job.target, renderHtmlPage(release, this.settings.context));
    this.newest.push(feedRelease(release));
    if (this.newest.length >= this.settings.feeds.size * 4) this.newest = newestOf(this.newest, this.settings.feeds.size);
  }

  /** Writes the feeds of the newest releases added (atomically, as {@link add} writes pages). */
  async writeFeeds(files: FeedFiles): Promise<void> {
    const { title, language, size } = this.settings.feeds;
    const feeds = await renderFeeds(newestOf(this.newest, size), {
      title,
      description: "Parliamentary press releases as data",
      language,
      baseUrl: this.settings.baseUrl,
      pathOf: (r) => releasePath(r.id),
    });
    writeFileAtomically(files.atom.temporary, files.atom.target, feeds.atom);
    writeFileAtomically(files.rss.temporary, files.rss.target, feeds.rss);
    writeFileAtomically(files.json.temporary, files.json.target, feeds.json);
  }
}

function newestOf(releases: Release[], count: number): Release[] {
  return releases
    .map((release) => ({ release, sortKey: newestFirstKey(release), id: release.id }))
    .sort(compareNewestFirst)
    .slice(0, count)
    .map((e) => e.release);
}
