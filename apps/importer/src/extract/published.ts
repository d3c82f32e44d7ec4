import type { Published } from "@parlwire/schema";
import { DateTime } from "luxon";
import type { PrintedDate } from "../layout/date-line.js";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** `YYYY-MM-DD` of a printed date. */
export function isoDate(d: { year: number; month: number; day: number }): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/**
 * The `published` block: the date as printed, and a full date-time only when both the time and the
 * source's time zone are known (the offset comes from the IANA zone on that day, via luxon).
 */
export function toPublished(printed: PrintedDate, timeZone: string | undefined): { published: Published; unknownZone: boolean } {
  const published: Published = { date: isoDate(printed) };
  let unknownZone = false;
  if (printed.hour !== undefined && printed.minute !== undefined) {
    if (timeZone) {
      const dateTime = zonedDateTime(printed, printed.hour, printed.minute, timeZone);
      if (dateTime) published.dateTime = dateTime;
    } else {
      unknownZone = true;
    }
    // Without a zone the printed wall-clock time is still a fact: kept without an offset.
    if (!published.dateTime) published.localDateTime = `${published.date}T${pad(printed.hour)}:${pad(printed.minute)}`;
  }
  if (timeZone) published.timeZone = timeZone;
  published.asPrinted = printed.asPrinted.slice(0, 200);
  return { published, unknownZone };
}

// Asking luxon (Intl) for a zone's offset is the costliest step of a small import; a batch
// repeats the same zone and hours, so answers are memoised (bounded).
const offsets = new Map<string, string | undefined>();
const maxOffsets = 10_000;

function zonedDateTime(d: { year: number; month: number; day: number }, hour: number, minute: number, zone: string): string | undefined {
  const key = `${zone} ${d.year}-${d.month}-${d.day} ${hour}:${minute}`;
  if (offsets.has(key)) return offsets.get(key);
  const local = DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour, minute }, { zone });
  const value = local.isValid ? local.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ") : undefined;
  if (offsets.size >= maxOffsets) offsets.clear();
  offsets.set(key, value);
  return value;
}

/** Reads a hint date: RFC 3339 (`2021-04-15T21:25:00+04:00`) or `YYYY-MM-DD`. */
export function publishedFromHint(hint: string): Published | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?(Z|[+-]\d{2}:\d{2}))?$/.exec(hint.trim());
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  const check = DateTime.fromISO(date, { zone: "UTC" });
  if (!check.isValid) return undefined;
  const published: Published = { date };
  if (m[4] && m[7]) {
    const offset = m[7] === "Z" ? "Z" : m[7];
    published.dateTime = `${date}T${m[4]}:${m[5]}:${m[6] ?? "00"}${offset}`;
  }
  return published;
}
