import { describe } from "../zod-free/string-measure.js";
import { formatPath, formatPointer, type IssueCode, type ValidationIssue } from "../validate/validation-issue.js";
import { patternPhrases, strictSchema, type StandaloneError } from "./generated/release-validator.js";

type Node = Record<string, unknown>;

/**
 * The issue to report for ajv's errors of one failed validation, in parlwire's format with the same
 * code and message the zod entry gives at that place: ajv and zod check a value's rules in different
 * orders, so the failing schema node is read to say what zod would (its pattern before its length,
 * an enum's values rather than its type, a union as a whole).
 */
export function issueFromAjv(errors: readonly StandaloneError[], data: unknown): ValidationIssue {
  // A failed union leaves each branch's error, then its own last: zod reports the union as a whole.
  const last = errors[errors.length - 1] as StandaloneError;
  const error = last.keyword === "anyOf" || last.keyword === "oneOf" ? last : (errors[0] as StandaloneError);
  const path = pointerToPath(error.instancePath);
  const found = valueAt(data, path);
  const node = nodeAt(path, error);
  const p = error.params;
  switch (error.keyword) {
    case "required": {
      const property = String(p.missingProperty);
      const expected = resolve((node?.properties as Record<string, Node> | undefined)?.[property]);
      return expectation([...path, property], expected, undefined, "missing_key");
    }
    case "additionalProperties":
      return issue([...path, String(p.additionalProperty)], "unknown_key", `expected no property ${JSON.stringify(p.additionalProperty)} here`);
    case "type":
    case "enum":
    case "const":
    case "anyOf":
    case "oneOf":
      return expectation(path, node, found, "invalid_type");
    case "pattern":
    case "maxLength":
    case "minLength":
      // zod checks a patterned string's pattern first, then its length.
      if (typeof found === "string" && typeof node?.pattern === "string" && !new RegExp(node.pattern).test(found)) {
        return issue(path, "invalid_format", `expected ${phrase(node.pattern)}, found ${describe(found)}`);
      }
      if (error.keyword === "minLength") {
        return issue(path, "too_small", p.limit === 1 ? "expected a non-empty string" : `expected at least ${p.limit} characters, found ${codePoints(found)}`);
      }
      return issue(path, "too_big", `expected at most ${p.limit} characters, found ${codePoints(found)}`);
    case "minItems":
      return issue(path, "too_small", `expected at least ${items(p.limit)}, found ${Array.isArray(found) ? found.length : "another number"}`);
    case "maxItems":
      return issue(path, "too_big", `expected at most ${items(p.limit)}, found ${Array.isArray(found) ? found.length : "another number"}`);
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum":
      return numberIssue(error.keyword, Number(p.limit), found);
    case "format":
      return issue(path, "invalid_format", `expected a ${String(p.format)}, found ${describe(found)}`);
    default:
      return issue(path, "invalid", `expected a value valid under ${error.schemaPath}: ${error.message ?? error.keyword}`);
  }

  function numberIssue(keyword: string, limit: number, value: unknown): ValidationIssue {
    const low = keyword.endsWith("inimum");
    // zod's integers are safe integers first: beyond them it names that bound, not the schema's.
    const bound = typeof value === "number" && !Number.isSafeInteger(value) && node?.type === "integer" ? (low ? Number.MIN_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : limit;
    const words = keyword.startsWith("exclusive") ? (low ? "more than" : "less than") : low ? "at least" : "at most";
    return issue(path, low ? "too_small" : "too_big", `expected a number ${words} ${bound}, found ${describe(value)}`);
  }
}

// What a schema node expects, worded as zod words a value (or a missing one) that does not fit it.
function expectation(path: (string | number)[], node: Node | undefined, found: unknown, typeCode: IssueCode): ValidationIssue {
  if (Array.isArray(node?.enum)) return issue(path, "invalid_value", `expected one of ${node.enum.map((v) => JSON.stringify(v)).join(", ")}, found ${describe(found)}`);
  if (node && "const" in node) return issue(path, "invalid_value", `expected one of ${JSON.stringify(node.const)}, found ${describe(found)}`);
  if (node?.anyOf || node?.oneOf) return issue(path, "invalid_union", "expected one of the documented alternatives; none matched");
  // zod calls an integer's type "number", and says "integer" only to a number that is not whole.
  const type = typeof node?.type !== "string" ? "value" : node.type === "integer" ? (typeof found === "number" ? "integer" : "number") : node.type;
  return issue(path, typeCode, `expected ${article(type)}, found ${describe(found)}`);
}

function issue(path: (string | number)[], code: IssueCode, message: string): ValidationIssue {
  return { path: formatPath(path), pointer: formatPointer(path), code, message };
}

function phrase(pattern: string): string {
  return Object.hasOwn(patternPhrases, pattern) ? (patternPhrases[pattern] as string) : `a string matching ${pattern}`;
}

function items(limit: unknown): string {
  return `${limit} item${limit === 1 ? "" : "s"}`;
}

function codePoints(value: unknown): number | string {
  if (typeof value !== "string") return "another length";
  let n = 0;
  for (const _ of value) n++;
  return n;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * The schema node that failed: found by walking the instance path through the embedded schema (ajv's
 * schemaPath is relative to the `$ref` it is in, so it alone is ambiguous); inside a union, the branch
 * the schemaPath names, else the first branch that has the next property.
 */
function nodeAt(path: readonly (string | number)[], error: StandaloneError): Node | undefined {
  const hint = Number(/\/(?:anyOf|oneOf)\/(\d+)\//.exec(error.schemaPath)?.[1] ?? 0);
  let node = resolve(strictSchema);
  for (const segment of path) {
    node = child(node, segment, hint);
    if (!node) return undefined;
  }
  const branches = (node?.anyOf ?? node?.oneOf) as Node[] | undefined;
  if (branches && error.keyword !== "anyOf" && error.keyword !== "oneOf") {
    const index = /\/(?:anyOf|oneOf)\/(\d+)\/[^/]+$/.exec(error.schemaPath)?.[1];
    return resolve(branches[Number(index ?? 0)]);
  }
  return node;
}

function child(node: Node | undefined, segment: string | number, hint: number): Node | undefined {
  const branches = (node?.anyOf ?? node?.oneOf) as Node[] | undefined;
  if (branches) {
    const found = branches.map((branch) => child(resolve(branch), segment, hint));
    return found[hint] ?? found.find((n) => n !== undefined);
  }
  if (typeof segment === "number") return resolve(node?.items as Node | undefined);
  return resolve((node?.properties as Record<string, Node> | undefined)?.[segment]);
}

function resolve(node: Node | undefined): Node | undefined {
  for (let hops = 0; node && typeof node.$ref === "string" && hops < 10; hops++) {
    const ref = node.$ref as string;
    node = ref === "#" ? strictSchema : ((strictSchema.$defs as Record<string, Node> | undefined)?.[ref.replace(/^#\/\$defs\//, "")] ?? undefined);
  }
  return node;
}

/** `/meetings/0/participants` → ["meetings", 0, "participants"] (array indexes as numbers, like zod's paths). */
function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((token) => (/^(?:0|[1-9][0-9]*)$/.test(token) ? Number(token) : token));
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let node = data;
  for (const segment of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
