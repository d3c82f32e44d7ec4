import { ndjsonLines as sharedNdjsonLines, type NdjsonLine } from "@parlwire/cli-input";
import { inputLimits } from "./limits.js";

/** One NDJSON line's bytes (no line ending), or how long it was when it went over the cap. */
export type RawLine = NdjsonLine;

/**
 * Splits a byte stream into lines in constant memory (the input layer every parlwire CLI shares):
 * a line over `maxBytes` comes out as `{ tooLong }`; blank lines are skipped but still counted.
 */
export function ndjsonLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number = inputLimits.ndjsonLineBytes): AsyncGenerator<RawLine> {
  return sharedNdjsonLines(chunks, maxBytes);
}
