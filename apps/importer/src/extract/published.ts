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
      const local = DateTime.fromObject(
        { year: printed.year, month: printed.month, day: printed.day, hour: printed.hour, minute: printed.minute },
        { zone: timeZone },
      );
      if (local.isValid) published.dateTime = local.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
    } else {
      unknownZone = true;
    }
  }
  if (timeZone) published.timeZone = timeZone;
  published.asPrinted = printed.asPrinted.slice(0, 200);
  return { published, unknownZone };
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
