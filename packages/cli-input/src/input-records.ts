import { createReadStream } from "node:fs";
import type { InputEntry } from "./input-entries.js";
import { InputError, unreadable } from "./input-error.js";
import { ndjsonLines } from "./ndjson-lines.js";
import { readFileBytes, readStreamBytes } from "./read-bytes.js";
import { decodeUtf8 } from "./utf8.js";

/** One decoded text to parse (a whole document or one NDJSON line), or why it could not be read. */
export type InputRecord = { ok: true; input: string; line: number; text: string } | { ok: false; input: string; line: number | undefined; error: InputError };

/** Size caps, in bytes. */
export interface RecordLimits {
  /** Largest whole document (a file, or standard input read whole). */
  documentBytes: number;
  /** Longest NDJSON line. */
  lineBytes: number;
}

/** Reads a file or stream entry whole as one UTF-8 document. */
export async function readDocument(entry: InputEntry, limits: RecordLimits): Promise<InputRecord> {
  if (entry.kind === "error") return failed(entry.error);
  try {
    const bytes =
      entry.kind === "file" ? await readFileBytes(entry.input, limits.documentBytes) : await readStreamBytes(entry.stream(), entry.input, limits.documentBytes);
    return { ok: true, input: entry.input, line: 1, text: decodeUtf8(bytes, { input: entry.input }) };
  } catch (error) {
    return failed(unreadable(entry.input, error));
  }
}

/** Streams an entry as NDJSON: one record per non-blank line, in constant memory; a bad line is a failed record and the rest go on. */
export async function* ndjsonRecords(entry: InputEntry, limits: RecordLimits): AsyncGenerator<InputRecord> {
  if (entry.kind === "error") {
    yield failed(entry.error);
    return;
  }
  const input = entry.input;
  const chunks = entry.kind === "file" ? (createReadStream(input) as AsyncIterable<Uint8Array>) : entry.stream();
  try {
    for await (const raw of ndjsonLines(chunks, limits.lineBytes)) {
      if ("tooLong" in raw) {
        yield failed(new InputError("input_too_large", input, `line is ${raw.tooLong} bytes; an NDJSON line is at most ${limits.lineBytes} bytes`, { line: raw.line }));
        continue;
      }
      try {
        yield { ok: true, input, line: raw.line, text: decodeUtf8(raw.bytes, { input, line: raw.line, offset: raw.offset }) };
      } catch (error) {
        yield failed(unreadable(input, error));
      }
    }
  } catch (error) {
    // The stream itself failed (permission denied, a read error): report it, the run goes on.
    yield failed(unreadable(input, error));
  }
}

function failed(error: InputError): InputRecord {
  return { ok: false, input: error.input, line: error.line, error };
}
