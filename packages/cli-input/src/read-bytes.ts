import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { InputError, unreadable } from "./input-error.js";

/**
 * Reads a whole regular file: open, fstat, read, close; a file over `maxBytes` is refused before
 * reading. Synchronous on purpose: for files in the page cache four plain system calls cost less than
 * four trips through libuv's thread pool (10,000 small files: the difference with ajv-cli's speed).
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) throw tooLarge(path, `${size} bytes`, maxBytes);
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    // A file that grew while read is read to its size at open; one that shrank, to its end.
    return read === size ? buffer : buffer.subarray(0, read);
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    closeSync(fd);
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
