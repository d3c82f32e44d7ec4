/** Stable codes for problems with an input, before any parsing runs (the same in every parlwire CLI). */
export type InputErrorCode = "input_empty" | "input_encoding" | "input_too_large" | "input_unreadable";

/** A bad input: which one (and line, for NDJSON), what was wrong and what was expected. */
export class InputError extends Error {
  readonly code: InputErrorCode;
  /** The input as named on the command line or found in a folder (`<stdin>` for standard input). */
  readonly input: string;
  /** 1-based line, when the problem is inside an NDJSON file or a document. */
  readonly line: number | undefined;
  /** What was wrong, without the input's name (`message` has both). */
  readonly reason: string;

  constructor(code: InputErrorCode, input: string, reason: string, options?: { line?: number; cause?: unknown }) {
    super(`${input}${options?.line === undefined ? "" : `:${options.line}`}: ${reason}`, options);
    this.name = "InputError";
    this.code = code;
    this.input = input;
    this.line = options?.line;
    this.reason = reason;
  }
}

/** Turns a failed file system call into an {@link InputError} that says what happened in words. */
export function unreadable(input: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOENT"
      ? "no such file or folder"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "ELOOP"
          ? "too many levels of symbolic links"
          : code === "EISDIR"
            ? "is a folder"
            : (code ?? (error as Error).message);
  return new InputError("input_unreadable", input, `cannot read: ${reason}`, { cause: error });
}
