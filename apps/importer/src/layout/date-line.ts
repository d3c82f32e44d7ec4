import type { Knowledge } from "../knowledge/knowledge.js";
import { trimEndChars } from "./trim-chars.js";

const dateSeparators = new Set([..." \t,|–—-"]);

/** A date (and maybe a time) read from a date line, as printed: no time zone applied. */
export interface PrintedDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  /** The date text as printed, trimmed. */
  asPrinted: string;
  /** The place printed before the date ("Tbilisi, 5 September 2023"), as written. */
  place?: string;
}

// Every pattern is anchored and made of bounded, non-overlapping pieces: linear on any input.
const weekday = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i;
const placePrefix = /^[\p{Lu}][\p{L}.' -]{1,30}?,\s+(?=\d|[\p{L}]+\.?\s+\d)/u;
const prefix = /^(?:published|posted|date|updated)(?:\s+on)?\s*:?\s*/i;
/** A wire's byline after the date: "Posted On: 19 OCT 2025 5:12PM by PIB Delhi". */
const bylineSuffix = /\s+by\s+[\p{Lu}][\p{L}.'’ -]{0,40}$/u;
const dayMonthYear = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([\p{L}]{3,12})\.?,?\s+(\d{4})(?:\s*(?:[|,–—-]|at)?\s*(\d{1,2})[:.](\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?)?$/u;
const monthDayYear = /^([\p{L}]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\s*(?:[|,–—-]|at)?\s*(\d{1,2})[:.](\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?)?$/u;
// Day first, as printed outside the US: "18.12.2019", "18/12/2019", "25-03-2025 - 17:32".
const numeric = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:\s*[|,–—-]?\s*(\d{1,2}):(\d{2}))?$/;
const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2})?)?$/;

/** Longest line considered as a date line; longer lines are prose. */
export const maxDateLineLength = 60;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(y: string, m: number | undefined, d: string, h: string | undefined, mi: string | undefined, ampm: string | undefined, asPrinted: string): PrintedDate | undefined {
  const year = Number(y);
  const day = Number(d);
  if (m === undefined || m < 1 || m > 12 || year < 1900 || year > 2199 || day < 1 || day > daysIn(year, m)) return undefined;
  const result: PrintedDate = { year, month: m, day, asPrinted };
  if (h !== undefined && mi !== undefined) {
    let hour = Number(h);
    const minute = Number(mi);
    if (ampm) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (ampm.toLowerCase() === "p" ? 12 : 0);
    }
    if (hour > 23 || minute > 59) return undefined;
    result.hour = hour;
    result.minute = minute;
  }
  return result;
}

/**
 * Reads a line that is only a date: `15 April 2021 | 21:25`, `15 aprel 2021 | 21:25`,
 * `15 апреля 2021`, `April 3, 2013`, `18.12.2019`, `25-03-2025 - 17:32`, `2019-12-18`,
 * `Posted On: 19 OCT 2025 5:12PM by PIB Delhi`.
 */
export function parseDateLine(line: string, k: Knowledge): PrintedDate | undefined {
  // Every date form has a digit and a year of four: a cheap test before the patterns.
  if (line.length > maxDateLineLength * 2 || !/\d{4}/.test(line)) return undefined;
  const asPrinted = line.replace(/[\s\u00a0]+/g, " ").trim();
  if (asPrinted.length < 6 || asPrinted.length > maxDateLineLength) return undefined;
  // "Baku, 12 March 2020" (a place before the date, as under a signature).
  const unprefixed = asPrinted.replace(prefix, "");
  const placed = placePrefix.exec(unprefixed);
  // "12.06.2024." (Latvian and other styles close a numeric date with a full stop).
  const text = (placed ? unprefixed.slice(placed[0].length) : unprefixed).replace(weekday, "").replace(bylineSuffix, "").replace(/(\d)\.$/, "$1");
  const date = readDate(text, asPrinted, k);
  // "Tbilisi, 5 September 2023": the city the release was filed from (a weekday is not one).
  const place = placed ? placed[0].replace(/,\s*$/, "") : undefined;
  return date && place && !weekday.test(`${place} `) ? { ...date, place } : date;
}

function readDate(text: string, asPrinted: string, k: Knowledge): PrintedDate | undefined {
  let m = dayMonthYear.exec(text);
  if (m) return build(m[3]!, k.months.get(m[2]!.toLowerCase()), m[1]!, m[4], m[5], m[6], asPrinted);
  m = monthDayYear.exec(text);
  if (m) return build(m[3]!, k.months.get(m[1]!.toLowerCase()), m[2]!, m[4], m[5], m[6], asPrinted);
  m = numeric.exec(text);
  if (m) return build(m[4]!, Number(m[3]), m[1]!, m[5], m[6], undefined, asPrinted);
  m = iso.exec(text);
  if (m) return build(m[1]!, Number(m[2]), m[3]!, m[4], m[5], undefined, asPrinted);
  return undefined;
}

/** "published", "posted" and their forms in other European languages, before a date. */
const provenanceWord = /\b(?:published|posted|gepubliceerd|publié|publiée|publicado|publicada|pubblicato|pubblicata|veröffentlicht|publiziert)(?!\p{L})/iu;
/** The date after it: a day, a month name and a year, or all in digits; any weekday or "on" before it is skipped. */
const provenanceDate = /^[^\d]{0,40}?(\d{1,2}\.?\s+[\p{L}]{3,12}\.?,?\s+\d{4}|[\p{L}]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})/u;

/**
 * A republisher's provenance line naming when the original was published, in any of several
 * European languages: "Met dank overgenomen van …, gepubliceerd op vrijdag 24 februari 2012.",
 * "Published on Tuesday, 13 March 2012 by …", "publié le 5 mars 2013". Short lines only.
 */
export function parseProvenanceLine(line: string, k: Knowledge): PrintedDate | undefined {
  // A case-sensitive substring test first: the case-insensitive Unicode search costs more, and most lines hold neither word.
  if (line.length > 300 || !/[Pp]ubl|[Pp]ost|[Vv]eröff/.test(line)) return undefined;
  const word = provenanceWord.exec(line);
  if (!word) return undefined;
  const m = provenanceDate.exec(line.slice(word.index + word[0].length));
  return m ? parseDateLine(m[1]!, k) : undefined;
}

/** A date glued to the end of a title (`... Parliament 18.12.2019`): the title without it, and the date. */
export function splitGluedDate(title: string, k: Knowledge): { title: string; date: PrintedDate } | undefined {
  // A glued date ends the title with its year or its time.
  if (!/\d\s*$/.test(title.slice(-8))) return undefined;
  // Glued without a space: "...Assembly18.12.2019".
  const tight = /[^\d\s.](\d{1,2}\.\d{1,2}\.\d{4})$/.exec(title.slice(-12));
  if (tight) {
    const date = parseDateLine(tight[1]!, k);
    if (date) return { title: title.slice(0, title.length - tight[1]!.length).trim(), date };
  }
  const words = title.trim().split(/\s+/);
  // A date is 1 (18.12.2019) to 6 (15 April 2021 | 21:25) words long.
  for (let n = 6; n >= 1; n--) {
    if (words.length <= n) continue;
    const date = parseDateLine(words.slice(-n).join(" "), k);
    if (date) {
      const rest = trimEndChars(words.slice(0, -n).join(" "), dateSeparators);
      // "Plenary Session on 15 April 2021": the date belongs to the headline's sentence.
      if (/\b(?:on|of|in|at|from|until|to|since|by|for|before|after)$/i.test(rest)) return undefined;
      if (rest.length > 0) return { title: rest, date };
    }
  }
  return undefined;
}

/** A city as a dateline prints it: "BASEL", "New Delhi", "KUALA LUMPUR". */
const datelineCity = /^[\p{Lu}][\p{L}.' -]{1,30}$/u;

/** Wire style prints the city in capitals (BASEL): keep it as a name (Basel). */
function cityName(written: string): string {
  return written === written.toUpperCase() ? written.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase()) : written;
}

/**
 * A wire dateline opening a paragraph: the place, the date when it has a year, and where the
 * dateline starts (after a photo caption glued before it, `offset` > 0). Forms:
 * `BASEL, 3 December 2014 -- …`, `ISLAMABAD, May 06, 2021 (PPI-OT): …`, `KUWAIT: …`,
 * `New Delhi: …`, `KUALA LUMPUR, April 23 — …` (no year: place only).
 */
export function parseWireDateline(paragraph: string, k: Knowledge): { place: string; date?: PrintedDate; offset: number } | undefined {
  const direct = datelineAt(paragraph, 0, k);
  if (direct) return direct;
  // "… Copenhagen, 10 September 2021COPENHAGEN, 10 September 2021 – …": a capitalised city
  // glued to a caption; look for it in the first 200 characters.
  const glued = /[^\s\p{Lu}]([\p{Lu}]{3,}(?:[ -][\p{Lu}]{2,})*), /u.exec(paragraph.slice(0, 200));
  if (glued) return datelineAt(paragraph, glued.index + 1, k);
  return undefined;
}

function datelineAt(paragraph: string, offset: number, k: Knowledge): { place: string; date?: PrintedDate; offset: number } | undefined {
  const head = paragraph.slice(offset, offset + 90);
  // "CITY, date (AGENCY):", "CITY, date:", "CITY:" — a colon ends the dateline.
  const colon = /^([^,:]{2,31})(?:,([^:()]{3,30}?))?\s*(?:\([^()]{1,20}\))?\s*:/.exec(head);
  if (colon && datelineCity.test(colon[1]!.trim())) {
    const written = colon[1]!.trim();
    // "Pedro Agramunt: ‘We need …’": a speaker, not a city, when no date follows and the name is not in capitals.
    const date = colon[2] ? parseDateLine(colon[2], k) : undefined;
    if (colon[2] && !date) return undefined;
    if (!date && written !== written.toUpperCase() && !k.cities.has(written)) return undefined;
    return { place: cityName(written), ...(date ? { date } : {}), offset };
  }
  const dash = /\s(?:--|—|–|-)\s/.exec(head);
  if (!dash) return undefined;
  // "KUWAIT, Jan 15 (KUNA) --": an agency's tag before the dash is not part of the date.
  const lead = head.slice(0, dash.index).replace(/\s*\([\p{Lu}][\p{L}-]{1,15}\)$/u, "");
  const comma = lead.indexOf(",");
  if (comma < 2 || comma > 40) return undefined;
  const written = lead.slice(0, comma).trim();
  if (!datelineCity.test(written)) return undefined;
  const date = parseDateLine(lead.slice(comma + 1), k);
  if (date) return { place: cityName(written), date, offset };
  // "KUALA LUMPUR, April 23 —": a day and month without a year give the place only.
  if (written === written.toUpperCase() && /^\s*(?:[\p{L}]{3,12}\.? \d{1,2}|\d{1,2} [\p{L}]{3,12})\s*$/u.test(lead.slice(comma + 1))) {
    return { place: cityName(written), offset };
  }
  return undefined;
}
