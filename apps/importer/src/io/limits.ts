/**
 * Size caps for inputs. A press release is a few kilobytes; these bound the memory and time
 * one hostile input can take while leaving room for heavy real pages.
 */
export const inputLimits = {
  /** Largest capture or HTML page read, in bytes. */
  documentBytes: 8 * 1024 * 1024,
  /** Longest NDJSON line read, in bytes; longer lines are skipped and reported. */
  ndjsonLineBytes: 8 * 1024 * 1024,
  /** Largest JSON-LD block parsed from an HTML page, in characters. */
  jsonLdChars: 512 * 1024,
} as const;
