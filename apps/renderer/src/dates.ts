import type { Release } from "@parlwire/schema";

export const monthNames = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** "2021" → "2021", "2021-04" → "April 2021", "2021-04-15" → "15 April 2021" (no time zone arithmetic). */
export function formatReducedDate(date: string): string {
  const [year, month, day] = date.split("-");
  const monthName = month ? monthNames[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  if (!day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** The local wall-clock time `HH:MM` of an RFC 3339 date-time, as printed (offset not applied). */
export function localTime(dateTime: string): string {
  return dateTime.slice(11, 16);
}

/** The capture layout's date line: `15 April 2021 | 21:25`, or `15 April 2021` without a time. */
export function dateLine(published: NonNullable<Release["published"]>): string {
  const day = formatReducedDate(published.date);
  return published.dateTime ? `${day} | ${localTime(published.dateTime)}` : day;
}

/** The moment a release was published, for feeds and sorting: its date-time, else its date at 00:00 UTC. */
export function publishedInstant(release: Release): Date | undefined {
  const published = release.published;
  if (!published) return undefined;
  return new Date(published.dateTime ?? `${published.date}T00:00:00Z`);
}

/**
 * A key that sorts releases newest first when compared as strings descending: the UTC instant
 * (fixed width), releases without a date last. Ties are broken by id by the caller.
 */
export function newestFirstKey(release: Release): string {
  const instant = publishedInstant(release);
  return instant ? instant.toISOString() : "";
}
