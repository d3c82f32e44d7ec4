import { InputError } from "./input-error.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Where a piece of bytes sits in its input, for messages: the input's name, its first line and byte offset. */
export interface BytesOrigin {
  input: string;
  line?: number;
  /** Offset of `bytes[0]` in the whole input (NDJSON lines start later than 0). */
  offset?: number;
}

/**
 * Decodes bytes as strict UTF-8 (RFC 3629). A UTF-8 byte order mark at the very start of an input is
 * dropped (RFC 8259 lets parsers ignore it); UTF-16 and invalid bytes are refused with the byte offset.
 */
export function decodeUtf8(bytes: Uint8Array, origin: BytesOrigin): string {
  const atStart = (origin.offset ?? 0) === 0;
  let from = 0;
  if (atStart && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) from = 3;
  if (atStart && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputError("input_encoding", origin.input, "UTF-16 text; expected UTF-8 (re-save the file as UTF-8)", {
      line: origin.line ?? 1,
    });
  }
  try {
    return decoder.decode(from === 0 ? bytes : bytes.subarray(from));
  } catch (error) {
    const at = firstInvalidUtf8(bytes);
    const line = (origin.line ?? 1) + newlinesBefore(bytes, at);
    throw new InputError(
      "input_encoding",
      origin.input,
      `invalid UTF-8 at byte ${(origin.offset ?? 0) + at}; expected UTF-8 text (convert it, e.g. iconv -f windows-1252 -t utf-8)`,
      { line, cause: error },
    );
  }
}

function newlinesBefore(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < end; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** Offset of the first byte that breaks UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    // The second byte's range rules out overlongs (E0, F0), surrogates (ED) and > U+10FFFF (F4).
    const min = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const max = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
