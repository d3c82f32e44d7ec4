import { describe } from "../string-measure.js";
import { formatPath, formatPointer, type IssueCode, type ValidationIssue } from "../validation-issue.js";
import type { StandaloneError } from "./generated/release-validator.js";

/** Turns an ajv error into parlwire's documented issue format (same paths, codes and message style as zod's). */
export function issueFromAjv(error: StandaloneError, data: unknown): ValidationIssue {
  const path = pointerToPath(error.instancePath);
  const found = valueAt(data, path);
  const p = error.params;
  switch (error.keyword) {
    case "required":
      return issue([...path, String(p.missingProperty)], "missing_key", `expected property ${JSON.stringify(p.missingProperty)}, found nothing`);
    case "additionalProperties":
      return issue([...path, String(p.additionalProperty)], "unknown_key", `expected no property ${JSON.stringify(p.additionalProperty)} here`);
    case "type":
      return issue(path, "invalid_type", `expected ${article(String(p.type))}, found ${describe(found)}`);
    case "enum":
      return issue(path, "invalid_value", `expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}, found ${describe(found)}`);
    case "const":
      return issue(path, "invalid_value", `expected ${JSON.stringify(p.allowedValue)}, found ${describe(found)}`);
    case "pattern":
      return issue(path, "invalid_format", `expected a string matching ${String(p.pattern)}, found ${describe(found)}`);
    case "format":
      return issue(path, "invalid_format", `expected a ${String(p.format)}, found ${describe(found)}`);
    case "minLength":
    case "minItems":
    case "minimum":
    case "exclusiveMinimum":
      return issue(path, "too_small", sizeMessage(error.keyword, "at least", p, found));
    case "maxLength":
    case "maxItems":
    case "maximum":
    case "exclusiveMaximum":
      return issue(path, "too_big", sizeMessage(error.keyword, "at most", p, found));
    case "anyOf":
    case "oneOf":
      return issue(path, "invalid_union", "expected one of the documented alternatives; none matched");
    default:
      return issue(path, "invalid", `expected a value valid under ${error.schemaPath}: ${error.message ?? error.keyword}`);
  }
}

function issue(path: (string | number)[], code: IssueCode, message: string): ValidationIssue {
  return { path: formatPath(path), pointer: formatPointer(path), code, message };
}

function sizeMessage(keyword: string, bound: string, params: Record<string, unknown>, found: unknown): string {
  const limit = params.limit;
  if (keyword.endsWith("Length")) {
    const count = typeof found === "string" ? codePoints(found) : "another length";
    return `expected ${bound} ${limit} characters, found ${count}`;
  }
  if (keyword.endsWith("Items")) return `expected ${bound} ${limit} items, found ${Array.isArray(found) ? found.length : "another number"}`;
  const strict = keyword.startsWith("exclusive") ? (bound === "at least" ? "more than" : "less than") : bound;
  return `expected a number ${strict} ${limit}, found ${describe(found)}`;
}

function codePoints(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** `/meetings/0/participants` → ["meetings", 0, "participants"] (array indexes as numbers, like zod's paths). */
function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((token) => (/^(?:0|[1-9]\d*)$/.test(token) ? Number(token) : token));
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let node = data;
  for (const segment of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
