// Build-time only (imports ajv, a devDependency): turns the shipped strict release schema into a
// standalone validator module. Used by src/generate/generated-files.ts (npm run generate) and the drift test.
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCodeModule from "ajv/dist/standalone/index.js";

// ajv's standalone entry is CommonJS; under NodeNext its default export arrives wrapped.
const standaloneCode = ((standaloneCodeModule as unknown as { default?: unknown }).default ?? standaloneCodeModule) as typeof standaloneCodeModule.default;

export const generateCommand = "npm run generate -w @parlwire/schema";

// Annotations don't change what validates; dropping them keeps the schema constants ajv embeds small.
const annotations = new Set(["title", "description", "$comment", "examples", "deprecated", "readOnly", "writeOnly"]);

/**
 * The source of an ES module exporting `validate(data): boolean` (ajv standalone code, errors on
 * `validate.errors`), with no imports and no eval/new Function: safe under a strict CSP.
 * ajv options: draft 2020-12, strict, first error only (no allErrors: bounded work on hostile input),
 * no $data, unicode regexps, maxLength/minLength counted in code points (ajv's default, as JSON Schema says).
 */
export function precompiledValidatorSource(schema: Record<string, unknown>, phrases: ReadonlyMap<string, string> = new Map()): string {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: false,
    $data: false,
    // Every pattern is ASCII-only (CONVENTIONS.md), so the `u` flag changes no verdict, only speed;
    // without it the regexes are the ones zod runs.
    unicodeRegExp: false,
    code: { source: true, esm: true, lines: true, optimize: true },
  });
  refuseFormatBesidePattern(schema, "#");
  const validate = ajv.compile(withoutAnnotations(schema) as object);
  const code = inlineCodePointLength(standaloneCode(ajv, validate));
  for (const forbidden of [/\brequire\(/, /^\s*import\b/m, /\beval\(/, /\bFunction\(/]) {
    if (forbidden.test(code)) throw new Error(`precompiled validator: generated code matches ${forbidden}; it must be self-contained`);
  }
  // The schema ajv embeds (annotations dropped) lets issues-from-ajv find what a failing node expects;
  // the phrases word a pattern mismatch as zod does.
  const root = /^const (schema\d+) = \{"\$schema"/m.exec(code)?.[1];
  if (!root) throw new Error("precompiled validator: the embedded root schema was not found; update precompiledValidatorSource");
  const patterns = new Set<string>();
  collectPatterns(schema, patterns);
  const patternPhrases = Object.fromEntries([...patterns].sort().flatMap((p) => (phrases.has(p) ? [[p, phrases.get(p)]] : [])));
  return [
    `// Generated from schemas/release.schema.json by ajv ${ajvVersion()} standalone code — do not edit.`,
    `// Regenerate: ${generateCommand}`,
    "/* eslint-disable */",
    code.replace(/^"use strict";\s*/, ""),
    `export const strictSchema = ${root};`,
    `export const patternPhrases = ${JSON.stringify(patternPhrases)};`,
    "",
  ].join("\n");
}

function collectPatterns(node: unknown, into: Set<string>): void {
  if (typeof node !== "object" || node === null) return;
  if (Array.isArray(node)) return node.forEach((item) => collectPatterns(item, into));
  for (const [key, value] of Object.entries(node)) {
    if (key === "pattern" && typeof value === "string") into.add(value);
    else if (key !== "enum" && key !== "const" && key !== "examples") collectPatterns(value, into);
  }
}

/** A string checked by both `format` and `pattern` costs two checks that mean the same: keep one. */
function refuseFormatBesidePattern(node: unknown, at: string): void {
  if (typeof node !== "object" || node === null) return;
  if (Array.isArray(node)) return node.forEach((item, i) => refuseFormatBesidePattern(item, `${at}/${i}`));
  const record = node as Record<string, unknown>;
  if (typeof record.format === "string" && typeof record.pattern === "string") {
    throw new Error(`precompiled validator: ${at} has both format and pattern; the generated code would check the string twice`);
  }
  for (const [key, value] of Object.entries(record)) {
    if (key !== "enum" && key !== "const" && key !== "default" && key !== "examples") refuseFormatBesidePattern(value, `${at}/${key}`);
  }
}

// Keywords whose value maps names to schemas: the names stay, the schemas are cleaned.
const schemaMaps = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
const schemaLists = new Set(["anyOf", "oneOf", "allOf", "prefixItems"]);
const schemaValued = new Set(["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems"]);

function withoutAnnotations(schema: unknown): unknown {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => !annotations.has(key))
      .map(([key, value]): [string, unknown] => {
        if (schemaMaps.has(key) && typeof value === "object" && value !== null) {
          return [key, Object.fromEntries(Object.entries(value).map(([name, s]) => [name, withoutAnnotations(s)]))];
        }
        if (schemaLists.has(key) && Array.isArray(value)) return [key, value.map(withoutAnnotations)];
        if (schemaValued.has(key)) return [key, withoutAnnotations(value)];
        return [key, value];
      }),
  );
}

/**
 * ajv's standalone code imports its `ucs2length` runtime and calls it on every string with a length
 * bound: O(n) per call. Replace it by an inline function and guard each call with the UTF-16 length,
 * which bounds the code point count from both sides (n/2 <= code points <= n), so the count only
 * runs for strings within a factor of two of the bound.
 */
function inlineCodePointLength(code: string): string {
  const required = /const (func\d+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/.exec(code);
  if (!required) return code;
  const name = required[1] as string;
  let rewritten = code.replace(required[0], `function ${name}(s) {\n  let n = s.length;\n  for (let i = 0; i < s.length - 1; i++) {\n    const c = s.charCodeAt(i);\n    if (c >= 0xd800 && c <= 0xdbff) {\n      const d = s.charCodeAt(i + 1);\n      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }\n    }\n  }\n  return n;\n}`);
  let guarded = 0;
  rewritten = rewritten.replace(new RegExp(`${name}\\((data\\d*)\\) ([<>]) (\\d+)`, "g"), (_all, data: string, op: string, limit: string) => {
    guarded++;
    const n = Number(limit);
    return op === ">"
      ? `(${data}.length > ${n} && (${data}.length > ${2 * n} || ${name}(${data}) > ${n}))`
      : `(${data}.length < ${n} || (${data}.length < ${2 * n} && ${name}(${data}) < ${n}))`;
  });
  const calls = rewritten.split(`${name}(`).length - 1;
  // Every call but the guarded ones and the definition itself must be gone, or the rewrite missed a shape.
  if (calls !== guarded + 1) throw new Error(`precompiled validator: ${calls - guarded - 1} ${name}() call(s) left unguarded; update inlineCodePointLength`);
  return rewritten;
}

function ajvVersion(): string {
  return (createRequire(import.meta.url)("ajv/package.json") as { version: string }).version;
}
