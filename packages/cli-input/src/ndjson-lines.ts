/** One NDJSON line's bytes (no line ending) with where it starts, or how long it was when it went over the cap. */
export type NdjsonLine = { line: number; offset: number; bytes: Buffer } | { line: number; offset: number; tooLong: number };

/**
 * Splits a byte stream into lines in constant memory: a line over `maxBytes` is not kept, only
 * counted, and comes out as `{ tooLong }` so the batch can report it and go on. Blank lines are
 * skipped but still counted, so line numbers match an editor's. Works on bytes, so a multi-byte
 * character split across chunks is never cut, and byte offsets stay exact.
 */
export async function* ndjsonLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<NdjsonLine> {
  let line = 1;
  let lineOffset = 0;
  let consumed = 0;
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  for await (const raw of chunks) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      const out = finish(parts, size + nl - from, overflow, chunk.subarray(from, nl), line, lineOffset, maxBytes);
      if (out) yield out;
      parts = [];
      size = 0;
      overflow = false;
      line++;
      lineOffset = consumed + nl + 1;
      from = nl + 1;
    }
    if (from < chunk.length) {
      size += chunk.length - from;
      if (size > maxBytes) {
        overflow = true;
        parts = [];
      } else if (!overflow) {
        // Copy: a stream may reuse its buffer after we yield.
        parts.push(Buffer.from(chunk.subarray(from)));
      }
    }
    consumed += chunk.length;
  }
  const last = finish(parts, size, overflow, Buffer.alloc(0), line, lineOffset, maxBytes);
  if (last) yield last;
}

function finish(
  parts: Buffer[],
  size: number,
  overflow: boolean,
  tail: Buffer,
  line: number,
  offset: number,
  maxBytes: number,
): NdjsonLine | undefined {
  if (overflow || size > maxBytes) return { line, offset, tooLong: size };
  let bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail]);
  if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return { line, offset, bytes };
  return undefined;
}
