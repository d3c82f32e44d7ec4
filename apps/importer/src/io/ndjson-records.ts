import { HttpUrlSchema } from "@parlwire/schema";
import type { InputItem, InputNote } from "./capture-record.js";
import { decodeCapture } from "./decode.js";
import { InputError } from "./input-error.js";
import { inputLimits } from "./limits.js";
import { ndjsonLines } from "./ndjson-lines.js";
import { sha256 } from "./sha256.js";

const known = new Set(["url", "text", "html"]);
const example = '{"url":"https://example.org/r/1","text":"Title\\n\\n15 April 2021 | 21:25\\n\\nFirst paragraph."}';

/** Reads NDJSON capture records `{"url"?, "text"|"html"}`, one per line, streamed; bad lines become errors, not exceptions. */
export async function* ndjsonRecords(chunks: AsyncIterable<Uint8Array>, input: string): AsyncGenerator<InputItem> {
  for await (const raw of ndjsonLines(chunks)) {
    const where = `${input}:${raw.line}`;
    if ("tooLong" in raw) {
      yield fail(input, raw.line, "input_too_large", `${where}: record is ${raw.tooLong} bytes; a line is at most ${inputLimits.ndjsonLineBytes} bytes`);
      continue;
    }
    try {
      yield { ok: true, record: { input, line: raw.line, ...parseRecord(raw.bytes, where) } };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield { ok: false, input, line: raw.line, error };
    }
  }
}

function parseRecord(bytes: Buffer, where: string) {
  const lineText = decodeCapture(bytes, where);
  let value: unknown;
  try {
    value = JSON.parse(lineText);
  } catch (error) {
    const reason = error instanceof RangeError ? "nested too deeply" : (error as Error).message;
    throw new InputError("input_invalid_record", `${where}: not valid JSON (${reason}); expected one object per line like ${example}`, {
      cause: error,
    });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError("input_invalid_record", `${where}: expected a JSON object like ${example}, found ${Array.isArray(value) ? "an array" : typeof value}`);
  }
  // Read own properties only: a "__proto__" key is just data here, never merged into anything.
  const record = value as Record<string, unknown>;
  const own = (key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);
  const text = own("text");
  const html = own("html");
  const url = own("url");
  if ((text === undefined) === (html === undefined)) {
    throw new InputError("input_invalid_record", `${where}: expected exactly one of "text" or "html", found ${text === undefined ? "neither" : "both"}`);
  }
  const kind = text !== undefined ? "text" : "html";
  const content = text ?? html;
  if (typeof content !== "string") {
    throw new InputError("input_invalid_record", `${where}: "${kind}" must be a string, found ${content === null ? "null" : typeof content}`);
  }
  if (content.trim() === "") throw new InputError("input_empty", `${where}: "${kind}" is empty; expected the ${kind === "html" ? "HTML" : "text"} of a press release`);
  if (content.includes("\0")) throw new InputError("input_binary", `${where}: "${kind}" contains a NUL character; expected text`);
  if (url !== undefined && (typeof url !== "string" || !HttpUrlSchema.safeParse(url).success)) {
    throw new InputError("input_invalid_record", `${where}: "url" must be an http(s) URL like https://example.org/page, found ${JSON.stringify(url).slice(0, 80)}`);
  }
  const notes: InputNote[] = Object.keys(record)
    .filter((key) => !known.has(key))
    .sort()
    .map((key) => ({ code: "input_unknown_key", message: `${where}: ignored unknown key ${JSON.stringify(key).slice(0, 60)}; records have "url", "text" or "html"` }));
  return { kind, content, sha256: sha256(content), notes, ...(url !== undefined ? { url: url as string } : {}) } as const;
}

function fail(input: string, line: number, code: InputError["code"], message: string): InputItem {
  return { ok: false, input, line, error: new InputError(code, message) };
}
