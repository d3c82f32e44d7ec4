import type { Knowledge } from "../knowledge/knowledge.js";

/** A meeting date read from prose, with its span in the text searched. */
export interface ProseDate {
  date: string;
  endDate?: string;
  start: number;
  end: number;
}

const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const pad = (n: number) => String(n).padStart(2, "0");
let monthAlternation: { k: Knowledge; dmy: RegExp; mdy: RegExp } | undefined;

function patterns(k: Knowledge) {
  if (monthAlternation?.k !== k) {
    const names = [...k.proseMonths.keys()].filter((m) => /^[a-z]{3,}$/.test(m)).sort((a, b) => b.length - a.length).join("|");
    // "on 15 April", "from 20 to 22 October", "on 15-17 April 2021", "the 2nd of June".
    const dmy = new RegExp(
      `\\b(?:(?:on|from|between|since|until|till|by) )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s*(?:-|–|to|and|till|until|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?,?)?\\s+(?:of\\s+)?(${names})\\b(?:,?\\s+(\\d{4}))?`,
      "gi",
    );
    // "on April 15", "April 15-17, 2021".
    const mdy = new RegExp(`\\b(?:(?:on|from) )?(${names})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–)\\s*(\\d{1,2}))?(?:,?\\s+(\\d{4}))?\\b`, "gi");
    monthAlternation = { k, dmy, mdy };
  }
  return monthAlternation;
}

function iso(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The year for a day and month written without one: the one nearest the publication date. */
function nearestYear(month: number, day: number, published: string | undefined): number | undefined {
  if (!published) return undefined;
  const year = Number(published.slice(0, 4));
  const ref = Date.parse(published);
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const t = Date.UTC(y, month - 1, day);
    const distance = Math.abs(t - ref);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/** The first date written in `text` (day-month or month-day; "today"/"yesterday" from the publication date). */
export function findProseDate(text: string, k: Knowledge, published: string | undefined): ProseDate | undefined {
  const { dmy, mdy } = patterns(k);
  const found: ProseDate[] = [];
  const sample = text.slice(0, 5000);
  for (const [pattern, order] of [
    [dmy, "dmy"],
    [mdy, "mdy"],
  ] as const) {
    pattern.lastIndex = 0;
    const m = pattern.exec(sample);
    if (!m) continue;
    const month = k.proseMonths.get((order === "dmy" ? m[3] : m[1])!.toLowerCase());
    const day = Number(order === "dmy" ? m[1] : m[2]);
    const endDay = order === "dmy" ? m[2] : m[3];
    const written = m[4] ? Number(m[4]) : undefined;
    if (!month) continue;
    const year = written ?? nearestYear(month, day, published);
    if (!year) continue;
    const date = iso(year, month, day);
    if (!date) continue;
    const result: ProseDate = { date, start: m.index, end: m.index + m[0].length };
    if (endDay) {
      const endDate = iso(year, month, Number(endDay));
      if (endDate && endDate > date) result.endDate = endDate;
    }
    found.push(result);
  }
  const relative = /\b(today|yesterday)\b/i.exec(sample);
  if (relative && published) {
    const offset = relative[1]!.toLowerCase() === "yesterday" ? -1 : 0;
    const d = new Date(Date.parse(published) + offset * 86_400_000);
    found.push({ date: d.toISOString().slice(0, 10), start: relative.index, end: relative.index + relative[0].length });
  }
  // "on Wednesday" dates the event only when the release is printed on that same weekday: a
  // report a day or more later may mean any earlier Wednesday, and guessing would mislead.
  const weekday = /\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.exec(sample);
  if (weekday && published) {
    const wanted = weekdays.indexOf(weekday[1]!.toLowerCase());
    const ref = new Date(Date.parse(published));
    if (ref.getUTCDay() === wanted) found.push({ date: published, start: weekday.index, end: weekday.index + weekday[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  return found[0];
}
