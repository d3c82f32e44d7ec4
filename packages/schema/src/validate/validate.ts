import { ReleaseSchema, type Release } from "../model/release.js";
import { fromZodIssues, type ValidationIssue, type ValidationResult } from "./validation-issue.js";

export type { ValidationResult } from "./validation-issue.js";

/** Validates a parsed JSON value as a release, shape and semantic rules; never throws. */
export function validateRelease(input: unknown): ValidationResult<Release> {
  const result = ReleaseSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: fromZodIssues(result.error.issues) };
}

/** Thrown by {@link parseRelease}; `issues` lists every problem found. */
export class ReleaseValidationError extends Error {
  readonly code = "PARLWIRE_INVALID_RELEASE";
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], options?: { cause?: unknown }) {
    const first = issues[0];
    const where = first ? `${first.path || "(document)"}: ${first.message}` : "unknown problem";
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`Invalid release: ${where}${more}`, options);
    this.name = "ReleaseValidationError";
    this.issues = issues;
  }
}

/** Validates a parsed JSON value as a release and returns it typed, or throws {@link ReleaseValidationError}. */
export function parseRelease(input: unknown): Release {
  const result = validateRelease(input);
  if (!result.ok) throw new ReleaseValidationError(result.issues);
  return result.value;
}
