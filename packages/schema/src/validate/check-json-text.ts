import { findDuplicateKey, mayHaveDuplicateKeys } from "./duplicate-keys.js";
import { lineAndColumn, pointerLines } from "./json-position.js";
import { jsonSyntaxError } from "./json-syntax.js";
import { validateRelease as validateFast } from "../precompiled/index.js";
import { formatPath, formatPointer, type ValidationIssue } from "./validation-issue.js";

/** A problem in one JSON text, located by line (1-based, within the text) and, for syntax errors, column. */
export interface TextIssue extends ValidationIssue {
  line: number;
  column?: number;
}

type ZodValidate = typeof import("./validate.js").validateRelease;
let zodValidate: Promise<ZodValidate> | undefined;

/**
 * Parses and validates one JSON text as a release. The precompiled validator decides; zod is loaded
 * only when a record is rejected, to list every problem (the precompiled one stops at the first shape
 * problem), so a run where everything is valid never imports zod. `hint` ends the message of a text
 * holding several documents (what to do instead).
 */
export async function checkJsonText(text: string, hint: string): Promise<TextIssue[]> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const syntax = jsonSyntaxError(text);
    // V8 and the scanner agree on what is JSON; if they ever differ, say what V8 said.
    const offset = syntax?.offset ?? text.length;
    const reason = syntax ? syntax.reason + (syntax.trailingData ? `; ${hint}` : "") : `expected a JSON document: ${(error as Error).message}`;
    return [{ ...lineAndColumn(text, offset), path: "", pointer: "", code: "invalid_json", message: reason }];
  }
  const fast = validateFast(value);
  let issues: ValidationIssue[] = [];
  if (!fast.ok) {
    zodValidate ??= import("./validate.js").then((m) => m.validateRelease);
    const full = (await zodValidate)(value);
    // Same verdict by construction (the differential tests); zod's list is the complete one.
    issues = full.ok ? fast.issues : full.issues;
  }
  if (mayHaveDuplicateKeys(text, value)) {
    const duplicate = findDuplicateKey(text);
    if (duplicate) {
      const key = JSON.stringify(duplicate.path[duplicate.path.length - 1]);
      const message = `expected each property once in an object (RFC 7493), found ${key} again; JSON.parse would keep only the last`;
      const where = { path: formatPath(duplicate.path), pointer: formatPointer(duplicate.path) };
      const located: TextIssue = { ...lineAndColumn(text, duplicate.offset), ...where, code: "invalid_json", message };
      return [located, ...locate(text, issues)];
    }
  }
  return locate(text, issues);
}

function locate(text: string, issues: ValidationIssue[]): TextIssue[] {
  if (issues.length === 0) return [];
  const lines = text.includes("\n") ? pointerLines(text) : undefined;
  return issues.map((issue) => ({ line: lineOf(issue.pointer, lines), ...issue }));
}

// The nearest enclosing value that has a line: a missing key is reported on its parent's line.
function lineOf(pointer: string, lines: Map<string, number> | undefined): number {
  if (!lines) return 1;
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
    const line = lines.get(p);
    if (line !== undefined) return line;
    if (p === "") return 1;
  }
}
