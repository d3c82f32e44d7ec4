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

/**
 * The moment a release was published, for feeds and sorting: its date-time; for a date-only
 * release, noon of that day in the source's time zone (UTC when unknown). Feeds need a time;
 * noon keeps the printed day for every reader within 12 hours of the source, where midnight UTC
 * showed the day before to anyone west of Greenwich.
 */
export function publishedInstant(release: Release): Date | undefined {
  const published = release.published;
  if (!published) return undefined;
  if (published.dateTime) return new Date(published.dateTime);
  const noonUtc = Date.parse(`${published.date}T12:00:00Z`);
  return new Date(noonUtc - zoneOffsetMinutes(published.timeZone, noonUtc) * 60_000);
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The UTC offset of an IANA zone at an instant, in minutes (0 for an unknown or absent zone). */
export function zoneOffsetMinutes(timeZone: string | undefined, at: number): number {
  if (!timeZone) return 0;
  let format = offsetFormats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "longOffset" });
    } catch {
      return 0;
    }
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "";
  const match = /([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/** "+04:00" → "UTC+4", "-03:30" → "UTC−3:30", "Z" → "UTC". */
function utcOffset(dateTime: string): string {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(dateTime);
  if (!match) return "UTC";
  const hours = Number(match[2]);
  const minutes = match[3] === "00" ? "" : `:${match[3]}`;
  return hours === 0 && !minutes ? "UTC" : `UTC${match[1] === "-" ? "−" : "+"}${hours}${minutes}`;
}

/**
 * The time a release was published with its zone, for readers: "21:25 Baku time (UTC+4)",
 * "21:25 (UTC+4)" without a known zone, "21:25 local time" when only the local time was printed.
 */
export function timeWithZone(published: NonNullable<Release["published"]>): string | undefined {
  if (published.dateTime) {
    const city = published.timeZone?.split("/").pop()?.replaceAll("_", " ");
    return `${localTime(published.dateTime)} ${city ? `${city} time ` : ""}(${utcOffset(published.dateTime)})`;
  }
  return published.localDateTime ? `${localTime(published.localDateTime)} local time` : undefined;
}

/**
 * A key that sorts releases newest first when compared as strings descending: the UTC instant
 * (fixed width), releases without a date last. Ties are broken by id by the caller.
 */
export function newestFirstKey(release: Release): string {
  let key = newestFirstKeys.get(release);
  if (key === undefined) {
    const instant = publishedInstant(release);
    key = instant ? instant.toISOString() : "";
    newestFirstKeys.set(release, key);
  }
  return key;
}

// A site build asks for each release's key several times (its entry, every fact it merges, the
// feeds); a date-only release's key takes an Intl time-zone lookup. Releases are not mutated once read.
const newestFirstKeys = new WeakMap<Release, string>();
