import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";

/** One JSON text to check, with where it came from. */
export interface SourceRecord {
  file: string;
  /** Line the record starts on (1-based). */
  line: number;
  text: string;
  /** Set when the record could not be read whole (a line over the size cap). */
  error?: string;
}

/** Largest JSON document or NDJSON line read, in bytes; larger ones are reported, not parsed. */
export const maxRecordBytes = 64 * 1024 * 1024;

export function isNdjsonPath(file: string): boolean {
  return /\.(?:ndjson|jsonl)$/i.test(file);
}

/** Yields the lines of a stream one at a time (constant memory); an over-long line becomes an error record. */
export async function* ndjsonRecords(stream: Readable, file: string): AsyncGenerator<SourceRecord> {
  let line = 1;
  let parts: string[] = [];
  let partsBytes = 0;
  let overflow = false;
  stream.setEncoding("utf8");
  for await (const chunk of stream as AsyncIterable<string>) {
    let from = 0;
    for (let nl = chunk.indexOf("\n", from); nl !== -1; nl = chunk.indexOf("\n", from)) {
      const piece = chunk.slice(from, nl);
      if (!overflow) parts.push(piece);
      const record = finish(parts, partsBytes + piece.length, overflow, file, line);
      if (record) yield record;
      parts = [];
      partsBytes = 0;
      overflow = false;
      line++;
      from = nl + 1;
    }
    const rest = chunk.slice(from);
    if (!overflow) {
      parts.push(rest);
      partsBytes += rest.length;
      if (partsBytes > maxRecordBytes) {
        overflow = true;
        parts = [];
      }
    }
  }
  const last = finish(parts, partsBytes, overflow, file, line);
  if (last) yield last;
}

function finish(parts: string[], length: number, overflow: boolean, file: string, line: number): SourceRecord | undefined {
  if (overflow || length > maxRecordBytes) {
    return { file, line, text: "", error: `line is longer than ${maxRecordBytes} bytes` };
  }
  const text = parts.join("").replace(/\r$/, "");
  return text.trim() === "" ? undefined : { file, line, text };
}

/** Reads one whole JSON document from a file, refusing files over the size cap. */
export async function readDocument(file: string): Promise<SourceRecord> {
  const size = (await stat(file)).size;
  if (size > maxRecordBytes) return { file, line: 1, text: "", error: `file is larger than ${maxRecordBytes} bytes` };
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(file)) chunks.push(chunk as Buffer);
  return { file, line: 1, text: Buffer.concat(chunks).toString("utf8") };
}
