import type { Parliament, Release } from "@parlwire/schema";
import { newestFirstKey } from "../dates.js";
import { capacityOf, indexRelease, organizationName } from "../lookup.js";

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
}

/** A meeting as seen from one participant's page. */
export interface Appearance {
  release: ReleaseEntry;
  meetingId: string;
  status: string;
  date?: string;
  endDate?: string;
  place?: string;
  capacity?: string;
  /** The participant this appearance is about. */
  official: string;
  /** Everyone in the meeting, this participant included: one array shared by all of them. */
  participants: readonly { id: string; name: string }[];
}

export interface OfficialEntry {
  id: string;
  name: string;
  honorific?: string;
  otherNames: string[];
  /** Distinct "label|organisation" pairs, capped, in first-seen order. */
  positions: Map<string, { label: string; organization?: string }>;
  appearances: Appearance[];
}

export interface ParliamentEntry {
  parliament: Parliament;
  releases: ReleaseEntry[];
  officials: Map<string, { name: string; label: string }>;
}

const maxPositions = 20;

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
  readonly officials = new Map<string, OfficialEntry>();
  readonly parliaments = new Map<string, ParliamentEntry>();

  /** Adds a release's facts; the release itself can be dropped afterwards. */
  add(release: Release): ReleaseEntry {
    const entry: ReleaseEntry = { id: release.id, title: release.title, sortKey: newestFirstKey(release) };
    if (release.published) entry.date = this.intern(release.published.date);
    if (release.category) entry.category = this.intern(release.category);
    if (release.publisher?.parliament) entry.publisherId = this.intern(release.publisher.parliament);
    this.releases.push(entry);
    const index = indexRelease(release);

    for (const parliament of release.parliaments) {
      if (!this.parliaments.has(parliament.id)) this.parliaments.set(parliament.id, { parliament, releases: [], officials: new Map() });
    }
    if (entry.publisherId) this.parliaments.get(entry.publisherId)?.releases.push(entry);

    for (const official of release.officials) {
      let known = this.officials.get(official.id);
      if (!known) {
        known = { id: official.id, name: official.name, otherNames: [], positions: new Map(), appearances: [] };
        if (official.honorific) known.honorific = official.honorific;
        this.officials.set(official.id, known);
      }
      for (const other of official.otherNames ?? []) {
        if (!known.otherNames.includes(other.name) && known.otherNames.length < maxPositions) known.otherNames.push(other.name);
      }
      for (const position of official.positions ?? []) {
        const organization = organizationName(position, index);
        const key = `${position.label}|${organization ?? ""}`;
        if (!known.positions.has(key) && known.positions.size < maxPositions) {
          known.positions.set(key, organization ? { label: position.label, organization } : { label: position.label });
        }
        const org = position.organization;
        if (org && "parliament" in org) {
          const parliament = this.parliaments.get(org.parliament);
          if (parliament && !parliament.officials.has(official.id)) {
            parliament.officials.set(official.id, { name: official.name, label: position.label });
          }
        }
      }
    }

    for (const meeting of release.meetings) {
      // Shared by every participant's appearance: a per-participant list of the others would be
      // quadratic (a valid meeting has up to 1,000 participants).
      const participants = meeting.participants.map((p) => ({ id: this.intern(p.official), name: this.intern(p.name) }));
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
        if (meeting.date) appearance.date = this.intern(meeting.date);
        if (meeting.endDate) appearance.endDate = this.intern(meeting.endDate);
        if (meeting.place) appearance.place = this.intern(meeting.place.name);
        const capacity = capacityOf(index.officials.get(participant.official));
        if (capacity) appearance.capacity = this.intern(capacity);
        official.appearances.push(appearance);
      }
    }
    return entry;
  }
}
