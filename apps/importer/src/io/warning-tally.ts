import type { OutcomeWarning } from "./outcome.js";

/**
 * Warnings counted per code for the closing lines on stderr, each with its first message: a
 * 100,000-record batch prints a line per kind of warning, not one per record (--verbose, and the
 * --report file, keep every one).
 */
export class WarningTally {
  private readonly byCode = new Map<string, { first: string; count: number }>();

  add(warning: OutcomeWarning): void {
    const entry = this.byCode.get(warning.code);
    if (entry) entry.count++;
    else this.byCode.set(warning.code, { first: warning.message, count: 1 });
  }

  /** One line per code, in order of first appearance: the first message, and how many more. */
  lines(): string[] {
    return [...this.byCode].map(([code, { first, count }]) => {
      const more = count > 1 ? ` (and ${count - 1} more like it; --verbose lists each)` : "";
      return `warning: ${first} [${code}]${more}`;
    });
  }
}
