import { open } from "node:fs/promises";
import { InputError, unreadable } from "./input-error.js";

/** Reads a whole regular file: one open, one stat, one read; a file over `maxBytes` is refused before reading. */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooLarge(path, `${size} bytes`, maxBytes);
    return await handle.readFile();
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    await handle.close();
  }
}

/** Reads a whole stream (stdin, a FIFO); stops reading and refuses it once it passes `maxBytes`, so memory stays bounded. */
export async function readStreamBytes(stream: AsyncIterable<Uint8Array>, input: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += chunk.length;
      if (size > maxBytes) {
        (stream as { destroy?: () => void }).destroy?.();
        throw tooLarge(input, `more than ${maxBytes} bytes`, maxBytes);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw unreadable(input, error);
  }
  return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
}

function tooLarge(input: string, found: string, maxBytes: number): InputError {
  return new InputError("input_too_large", input, `${found}; a document is at most ${maxBytes} bytes (put batches in NDJSON: one record per line)`);
}
