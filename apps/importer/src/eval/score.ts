import type { Answer } from "./answer.js";
import { countryKey, exact, samePlace, samePosition } from "./compare.js";

/** The fields scored, in table order. */
export const fields = [
  "title",
  "published",
  "category",
  "department",
  "participants.name",
  "participants.position",
  "participants.country",
  "meeting_date",
  "place",
  "complete_text",
] as const;
export type Field = (typeof fields)[number];

/** Counts for one field: true/false positives, false negatives, and both-empty agreements. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Both empty (null): right, but neither a hit nor a miss for precision and recall. */
  tn: number;
}

export type Scores = Record<Field, Counts>;

/** One disagreement, for the report. */
export interface Mismatch {
  field: Field;
  expected: unknown;
  found: unknown;
}

export function emptyScores(): Scores {
  return Object.fromEntries(fields.map((f) => [f, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Scores;
}

function scalar(counts: Counts, expected: string | null, found: string | null, same: (a: string, b: string) => boolean): boolean {
  if (expected === null && found === null) {
    counts.tn++;
    return true;
  }
  if (expected !== null && found !== null && same(expected, found)) {
    counts.tp++;
    return true;
  }
  if (found !== null) counts.fp++;
  if (expected !== null) counts.fn++;
  return false;
}

const same = (a: string, b: string) => exact(a) === exact(b);

/**
 * Scores one answer against the expected one, adding to `scores`. Participants are matched by
 * name (exact after NFC); position and country are scored on matched pairs (an unmatched
 * participant's position or country counts as a false positive or negative).
 */
export function scoreAnswer(scores: Scores, expected: Answer, found: Answer | undefined): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const got: Answer = found ?? {
    title: null,
    published: null,
    category: null,
    department: null,
    participants: [],
    meeting_date: null,
    place: null,
  };
  const check = (field: Field, e: string | null, f: string | null, compare = same) => {
    if (!scalar(scores[field], e, f, compare)) mismatches.push({ field, expected: e, found: f });
  };
  check("title", expected.title, got.title);
  check("published", expected.published, got.published);
  check("category", expected.category, got.category);
  check("department", expected.department, got.department);
  check("meeting_date", expected.meeting_date, got.meeting_date);
  check("place", expected.place, got.place, samePlace);
  if (expected.complete_text !== undefined) {
    check("complete_text", expected.complete_text ? null : "truncated", got.complete_text === false ? "truncated" : null);
  }

  const byName = new Map(got.participants.map((p) => [exact(p.name), p]));
  const matched = new Set<string>();
  for (const e of expected.participants) {
    const key = exact(e.name);
    const f = byName.get(key);
    if (!f) {
      scores["participants.name"].fn++;
      if (e.position !== null) scores["participants.position"].fn++;
      if (e.country !== null) scores["participants.country"].fn++;
      mismatches.push({ field: "participants.name", expected: e.name, found: null });
      continue;
    }
    matched.add(key);
    scores["participants.name"].tp++;
    if (!scalar(scores["participants.position"], e.position, f.position, samePosition)) {
      mismatches.push({ field: "participants.position", expected: `${e.name}: ${e.position}`, found: f.position });
    }
    if (!scalar(scores["participants.country"], e.country, f.country, (a, b) => countryKey(a) === countryKey(b))) {
      mismatches.push({ field: "participants.country", expected: `${e.name}: ${e.country}`, found: f.country });
    }
  }
  for (const f of got.participants) {
    if (matched.has(exact(f.name))) continue;
    scores["participants.name"].fp++;
    if (f.position !== null) scores["participants.position"].fp++;
    if (f.country !== null) scores["participants.country"].fp++;
    mismatches.push({ field: "participants.name", expected: null, found: f.name });
  }
  return mismatches;
}

/** Precision, recall and F1 (1 when there was nothing to find and nothing was claimed). */
export function metrics(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** All three participant fields pooled (micro-average). */
export function pooled(scores: Scores): Counts {
  const parts = [scores["participants.name"], scores["participants.position"], scores["participants.country"]];
  return parts.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
}
