/** Stable codes for problems with an input, before any extraction runs. */
export type InputErrorCode =
  | "input_empty"
  | "input_binary"
  | "input_encoding"
  | "input_too_large"
  | "input_unreadable"
  | "input_invalid_record";

/** A bad input: says which file (and line, for NDJSON), what was wrong and what was expected. */
export class InputError extends Error {
  readonly code: InputErrorCode;

  constructor(code: InputErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InputError";
    this.code = code;
  }
}
