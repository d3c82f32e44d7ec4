import type { Official, Parliament, Position, Release } from "@parlwire/schema";
import { newestFirstKey } from "./dates.js";

// Parliaments and officials appear in many releases, each stating what it knew on its day.
// Merging keeps, for every fact, the value from the newest release that states it, with a total
// order on releases (date, instant, id), so the merged result never depends on input order.

/** Orders releases for merging: larger is newer. Undated releases are older than any dated one. */
export function factStamp(release: Release): string {
  return stampOf(release.published?.date, newestFirstKey(release), release.id);
}

/** {@link factStamp} from its parts (published date, newest-first key, id), for code that keeps only those. */
export function stampOf(date: string | undefined, sortKey: string, id: string): string {
  return `${date ?? ""}|${sortKey}|${id}`;
}

/** A value merged across releases, with the stamp of the release each field came from. */
export interface Merged<T> {
  value: T;
  stamps: Partial<Record<keyof T, string>>;
}

const maxNames = 50;

// Union of two lists, deduplicated and sorted, keeping the first `max`: the same set in any order.
function union<T>(a: readonly T[] | undefined, b: readonly T[] | undefined, key: (item: T) => string, max = maxNames): T[] | undefined {
  if (!a?.length) return b?.length ? sortedUnique(b, key, max) : undefined;
  if (!b?.length) return [...a];
  return sortedUnique([...a, ...b], key, max);
}

function sortedUnique<T>(items: readonly T[], key: (item: T) => string, max: number): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (!byKey.has(k)) byKey.set(k, item);
  }
  return [...byKey.keys()].sort().slice(0, max).map((k) => byKey.get(k) as T);
}

type OtherName = NonNullable<Official["otherNames"]>[number];
const nameKey = (n: OtherName) => JSON.stringify([n.name, n.language ?? "", n.note ?? ""]);
const identifierKey = (i: { scheme: string; identifier: string }) => `${i.scheme}\u0000${i.identifier}`;

/**
 * Merges a parliament as one release states it into what is known: each fact from the newest
 * release that states it; other names and identifiers are united. Seats keep the date they hold
 * for: their `asOf`, else the date of the release that stated them.
 */
export function mergeParliament(known: Merged<Parliament> | undefined, parliament: Parliament, release: Release): Merged<Parliament> {
  const stamp = factStamp(release);
  const merged: Merged<Parliament> = known ?? { value: { id: parliament.id, name: parliament.name }, stamps: {} };
  const value = merged.value as Record<string, unknown>;
  for (const [field, given] of Object.entries(parliament) as [keyof Parliament, unknown][]) {
    if (field === "id" || given === undefined) continue;
    if (field === "otherNames") merged.value.otherNames = union(merged.value.otherNames, parliament.otherNames, nameKey);
    else if (field === "identifiers") merged.value.identifiers = union(merged.value.identifiers, parliament.identifiers, identifierKey);
    else {
      // Seats compare by the date they hold for, then by release.
      let fieldStamp = stamp;
      let fieldValue = given;
      if (field === "seats" && parliament.seats) {
        const asOf = parliament.seats.asOf ?? release.published?.date;
        fieldStamp = `${asOf ?? ""}#${stamp}`;
        fieldValue = asOf ? { ...parliament.seats, asOf } : parliament.seats;
      }
      const previous = merged.stamps[field];
      if (previous === undefined || fieldStamp > previous) {
        value[field] = fieldValue;
        merged.stamps[field] = fieldStamp;
      }
    }
  }
  return merged;
}

/** The post a position is, whatever its wording: role, organisation and chamber. */
export function postKey(position: Position): string {
  const organization = position.organization;
  const org = !organization
    ? ""
    : "parliament" in organization
      ? organization.parliament
      : `${organization.name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim()}|${organization.country ?? ""}`;
  return `${position.role}|${org}|${position.chamber ?? ""}`;
}

const maxPositions = 20;

/**
 * Merges an official as one release states them into what is known: name and honorific from the
 * newest release; other names and identifiers united; positions merged by post ({@link postKey}),
 * each with the wording, dates and country of the newest release that mentions that post. At most
 * 20 posts are kept, the most recently stated (the same ones whatever the input order).
 */
export function mergeOfficial(known: Merged<Official> | undefined, official: Official, release: Release): Merged<Official> & { posts: Map<string, { position: Position; stamp: string }> } {
  const stamp = factStamp(release);
  const merged = (known ?? { value: { id: official.id, name: official.name }, stamps: {}, posts: new Map() }) as Merged<Official> & {
    posts: Map<string, { position: Position; stamp: string }>;
  };
  for (const field of ["name", "honorific"] as const) {
    const given = official[field];
    if (given === undefined) continue;
    const previous = merged.stamps[field];
    if (previous === undefined || stamp > previous) {
      merged.value[field] = given;
      merged.stamps[field] = stamp;
    }
  }
  merged.value.otherNames = union(merged.value.otherNames, official.otherNames, nameKey);
  merged.value.identifiers = union(merged.value.identifiers, official.identifiers, identifierKey);
  if (!merged.value.otherNames) delete merged.value.otherNames;
  if (!merged.value.identifiers) delete merged.value.identifiers;
  for (const position of official.positions ?? []) {
    const key = postKey(position);
    const previous = merged.posts.get(key);
    if (previous && previous.stamp >= stamp) continue;
    merged.posts.set(key, { position, stamp });
    if (merged.posts.size > maxPositions) {
      // Drop the least recently stated post (ties by key): the kept set is the same in any order.
      let oldest: string | undefined;
      for (const [k, p] of merged.posts) {
        const o = oldest === undefined ? undefined : merged.posts.get(oldest);
        if (!o || p.stamp < o.stamp || (p.stamp === o.stamp && k < (oldest as string))) oldest = k;
      }
      merged.posts.delete(oldest as string);
    }
  }
  merged.value.positions = sortedPosts(merged.posts);
  if (!merged.value.positions.length) delete merged.value.positions;
  return merged;
}

/** Positions newest first, then by post. */
export function sortedPosts(posts: ReadonlyMap<string, { position: Position; stamp: string }>): Position[] {
  return [...posts.entries()]
    .sort(([ka, a], [kb, b]) => (a.stamp !== b.stamp ? (a.stamp < b.stamp ? 1 : -1) : ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, p]) => p.position);
}
