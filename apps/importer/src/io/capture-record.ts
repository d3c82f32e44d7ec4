import type { InputError } from "./input-error.js";

/** Whether a capture is a plain-text capture or an HTML page. */
export type CaptureKind = "text" | "html";

/** One capture to import, decoded, with where it came from. */
export interface CaptureRecord {
  /** The input it came from, as named on the command line (a path, or `<stdin>`). */
  input: string;
  /** 1-based line of an NDJSON record; absent for a whole file. */
  line?: number;
  kind: CaptureKind;
  content: string;
  url?: string;
  /** SHA-256 of the capture's UTF-8 bytes (the file, or the record's text/html value), lowercase hex. */
  sha256: string;
  /** Non-fatal problems found while reading (an unknown NDJSON key...). */
  notes: InputNote[];
}

/** A non-fatal remark about an input, reported as a warning. */
export interface InputNote {
  code: string;
  message: string;
}

/** An input that could not be read as a capture; reported, then the batch goes on. */
export interface UnreadableInput {
  input: string;
  line?: number;
  error: InputError;
}

export type InputItem = { ok: true; record: CaptureRecord } | ({ ok: false } & UnreadableInput);
