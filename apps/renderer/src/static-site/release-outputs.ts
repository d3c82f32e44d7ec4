import type { Release } from "@parlwire/schema";
import { newestFirstKey } from "../dates.js";
import { renderHtmlPage } from "../html-page.js";
import type { PageContext } from "../page-layout.js";
import { type MergedElsewhere, PopoloBuilder } from "../popolo.js";
import { writeFileAtomically, writeFileInPieces } from "./atomic-write.js";
import { type EventSource, PopoloEvents, writePopolo } from "./popolo-events.js";

/** What the outputs of a site build's releases need besides the releases; plain data, so a worker can be given it. */
export interface ReleaseOutputSettings {
  /** The page context of every release page. */
  context: PageContext;
  /** The site's base URL, for the release pages named as Popolo sources. */
  baseUrl: string;
  /** A scratch file for the Popolo events (see {@link PopoloEvents}). */
  eventsScratch: string;
}

/** One release, and where its page goes: a fresh temporary file renamed over the target (both named by the site's writer). */
export interface ReleaseJob {
  release: Release;
  target: string;
  temporary: string;
}

/**
 * The outputs made from each release on its own, in one place: its page, and its share of the
 * Popolo JSON (persons, organisations and events merged across releases). They need nothing from
 * the site's index, so the site build can make them on another thread (see release-outputs-thread.ts).
 */
export class ReleaseOutputs {
  private readonly events: PopoloEvents;
  private readonly popolo: PopoloBuilder;
  // The release being added: the source of the events it yields.
  private source: EventSource | undefined;

  constructor(private readonly settings: ReleaseOutputSettings) {
    this.events = new PopoloEvents(settings.eventsScratch);
    // The site's index merges persons and parliaments anyway: they are given to writePopolo.
    this.popolo = new PopoloBuilder({ baseUrl: settings.baseUrl, mergedElsewhere: true, onEvent: (event, stamp) => this.events.add(event, stamp, this.source as EventSource) });
  }

  add(job: ReleaseJob): void {
    const { release } = job;
    writeFileAtomically(job.temporary, job.target, renderHtmlPage(release, this.settings.context));
    this.source = { id: release.id, sortKey: newestFirstKey(release), ...(release.published ? { date: release.published.date } : {}) };
    this.popolo.add(release);
  }

  /** Writes the Popolo JSON of every release added, with the persons and parliaments the index merged (atomically, as {@link add} writes pages). */
  async writePopolo(target: string, temporary: string, merged: MergedElsewhere): Promise<void> {
    this.events.close();
    await writeFileInPieces(temporary, target, (write) => writePopolo(this.popolo.build(merged), this.events, write));
  }

  close(): void {
    this.events.close();
  }
}
