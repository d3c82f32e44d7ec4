import { portablePattern } from "../zod-free/portable-pattern.js";
import { patterned } from "./text.js";

// Calendar-exact date grammar written as a regex so that zod and every JSON Schema validator agree
// without relying on `format` (ajv-formats, Python jsonschema and zod all read `date-time` differently).
const monthDay =
  "(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)";
const leapYear = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
const calendarDate = `(?:[0-9]{4}-${monthDay}|${leapYear}-02-29)`;
const hourMinute = "(?:[01][0-9]|2[0-3]):[0-5][0-9]";
const time = `${hourMinute}:[0-5][0-9](?:\\.[0-9]{1,9})?`;
const offset = `(?:Z|[+-]${hourMinute})`;

export const datePattern = portablePattern(calendarDate);
export const reducedDatePattern = portablePattern(`[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|${calendarDate}`);
export const dateTimePattern = portablePattern(`${calendarDate}T${time}${offset}`);
export const localDateTimePattern = portablePattern(`${calendarDate}T${hourMinute}(?::[0-5][0-9])?`);
export const timeZonePattern = portablePattern("UTC|[A-Z][A-Za-z_]+(?:\\/[A-Za-z0-9_+-]+){1,2}");

/** A calendar date, `YYYY-MM-DD`. */
export const LocalDateSchema = patterned(datePattern, 10, "a calendar date YYYY-MM-DD").meta({
  description: "A calendar date, YYYY-MM-DD (a real day: no 30 February).",
});

/** A date of reduced precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const ReducedDateSchema = patterned(
  reducedDatePattern,
  10,
  "a date YYYY, YYYY-MM or YYYY-MM-DD",
).meta({
  description: "A date of reduced precision: YYYY, YYYY-MM or YYYY-MM-DD (a real day).",
});

/** An RFC 3339 date-time with seconds and an explicit offset, e.g. `2021-04-15T21:25:00+04:00`. */
export const DateTimeSchema = patterned(
  dateTimePattern,
  35,
  "an RFC 3339 date-time with offset, like 2021-04-15T21:25:00+04:00",
).meta({
  description:
    "RFC 3339 date-time with seconds and an offset (Z or ±HH:MM), uppercase T, e.g. 2021-04-15T21:25:00+04:00.",
});

/** A wall-clock date-time as printed, without offset: `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`. */
export const LocalDateTimeSchema = patterned(
  localDateTimePattern,
  19,
  "a local date-time without offset, like 2021-04-15T21:25 or 2021-04-15T21:25:00",
).meta({
  description: "A wall-clock date-time without offset, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, uppercase T, e.g. 2021-04-15T21:25.",
});

/** An IANA time zone name, e.g. `Asia/Baku`. */
export const TimeZoneSchema = patterned(timeZonePattern, 64, "an IANA time zone like Asia/Baku").meta({
  description: "An IANA time zone name, e.g. Asia/Baku, or UTC.",
});
