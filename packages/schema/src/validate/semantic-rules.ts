import type { z } from "zod";
import { isBeforeReduced } from "../zod-free/reduced-date-order.js";
import type { Evidence } from "../model/evidence.js";
import type { Release } from "../model/release.js";
import { formatPath, formatPointer, type ValidationIssue } from "./validation-issue.js";
import { firstLoneSurrogate, isWellFormed } from "../zod-free/well-formed-text.js";

/** Codes of the rules that JSON Schema cannot express. */
export const semanticCodes = ["duplicate_id", "unresolved_reference", "date_order", "span_out_of_range", "date_mismatch"] as const;
export type SemanticCode = (typeof semanticCodes)[number];

type Path = (string | number)[];
// Paths are built only when a rule fails: a valid release with 1,000 participants allocates none.
type Report = (code: SemanticCode | "invalid_format", path: Path, message: string) => void;

/** The cross-field rules as zod refinement: adds an issue per broken rule. */
export function checkSemanticRules(release: Release, ctx: z.RefinementCtx): void {
  findProblems(release, (code, path, message) => ctx.addIssue({ code: "custom", path, message, params: { code } }));
}

/**
 * The cross-field rules for a release whose shape is already valid (e.g. checked by another
 * validator), in the documented issue format.
 */
export function semanticIssues(release: Release): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  findProblems(release, (code, path, message) => issues.push({ path: formatPath(path), pointer: formatPointer(path), code, message }));
  return issues;
}

function findProblems(release: Release, report: Report): void {
  const ids = checkUniqueIds(release, report);
  checkReferences(release, ids, report);
  checkDateOrder(release, report);
  checkEvidence(release, report);
  const published = release.published;
  if (published?.dateTime && published.dateTime.slice(0, 10) !== published.date) {
    report("date_mismatch", ["published", "dateTime"], `expected a date-time on ${published.date}, found ${published.dateTime}`);
  }
  if (published?.localDateTime && published.localDateTime.slice(0, 10) !== published.date) {
    report("date_mismatch", ["published", "localDateTime"], `expected a local date-time on ${published.date}, found ${published.localDateTime}`);
  }
  checkWellFormedText(release, report);
}

function checkUniqueIds(release: Release, report: Report): Set<string> {
  const ids = new Set<string>([release.id]);
  const lists = [
    ["meetings", release.meetings],
    ["officials", release.officials],
    ["parliaments", release.parliaments],
  ] as const;
  for (const [key, items] of lists) {
    for (let i = 0; i < items.length; i++) {
      const id = (items[i] as { id: string }).id;
      if (ids.has(id)) report("duplicate_id", [key, i, "id"], `expected a unique id, found ${id} again`);
      ids.add(id);
    }
  }
  return ids;
}

function checkReferences(release: Release, ids: Set<string>, report: Report): void {
  const unresolved = (id: string, path: Path, what: string) => report("unresolved_reference", path, `expected the id of ${what} in this document, found ${id}`);
  const publisher = release.publisher?.parliament;
  if (publisher !== undefined && !ids.has(publisher)) unresolved(publisher, ["publisher", "parliament"], "a parliament");
  const boilerplate = release.boilerplate?.parliament;
  if (boilerplate !== undefined && !ids.has(boilerplate)) unresolved(boilerplate, ["boilerplate", "parliament"], "a parliament");
  for (let m = 0; m < release.meetings.length; m++) {
    const participants = release.meetings[m]!.participants;
    for (let p = 0; p < participants.length; p++) {
      const official = participants[p]!.official;
      if (official !== undefined && !ids.has(official)) unresolved(official, ["meetings", m, "participants", p, "official"], "an official");
    }
  }
  for (let o = 0; o < release.officials.length; o++) {
    const positions = release.officials[o]!.positions;
    if (!positions) continue;
    for (let p = 0; p < positions.length; p++) {
      const organization = positions[p]!.organization;
      if (organization && "parliament" in organization && organization.parliament !== undefined && !ids.has(organization.parliament)) {
        unresolved(organization.parliament, ["officials", o, "positions", p, "organization", "parliament"], "a parliament");
      }
    }
  }
}

function checkDateOrder(release: Release, report: Report): void {
  for (let m = 0; m < release.meetings.length; m++) {
    const meeting = release.meetings[m]!;
    if (meeting.date && meeting.endDate && isBeforeReduced(meeting.endDate, meeting.date)) {
      report("date_order", ["meetings", m, "endDate"], `expected an endDate not before ${meeting.date}, found ${meeting.endDate}`);
    }
  }
  for (let o = 0; o < release.officials.length; o++) {
    const positions = release.officials[o]!.positions;
    if (!positions) continue;
    for (let p = 0; p < positions.length; p++) {
      const position = positions[p]!;
      if (position.start && position.end && isBeforeReduced(position.end, position.start)) {
        report("date_order", ["officials", o, "positions", p, "end"], `expected an end not before ${position.start}, found ${position.end}`);
      }
    }
  }
}

function checkEvidence(release: Release, report: Report): void {
  // `base` is the path of the evidence list; given as parts, so no array is built unless a span is wrong.
  const check = (evidence: Evidence[] | undefined, ...base: Path) => {
    if (!evidence) return;
    for (let i = 0; i < evidence.length; i++) {
      const span = evidence[i]!;
      const paragraph = release.body[span.paragraph];
      if (paragraph === undefined) {
        report("span_out_of_range", [...base, i, "paragraph"], `expected a paragraph index below ${release.body.length}, found ${span.paragraph}`);
      } else if (span.start >= span.end || span.end > paragraph.length) {
        report(
          "span_out_of_range",
          [...base, i],
          `expected 0 <= start < end <= ${paragraph.length} (paragraph ${span.paragraph}), found ${span.start}..${span.end}`,
        );
      }
    }
  };
  for (let m = 0; m < release.meetings.length; m++) {
    const meeting = release.meetings[m]!;
    if (meeting.evidence) check(meeting.evidence, "meetings", m, "evidence");
    if (meeting.dateEvidence) check(meeting.dateEvidence, "meetings", m, "dateEvidence");
    if (meeting.place?.evidence) check(meeting.place.evidence, "meetings", m, "place", "evidence");
    for (let p = 0; p < meeting.participants.length; p++) {
      const evidence = meeting.participants[p]!.evidence;
      if (evidence) check(evidence, "meetings", m, "participants", p, "evidence");
    }
  }
  for (let o = 0; o < release.officials.length; o++) {
    const positions = release.officials[o]!.positions;
    if (!positions) continue;
    for (let p = 0; p < positions.length; p++) {
      const evidence = positions[p]!.evidence;
      if (evidence) check(evidence, "officials", o, "positions", p, "evidence");
    }
  }
}

/**
 * Every string is well-formed Unicode: a lone surrogate (`"\ud800"` in JSON) cannot be written as
 * UTF-8, so other languages' parsers replace or refuse it. JSON Schema cannot say this; this rule does.
 * Keys need no check: the shape admits only ASCII keys.
 */
function checkWellFormedText(release: Release, report: Report): void {
  // First a check without paths (the common case: nothing to report), then a walk with paths.
  if (!isWellFormedDeep(release)) reportLoneSurrogates(release, [], report);
}

// Recursion is safe here: the shape is already valid, so nesting is shallow.
function isWellFormedDeep(value: unknown): boolean {
  if (typeof value === "string") return isWellFormed(value);
  if (typeof value !== "object" || value === null) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isWellFormedDeep(value[i])) return false;
    return true;
  }
  for (const key in value) if (!isWellFormedDeep((value as Record<string, unknown>)[key])) return false;
  return true;
}

function reportLoneSurrogates(value: unknown, path: Path, report: Report): void {
  if (typeof value === "string") {
    const at = firstLoneSurrogate(value);
    if (at !== -1) {
      const unit = value.charCodeAt(at).toString(16);
      report("invalid_format", path, `expected well-formed Unicode text, found a lone surrogate \\u${unit} at character ${at}`);
    }
  } else if (Array.isArray(value)) value.forEach((item, i) => reportLoneSurrogates(item, [...path, i], report));
  else if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) reportLoneSurrogates((value as Record<string, unknown>)[key], [...path, key], report);
  }
}
