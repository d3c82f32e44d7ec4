import type { Meeting, Parliament, Release } from "@parlwire/schema";
import { participantPart } from "../words.js";
import { newestFirstKey } from "../dates.js";
import { capacityOf, indexRelease } from "../lookup.js";
import { mergeOfficial, mergeParliament, type Merged } from "../merge-facts.js";

/** What the site keeps of a release after its page is written: enough for lists and links. */
export interface ReleaseEntry {
  id: string;
  title: string;
  /** UTC instant (ISO) for newest-first order; empty when undated. */
  sortKey: string;
  /** `YYYY-MM-DD` as published, for display and sitemap `lastmod`. */
  date?: string;
  category?: string;
  publisherId?: string;
  /** The release's language (BCP 47), for `lang` on its title in lists. */
  language: string;
}

/** A meeting as seen from one participant's page. */
export interface Appearance {
  release: ReleaseEntry;
  meetingId: string;
  /** The meeting's date, else its release's: what the official's page sorts by. */
  sortDate?: string;
  status: string;
  date?: string;
  endDate?: string;
  place?: string;
  capacity?: string;
  kind?: NonNullable<Meeting["kind"]>;
  /** Their part in the meeting, in words ("host", "head of delegation"). */
  part?: string;
  /** The participant this appearance is about. */
  official: string;
  /** Everyone in the meeting, this participant included: one array shared by all of them. */
  participants: readonly { id: string; name: string }[];
}

export interface OfficialEntry {
  id: string;
  /** The official merged across releases (see {@link mergeOfficial}): newest name, posts merged. */
  merged: ReturnType<typeof mergeOfficial>;
  appearances: Appearance[];
  /** Releases that name them, kept only while they are in no meeting (for a page that isn't a dead end). */
  namedIn: ReleaseEntry[];
}

export interface ParliamentEntry {
  /** The parliament merged across releases (see {@link mergeParliament}): each fact from the newest release stating it. */
  merged: Merged<Parliament>;
  /** Releases it published. */
  releases: ReleaseEntry[];
  /** Releases published by others (or by nobody named) that mention it. */
  mentions: ReleaseEntry[];
}


/** Newest first, then by id: a total order, so every list in the site is reproducible. */
export function compareNewestFirst(a: { sortKey: string; id: string }, b: { sortKey: string; id: string }): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The small indexes the site keeps while releases stream past: one entry per release, one per
 * official with the meetings they appear in, one per parliament. Full releases are not kept.
 */
export class SiteIndex {
  readonly releases: ReleaseEntry[] = [];
  // Categories, dates, places and positions repeat across releases; each JSON.parse makes new
  // copies, so equal strings are shared here to keep the per-release cost small.
  private readonly pool = new Map<string, string>();
  private intern(value: string): string {
    const known = this.pool.get(value);
    if (known !== undefined) return known;
    if (this.pool.size < 100_000) this.pool.set(value, value);
    return value;
  }
  // Meeting participants as { id, name }, one object per person and name however many meetings list them.
  private readonly people = new Map<string, { id: string; name: string }>();
  private person(id: string, name: string): { id: string; name: string } {
    const key = `${id}\n${name}`;
    const known = this.people.get(key);
    if (known !== undefined) return known;
    const person = { id: this.intern(id), name: this.intern(name) };
    if (this.people.size < 100_000) this.people.set(key, person);
    return person;
  }
  readonly officials = new Map<string, OfficialEntry>();
  readonly parliaments = new Map<string, ParliamentEntry>();

  /** Forgets everything (once every page that lists releases is written). */
  clear(): void {
    this.releases.length = 0;
    this.officials.clear();
    this.parliaments.clear();
    this.pool.clear();
    this.people.clear();
  }

  /** Adds a release's facts; the release itself can be dropped afterwards. */
  add(release: Release): ReleaseEntry {
    const entry: ReleaseEntry = { id: release.id, title: release.title, sortKey: newestFirstKey(release), language: this.intern(release.language) };
    if (release.published) entry.date = this.intern(release.published.date);
    if (release.category) entry.category = this.intern(release.category);
    if (release.publisher?.parliament) entry.publisherId = this.intern(release.publisher.parliament);
    this.releases.push(entry);
    const index = indexRelease(release);

    for (const parliament of release.parliaments) {
      const known = this.parliaments.get(parliament.id);
      const merged = mergeParliament(known?.merged, parliament, release);
      if (known) {
        if (entry.publisherId !== parliament.id) known.mentions.push(entry);
      } else {
        this.parliaments.set(parliament.id, { merged, releases: [], mentions: entry.publisherId === parliament.id ? [] : [entry] });
      }
    }
    if (entry.publisherId) this.parliaments.get(entry.publisherId)?.releases.push(entry);

    for (const official of release.officials) {
      const known = this.officials.get(official.id);
      const merged = mergeOfficial(known?.merged, official, release);
      if (known) {
        if (!known.appearances.length) known.namedIn.push(entry);
      } else {
        this.officials.set(official.id, { id: official.id, merged, appearances: [], namedIn: [entry] });
      }
    }

    for (const meeting of release.meetings) {
      // Shared by every participant's appearance: a per-participant list of the others would be
      // quadratic (a valid meeting has up to 1,000 participants).
      const participants = meeting.participants.map((p) => this.person(p.official, p.name));
      for (const participant of meeting.participants) {
        const official = this.officials.get(participant.official);
        if (!official) continue;
        const appearance: Appearance = {
          release: entry,
          meetingId: meeting.id,
          status: meeting.status,
          official: official.id,
          participants,
        };
        // An undated meeting sorts by its release's date rather than after every dated one.
        const date = meeting.date ?? release.published?.date;
        if (date) appearance.sortDate = this.intern(date);
        if (meeting.date) appearance.date = this.intern(meeting.date);
        if (meeting.endDate) appearance.endDate = this.intern(meeting.endDate);
        if (meeting.place) appearance.place = this.intern(meeting.place.name);
        const capacity = capacityOf(index.officials.get(participant.official));
        if (capacity) appearance.capacity = this.intern(capacity);
        if (meeting.kind) appearance.kind = meeting.kind;
        const part = participantPart(participant);
        if (part) appearance.part = part;
        official.appearances.push(appearance);
        official.namedIn.length = 0;
      }
    }
    return entry;
  }
}
