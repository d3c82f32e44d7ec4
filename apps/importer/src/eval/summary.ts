import type { Answer } from "./answer.js";
import { countryKey, exact, samePlace, samePosition } from "./compare.js";
import { metrics } from "./score.js";

/** One scored capture: what the labels say and what the importer found. */
export interface ScoredPair {
  expected: Answer;
  found: Answer | undefined;
}

/** The headline figures of issue 8: participants P/R/F1, agreement on matched participants, per-release accuracy. */
export interface Summary {
  releases: number;
  participants: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  /** Share of matched participants whose position agrees (both empty agrees). */
  position: Ratio;
  /** Share of matched participants whose country agrees (both empty agrees). */
  country: Ratio;
  /** Share of releases whose field is right (both empty is right). */
  meetingDate: Ratio;
  place: Ratio;
  title: Ratio;
  published: Ratio;
}

export interface Ratio {
  right: number;
  of: number;
}

const ratio = (r: Ratio) => (r.of === 0 ? 1 : r.right / r.of);

function agrees(expected: string | null, found: string | null, same: (a: string, b: string) => boolean): boolean {
  if (expected === null || found === null) return expected === found;
  return same(expected, found);
}

const sameText = (a: string, b: string) => exact(a) === exact(b);
const sameCountry = (a: string, b: string) => countryKey(a) === countryKey(b);

/** Sums the headline figures over a set of scored captures. */
export function summarize(pairs: ScoredPair[]): Summary {
  const s: Summary = {
    releases: pairs.length,
    participants: { precision: 1, recall: 1, f1: 1, tp: 0, fp: 0, fn: 0 },
    position: { right: 0, of: 0 },
    country: { right: 0, of: 0 },
    meetingDate: { right: 0, of: 0 },
    place: { right: 0, of: 0 },
    title: { right: 0, of: 0 },
    published: { right: 0, of: 0 },
  };
  const count = (r: Ratio, ok: boolean) => {
    r.of++;
    if (ok) r.right++;
  };
  for (const { expected, found } of pairs) {
    count(s.meetingDate, agrees(expected.meeting_date, found?.meeting_date ?? null, sameText));
    count(s.place, agrees(expected.place, found?.place ?? null, samePlace));
    count(s.title, agrees(expected.title, found?.title ?? null, sameText));
    count(s.published, agrees(expected.published, found?.published ?? null, sameText));
    const byName = new Map((found?.participants ?? []).map((p) => [exact(p.name), p]));
    let matched = 0;
    for (const e of expected.participants) {
      const f = byName.get(exact(e.name));
      if (!f) {
        s.participants.fn++;
        continue;
      }
      matched++;
      s.participants.tp++;
      count(s.position, agrees(e.position, f.position, samePosition));
      count(s.country, agrees(e.country, f.country, sameCountry));
    }
    s.participants.fp += byName.size - matched;
  }
  const m = metrics({ ...s.participants, tn: 0 });
  s.participants = { ...s.participants, ...m };
  return s;
}

const f2 = (n: number) => n.toFixed(2);

/** Issue 8's table: one column per field. `rows` are named summaries (all, or one per publisher). */
export function formatSummary(rows: { name: string; summary: Summary }[]): string {
  const width = Math.max(10, ...rows.map((r) => r.name.length));
  const header = `| ${"releases".padEnd(width)} |  n | participants P / R / F1 | position | country | meeting date | place | title | published |`;
  const rule = `|${"-".repeat(width + 2)}|---:|------------------------:|---------:|--------:|-------------:|------:|------:|----------:|`;
  const lines = rows.map(({ name, summary: s }) => {
    const p = s.participants;
    const cells = [
      `${f2(p.precision)} / ${f2(p.recall)} / ${f2(p.f1)}`.padStart(23),
      f2(ratio(s.position)).padStart(8),
      f2(ratio(s.country)).padStart(7),
      f2(ratio(s.meetingDate)).padStart(12),
      f2(ratio(s.place)).padStart(5),
      f2(ratio(s.title)).padStart(5),
      f2(ratio(s.published)).padStart(9),
    ];
    return `| ${name.padEnd(width)} | ${String(s.releases).padStart(2)} | ${cells.join(" | ")} |`;
  });
  return [header, rule, ...lines].join("\n");
}
