import type { z } from "zod";
import { isBeforeReduced } from "./reduced-date-order.js";
import type { Evidence } from "./evidence.js";
import type { Release } from "./release.js";
import { formatPath, formatPointer, type ValidationIssue } from "./validation-issue.js";

/** Codes of the rules that JSON Schema cannot express. */
export const semanticCodes = ["duplicate_id", "unresolved_reference", "date_order", "span_out_of_range", "date_mismatch"] as const;
export type SemanticCode = (typeof semanticCodes)[number];

type Path = (string | number)[];
type Report = (code: SemanticCode, path: Path, message: string) => void;

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
}

function checkUniqueIds(release: Release, report: Report): Set<string> {
  const ids = new Set<string>([release.id]);
  const lists = [
    ["meetings", release.meetings],
    ["officials", release.officials],
    ["parliaments", release.parliaments],
  ] as const;
  for (const [key, items] of lists) {
    items.forEach((item, i) => {
      if (ids.has(item.id)) report("duplicate_id", [key, i, "id"], `expected a unique id, found ${item.id} again`);
      ids.add(item.id);
    });
  }
  return ids;
}

function checkReferences(release: Release, ids: Set<string>, report: Report): void {
  const mustResolve = (id: string | undefined, path: Path, what: string) => {
    if (id !== undefined && !ids.has(id)) {
      report("unresolved_reference", path, `expected the id of ${what} in this document, found ${id}`);
    }
  };
  mustResolve(release.publisher?.parliament, ["publisher", "parliament"], "a parliament");
  mustResolve(release.boilerplate?.parliament, ["boilerplate", "parliament"], "a parliament");
  release.meetings.forEach((meeting, m) =>
    meeting.participants.forEach((participant, p) =>
      mustResolve(participant.official, ["meetings", m, "participants", p, "official"], "an official"),
    ),
  );
  release.officials.forEach((official, o) =>
    official.positions?.forEach((position, p) => {
      if (position.organization && "parliament" in position.organization) {
        mustResolve(position.organization.parliament, ["officials", o, "positions", p, "organization", "parliament"], "a parliament");
      }
    }),
  );
}

function checkDateOrder(release: Release, report: Report): void {
  release.meetings.forEach((meeting, m) => {
    if (meeting.date && meeting.endDate && isBeforeReduced(meeting.endDate, meeting.date)) {
      report("date_order", ["meetings", m, "endDate"], `expected an endDate not before ${meeting.date}, found ${meeting.endDate}`);
    }
  });
  release.officials.forEach((official, o) =>
    official.positions?.forEach((position, p) => {
      if (position.start && position.end && isBeforeReduced(position.end, position.start)) {
        report("date_order", ["officials", o, "positions", p, "end"], `expected an end not before ${position.start}, found ${position.end}`);
      }
    }),
  );
}

function checkEvidence(release: Release, report: Report): void {
  const check = (evidence: Evidence[] | undefined, path: Path) =>
    evidence?.forEach((span, i) => {
      const paragraph = release.body[span.paragraph];
      if (paragraph === undefined) {
        report("span_out_of_range", [...path, i, "paragraph"], `expected a paragraph index below ${release.body.length}, found ${span.paragraph}`);
      } else if (span.start >= span.end || span.end > paragraph.length) {
        report(
          "span_out_of_range",
          [...path, i],
          `expected 0 <= start < end <= ${paragraph.length} (paragraph ${span.paragraph}), found ${span.start}..${span.end}`,
        );
      }
    });
  release.meetings.forEach((meeting, m) => {
    check(meeting.evidence, ["meetings", m, "evidence"]);
    check(meeting.dateEvidence, ["meetings", m, "dateEvidence"]);
    check(meeting.place?.evidence, ["meetings", m, "place", "evidence"]);
    meeting.participants.forEach((participant, p) => check(participant.evidence, ["meetings", m, "participants", p, "evidence"]));
  });
  release.officials.forEach((official, o) =>
    official.positions?.forEach((position, p) => check(position.evidence, ["officials", o, "positions", p, "evidence"])),
  );
}
