import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { inputEntries, InputError as SharedInputError, readFileBytes } from "@parlwire/cli-input";
import type { InputItem } from "./capture-record.js";
import { decodeCapture } from "./decode.js";
import { InputError } from "./input-error.js";
import { kindFromPath, sniffKind, type InputKind } from "./input-kind.js";
import { inputLimits } from "./limits.js";
import { ndjsonRecords } from "./ndjson-records.js";
import { sha256 } from "./sha256.js";

/** The name standard input goes by in messages and reports. */
export const stdinName = "<stdin>";

// Folder walks take the files whose extension names a capture kind.
const accept = (path: string) => kindFromPath(path) !== undefined;

/**
 * Yields every capture named by `inputs`, in a stable order. The shared input layer
 * (@parlwire/cli-input) expands them as every parlwire CLI does: files as given, folders walked
 * recursively in code-point order of names (hidden entries skipped), symbolic links followed (each
 * real folder once), `-` for standard input, a FIFO named here read as a stream and one met in a
 * folder reported. Unreadable inputs come out as `{ ok: false }` items; the caller reports them and goes on.
 */
export async function* readInputs(inputs: readonly string[], stdin: AsyncIterable<Uint8Array> = process.stdin): AsyncGenerator<InputItem> {
  for await (const entry of inputEntries(inputs, { accept, stdin })) {
    if (entry.kind === "error") yield unreadable(entry.input, entry.error);
    else if (entry.kind === "stream") yield* readStream(entry.stream(), entry.input);
    else yield* readFileInput(entry.input, kindFromPath(entry.input));
  }
}

/** Files under `dir` whose extension names a capture kind, depth-first, in code-point order. */
export async function* walk(dir: string): AsyncGenerator<string> {
  for await (const entry of inputEntries([dir], { accept })) if (entry.kind === "file") yield entry.input;
}

async function* readFileInput(file: string, declared: InputKind | undefined): AsyncGenerator<InputItem> {
  let kind = declared;
  try {
    if (kind === undefined) kind = sniffKind(await head(file));
    if (kind === "ndjson") {
      yield* ndjsonRecords(createReadStream(file), file);
      return;
    }
    // One open, stat and read; refused before reading when over the cap.
    const bytes = await readFileBytes(file, inputLimits.documentBytes);
    yield { ok: true, record: { input: file, kind, content: decodeCapture(bytes, file), sha256: sha256(bytes), notes: [] } };
  } catch (error) {
    yield unreadable(file, error);
  }
}

async function head(file: string): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Standard input: NDJSON when it starts with `{` (streamed), otherwise one capture. */
async function* readStream(stream: AsyncIterable<Uint8Array>, input: string): AsyncGenerator<InputItem> {
  const iterator = stream[Symbol.asyncIterator]();
  const first: Uint8Array[] = [];
  let size = 0;
  // Gather enough to see the first non-blank byte.
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    first.push(next.value);
    size += next.value.length;
    // Only the new chunk needs looking at: everything before it was blank (re-joining every chunk was quadratic).
    if (sniffable(next.value)) break;
  }
  const replay = (async function* () {
    yield* first;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  const kind = sniffKind(Buffer.concat(first));
  if (kind === "ndjson") {
    yield* ndjsonRecords(replay, input);
    return;
  }
  const chunks: Uint8Array[] = [];
  size = 0;
  for await (const chunk of replay) {
    size += chunk.length;
    // Keep counting but stop storing past the cap, so a huge stdin is reported, not buffered.
    if (size <= inputLimits.documentBytes) chunks.push(chunk);
  }
  try {
    if (size > inputLimits.documentBytes) {
      throw new InputError("input_too_large", `${input}: ${size} bytes; a capture is at most ${inputLimits.documentBytes} bytes`);
    }
    const bytes = Buffer.concat(chunks);
    yield { ok: true, record: { input, kind, content: decodeCapture(bytes, input), sha256: sha256(bytes), notes: [] } };
  } catch (error) {
    yield unreadable(input, error);
  }
}

function sniffable(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) return true;
  return false;
}

function unreadable(input: string, error: unknown): InputItem {
  if (error instanceof InputError) return { ok: false, input, error };
  // The shared layer's errors carry the same codes and `input: reason` messages.
  if (error instanceof SharedInputError) {
    const message = error.code === "input_too_large" ? `${input}: ${error.reason.replace(/; a document is at most (\d+) bytes.*$/, "; a capture is at most $1 bytes")}` : error.message;
    return { ok: false, input, error: new InputError(error.code, message, { cause: error }) };
  }
  const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : (error as Error).message;
  return { ok: false, input, error: new InputError("input_unreadable", `${input}: cannot read: ${reason}`, { cause: error }) };
}
