import { escapeJsonOutput } from "@parlwire/cli-input";
import { AtomicFile } from "./atomic-write.js";
import type { Outcome, Summary } from "./outcome.js";

/**
 * Streams the `--report` JSON to a temporary file, one outcome at a time (constant memory for
 * any batch size), and publishes it atomically with the summary at the end:
 * `{ "tool", "version", "options", "records": [Outcome...], "summary": Summary }`.
 */
export class ReportWriter {
  private readonly file: AtomicFile;
  private first = true;

  constructor(path: string, header: { tool: string; version: string; options: Record<string, unknown> }) {
    this.file = new AtomicFile(path);
    this.file.write(`{\n  "tool": ${JSON.stringify(header.tool)},\n  "version": ${JSON.stringify(header.version)},\n`);
    this.file.write(`  "options": ${escapeJsonOutput(JSON.stringify(header.options))},\n  "records": [`);
  }

  add(outcome: Outcome): void {
    // JSON.stringify leaves C1 and bidi controls raw: a report read with `cat` must be as safe as stderr.
    this.file.write(`${this.first ? "\n" : ",\n"}    ${escapeJsonOutput(JSON.stringify(outcome))}`);
    this.first = false;
  }

  finish(summary: Summary): void {
    this.file.write(`${this.first ? "" : "\n  "}],\n  "summary": ${JSON.stringify(summary)}\n}\n`);
    this.file.finish();
  }

  abort(): void {
    this.file.abort();
  }
}
