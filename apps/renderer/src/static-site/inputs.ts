import { escapeControl, inputEntries, ndjsonRecords, readDocument, type InputRecord as TextRecord } from "@parlwire/cli-input";
import type { Release } from "@parlwire/schema";
import { validateRelease as validateReleaseFast } from "@parlwire/schema/precompiled";
import { linesOfPointers } from "./json-lines.js";

/** A problem with one input record, located as `file:line`. */
export interface InputIssue {
  file: string;
  line: number;
  /** Readable JSON path, empty for the whole document. */
  path: string;
  message: string;
}

/**
 * One input record: a valid release, or the problems that made it unusable. `text` is the JSON text
 * the release was parsed from, given when the release is exactly that text's value (so another
 * thread can be sent the text, cheaper to send than the object).
 */
export type InputRecord =
  | { ok: true; file: string; line: number; release: Release; text?: string }
  | { ok: false; file: string; line: number; issues: InputIssue[] };

/** Largest JSON document or NDJSON line read, in bytes; larger ones are reported, not parsed. */
export const maxRecordBytes = 64 * 1024 * 1024;

const ndjson = /\.(?:ndjson|jsonl)$/i;
const releaseFile = /\.(?:json|ndjson|jsonl)$/i;
const limits = { documentBytes: maxRecordBytes, lineBytes: maxRecordBytes };

/** Formats an issue the way every parlwire tool does: `file:line: path: message`, control characters escaped. */
export function formatInputIssue(issue: InputIssue): string {
  return escapeControl(`${issue.file}:${issue.line}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`);
}

/**
 * Reads, parses and validates every release in the inputs (JSON files, NDJSON files, folders, `-` for
 * one release on standard input), one record at a time: an NDJSON file is streamed line by line, never held
 * whole. The shared input layer (@parlwire/cli-input) expands folders in code-point order, follows
 * symbolic links, reads a FIFO named here as a stream and reports one met in a folder, refuses invalid
 * UTF-8 with its byte offset; an input that cannot be read is one failed record, and the rest go on.
 */
export async function* readReleases(inputs: readonly string[]): AsyncGenerator<InputRecord> {
  for await (const entry of inputEntries(inputs, { accept: (path) => releaseFile.test(path) })) {
    const streamed = entry.kind !== "error" && ndjson.test(entry.input);
    const records = streamed ? ndjsonRecords(entry, limits) : [await readDocument(entry, limits)];
    for await (const record of records) yield await fromText(record);
  }
}

function fromText(record: TextRecord): Promise<InputRecord> | InputRecord {
  if (record.ok) return checkRecord(record.input, record.line, record.text);
  return failed(record.input, record.line ?? 1, "", `${record.error.reason} [${record.error.code}]`);
}

function failed(file: string, line: number, path: string, message: string): InputRecord {
  return { ok: false, file, line, issues: [{ file, line, path, message }] };
}

type ZodValidate = typeof import("@parlwire/schema").validateRelease;
let zodValidate: Promise<ZodValidate> | undefined;

/**
 * Parses and validates one JSON text that starts on `line` of `file`: the record itself when it is
 * valid, a promise when it is not (zod, which describes the problems, is loaded then and only then:
 * loading it took half the start-up of a site build).
 */
export function checkRecord(file: string, line: number, text: string): Promise<InputRecord> | InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    const offset = position ? Number(position[1]) : text.length;
    let at = line;
    for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) at++;
    return failed(file, at, "", `expected a JSON document, ${error instanceof RangeError ? "nested too deeply" : "not valid JSON"}`);
  }
  // The precompiled validator gives the same verdict several times faster; on a rejection the zod
  // validator lists every problem (the precompiled one stops at the first shape problem).
  const fast = validateReleaseFast(value);
  if (fast.ok) return { ok: true, file, line, release: fast.value, text };
  return describeRejected(file, line, text, value);
}

async function describeRejected(file: string, line: number, text: string, value: unknown): Promise<InputRecord> {
  zodValidate ??= import("@parlwire/schema").then((schema) => schema.validateRelease);
  const result = (await zodValidate)(value);
  if (result.ok) return { ok: true, file, line, release: result.value };
  const multiline = text.includes("\n");
  const lineOf = multiline ? linesOfPointers(text, result.issues.map((issue) => issue.pointer)) : () => 1;
  return {
    ok: false,
    file,
    line,
    issues: result.issues.map((issue) => ({
      file,
      line: line + lineOf(issue.pointer) - 1,
      path: issue.path,
      message: `${issue.message} [${issue.code}]`,
    })),
  };
}
