/** Thrown by `importRelease` when the input holds nothing importable; `code` is stable. */
export class ImportError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ImportError";
    this.code = code;
  }
}
