import type { z } from "zod";
import { describe } from "../zod-free/string-measure.js";

/** Stable codes of validation issues; other teams may switch on them. */
export type IssueCode =
  | "invalid_json"
  | "invalid_type"
  | "unknown_key"
  | "missing_key"
  | "invalid_format"
  | "invalid_value"
  | "too_small"
  | "too_big"
  | "invalid_union"
  | "duplicate_id"
  | "unresolved_reference"
  | "date_order"
  | "span_out_of_range"
  | "date_mismatch"
  | "invalid";

/** One problem in a document. */
export interface ValidationIssue {
  /** Readable path, e.g. `meetings[0].participants[1].official`; empty for the document itself. */
  path: string;
  /** The same place as an RFC 6901 JSON Pointer, e.g. `/meetings/0/participants/1/official`. */
  pointer: string;
  code: IssueCode;
  /** What was expected and what was found. */
  message: string;
}

/** What the validators return: the typed value, or every problem found. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

type PathSegment = PropertyKey;

/** Formats a path as `a.b[0].c`, quoting keys that are not plain identifiers. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment === "string" && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** Formats a path as an RFC 6901 JSON Pointer. */
export function formatPointer(path: readonly PathSegment[]): string {
  return path.map((s) => `/${String(s).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

function issue(path: readonly PathSegment[], code: IssueCode, message: string): ValidationIssue {
  return { path: formatPath(path), pointer: formatPointer(path), code, message };
}

/** Turns zod's issues into parlwire's documented issue format. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.flatMap((zodIssue): ValidationIssue[] => {
    const path = zodIssue.path;
    switch (zodIssue.code) {
      case "unrecognized_keys":
        return zodIssue.keys.map((key) => issue([...path, key], "unknown_key", `expected no property ${JSON.stringify(key)} here`));
      case "invalid_type": {
        const input = (zodIssue as { input?: unknown }).input;
        if (input === undefined) return [issue(path, "missing_key", `expected ${article(zodIssue.expected)}, found nothing`)];
        return [issue(path, "invalid_type", `expected ${article(zodIssue.expected)}, found ${describe(input)}`)];
      }
      case "invalid_format":
        return [issue(path, "invalid_format", zodIssue.message)];
      case "invalid_value":
        return [
          issue(
            path,
            "invalid_value",
            `expected one of ${zodIssue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${describe((zodIssue as { input?: unknown }).input)}`,
          ),
        ];
      case "too_small":
      case "too_big":
        return [issue(path, zodIssue.code, sizeMessage(zodIssue))];
      case "invalid_union":
        return [issue(path, "invalid_union", "expected one of the documented alternatives; none matched")];
      case "custom": {
        const code = (zodIssue.params?.code as IssueCode | undefined) ?? "invalid";
        return [issue(path, code, zodIssue.message)];
      }
      default:
        return [issue(path, "invalid", zodIssue.message)];
    }
  });
}

function article(type: string): string {
  if (type === "int") return "an integer"; // zod's name for a number that must be whole
  if (type === "object" || type === "array" || type === "integer") return `an ${type}`;
  return `a ${type}`;
}

function sizeMessage(zodIssue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  if (zodIssue.message && zodIssue.message.startsWith("expected")) return zodIssue.message;
  const input = (zodIssue as { input?: unknown }).input;
  const bound = "minimum" in zodIssue ? `at least ${zodIssue.minimum}` : `at most ${zodIssue.maximum}`;
  switch (zodIssue.origin) {
    case "array":
      return `expected ${bound} item${bound.endsWith(" 1") ? "" : "s"}, found ${Array.isArray(input) ? input.length : "another number"}`;
    case "string":
      return `expected ${bound} characters, found ${typeof input === "string" ? input.length : "another length"}`;
    default:
      return `expected a number ${bound}, found ${describe(input)}`;
  }
}
