import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { validateRelease, type Release } from "@parlwire/schema";
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

/** One input record: a valid release, or the problems that made it unusable. */
export type InputRecord =
  | { ok: true; file: string; line: number; release: Release }
  | { ok: false; file: string; line: number; issues: InputIssue[] };

/** Largest JSON document or NDJSON line read, in bytes; larger ones are reported, not parsed. */
export const maxRecordBytes = 64 * 1024 * 1024;

const ndjson = /\.(?:ndjson|jsonl)$/i;
const releaseFile = /\.(?:json|ndjson|jsonl)$/i;

/** Formats an issue the way every parlwire tool does: `file:line: path: message`. */
export function formatInputIssue(issue: InputIssue): string {
  return `${issue.file}:${issue.line}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`;
}

/** Expands folders (recursively, in sorted order, so builds are reproducible) into release files. */
export async function* inputFiles(inputs: readonly string[]): AsyncGenerator<string> {
  for (const input of inputs) {
    const info = await stat(input);
    if (!info.isDirectory()) {
      yield input;
      continue;
    }
    const entries = (await readdir(input, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(input, entry.name);
      if (entry.isDirectory()) yield* inputFiles([path]);
      else if (entry.isFile() && releaseFile.test(entry.name)) yield path;
    }
  }
}

/**
 * Reads, parses and validates every release in the inputs (JSON files, NDJSON files, folders),
 * one record at a time: an NDJSON file is streamed line by line, never held whole.
 */
export async function* readReleases(inputs: readonly string[]): AsyncGenerator<InputRecord> {
  for await (const file of inputFiles(inputs)) {
    if (ndjson.test(file)) {
      let line = 0;
      const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
      for await (const text of lines) {
        line++;
        if (text.trim() === "") continue;
        if (text.length > maxRecordBytes) {
          yield failed(file, line, "", `expected a line of at most ${maxRecordBytes} bytes`);
          continue;
        }
        yield checkRecord(file, line, text);
      }
    } else {
      const size = (await stat(file)).size;
      if (size > maxRecordBytes) {
        yield failed(file, 1, "", `expected a file of at most ${maxRecordBytes} bytes, found ${size}`);
        continue;
      }
      yield checkRecord(file, 1, await readFile(file, "utf8"));
    }
  }
}

function failed(file: string, line: number, path: string, message: string): InputRecord {
  return { ok: false, file, line, issues: [{ file, line, path, message }] };
}

/** Parses and validates one JSON text that starts on `line` of `file`. */
export function checkRecord(file: string, line: number, text: string): InputRecord {
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
  if (fast.ok) return { ok: true, file, line, release: fast.value };
  const result = validateRelease(value);
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
