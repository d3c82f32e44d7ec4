// The Release type generated from the JSON Schema (equal to the zod type: test/generated-types.test.ts),
// so that this entry's declarations, like its code, need no zod.
import type { Release } from "../../generated/release-json-schema.js";
import { semanticIssues } from "../validate/semantic-rules.js";
import type { ValidationResult } from "../validate/validation-issue.js";
import { validate } from "./generated/release-validator.js";
import { issueFromAjv } from "./issues-from-ajv.js";

export type { Release } from "../../generated/release-json-schema.js";
export type { IssueCode, ValidationIssue, ValidationResult } from "../validate/validation-issue.js";

/**
 * Validates a parsed JSON value as a release with the precompiled validator: ajv standalone code
 * generated at build time from the shipped strict JSON Schema (no runtime compiler, no eval), then
 * the semantic rules JSON Schema cannot express. Same verdict and issue format as the main entry's
 * `validateRelease`; reports the first shape problem only (no allErrors: bounded work on hostile input),
 * or every semantic problem of a well-shaped document.
 */
export function validateRelease(input: unknown): ValidationResult<Release> {
  if (!validate(input)) {
    const errors = validate.errors;
    const issues = errors?.length
      ? [issueFromAjv(errors, input)]
      : [{ path: "", pointer: "", code: "invalid" as const, message: "expected a release document" }];
    return { ok: false, issues };
  }
  const release = input as Release;
  const issues = semanticIssues(release);
  return issues.length ? { ok: false, issues } : { ok: true, value: release };
}
