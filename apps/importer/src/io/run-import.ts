import { validateRelease } from "@parlwire/schema";
import { validateRelease as validateReleaseFast } from "@parlwire/schema/precompiled";
import { htmlToCapture } from "../html/html-to-capture.js";
import type { CaptureRecord, InputItem } from "./capture-record.js";
import type { ImportFn, PortInput } from "./importer-port.js";
import { locate, type Outcome, type OutcomeError, type Summary } from "./outcome.js";
import type { ReleaseSink } from "./release-sink.js";

/** What one batch run needs; the CLI builds it from its arguments. */
export interface RunOptions {
  items: AsyncIterable<InputItem>;
  importer: ImportFn;
  sink: ReleaseSink;
  /** Source profile name, or "auto". */
  source?: string;
  /** Called once per record, in input order. */
  onOutcome?: (outcome: Outcome, summary: Summary) => void;
}

/**
 * Imports every input item in order, validating each release before it reaches the sink.
 * Never stops at a bad record: each becomes a failed outcome and the batch goes on. Keeps
 * nothing per record but the ids already written (to refuse a second release with the same id).
 */
export async function runImport(options: RunOptions): Promise<Summary> {
  const summary: Summary = { records: 0, imported: 0, warned: 0, failed: 0 };
  const written = new WrittenIds();
  for await (const item of options.items) {
    written.next(item.ok ? item.record.input : item.input);
    const outcome = ordered(await importOne(item, options, written));
    summary.records++;
    summary[outcome.status]++;
    if (outcome.status === "warned") summary.imported++;
    options.onOutcome?.(outcome, summary);
  }
  await options.sink.flush?.();
  return summary;
}

/**
 * The ids written so far, each with the number of the record that produced it (a small integer, so
 * 100,000 ids cost ~13 MB rather than ~22 MB with a location string each), and the input each run
 * of record numbers came from, to name it in a duplicate's message.
 */
class WrittenIds {
  private readonly ids = new Map<string, number>();
  private readonly inputs: Array<{ input: string; first: number }> = [];
  private ordinal = 0;

  /** Advances to the next record, read from `input`. */
  next(input: string): void {
    this.ordinal++;
    if (this.inputs[this.inputs.length - 1]?.input !== input) this.inputs.push({ input, first: this.ordinal });
  }

  /** Where the release with `id` came from, if one was already written: `file (record N of this run)`. */
  earlier(id: string): string | undefined {
    const ordinal = this.ids.get(id);
    if (ordinal === undefined) return undefined;
    let input = "";
    for (const segment of this.inputs) if (segment.first <= ordinal) input = segment.input;
    return `${input} (record ${ordinal} of this run)`;
  }

  add(id: string): void {
    this.ids.set(id, this.ordinal);
  }
}

async function importOne(item: InputItem, options: RunOptions, written: WrittenIds): Promise<Outcome> {
  const from = item.ok ? item.record : item;
  const outcome: Outcome = { input: from.input, status: "failed", warnings: [], errors: [] };
  if (from.line !== undefined) outcome.line = from.line;
  if (!item.ok) {
    outcome.errors.push({ code: item.error.code, message: item.error.message });
    return outcome;
  }
  outcome.warnings.push(...item.record.notes);
  const where = locate(outcome);

  const input = toImportInput(item.record, options.source);
  if (input.text === "") {
    outcome.errors.push({ code: "html_no_text", message: `${where}: the HTML page has no visible text (only markup, scripts or styles); expected a press release` });
    return outcome;
  }
  let result;
  try {
    result = options.importer(input);
  } catch (error) {
    outcome.errors.push(describeFailure(error, where));
    return outcome;
  }
  outcome.id = result.release.id;
  outcome.warnings.push(...result.warnings.map((w) => ({ code: w.code, message: `${where}: ${w.message}` })));

  // The precompiled validator gives the same verdict ~15x faster; on a rejection, the zod one
  // lists every problem (the precompiled one stops at the first) for the report.
  const fast = validateReleaseFast(result.release);
  const checked = fast.ok ? fast : validateRelease(result.release);
  if (!checked.ok) {
    outcome.errors.push(
      ...checked.issues.map((issue) => ({
        code: `invalid_release.${issue.code}`,
        path: issue.path,
        message: `${where}: the imported release is invalid at ${issue.path || "(document)"}: ${issue.message}; not written`,
      })),
    );
    return outcome;
  }
  const id = checked.value.id;
  const earlier = written.earlier(id);
  if (earlier !== undefined) {
    outcome.errors.push({
      code: "duplicate_id",
      message: `${where}: release id ${id} was already produced by ${earlier}; not written (ids derive from date and title, so these are likely the same release)`,
    });
    return outcome;
  }
  try {
    const output = await options.sink.write(checked.value);
    if (output !== undefined) outcome.output = output;
  } catch (error) {
    outcome.errors.push({ code: "output_failed", message: `${where}: could not write ${id}: ${(error as Error).message}` });
    return outcome;
  }
  written.add(id);
  outcome.status = outcome.warnings.length > 0 ? "warned" : "imported";
  return outcome;
}

// One key order for every report line, whatever order the fields were found in.
function ordered(o: Outcome): Outcome {
  return {
    input: o.input,
    ...(o.line !== undefined ? { line: o.line } : {}),
    status: o.status,
    ...(o.id !== undefined ? { id: o.id } : {}),
    ...(o.output !== undefined ? { output: o.output } : {}),
    warnings: o.warnings,
    errors: o.errors,
  };
}

/** The importer's input for one record: HTML pages go through {@link htmlToCapture} first. */
export function toImportInput(record: CaptureRecord, source: string | undefined): PortInput {
  const input: PortInput = { text: record.content, sha256: record.sha256, mediaType: "text/plain" };
  if (record.kind === "html") {
    const page = htmlToCapture(record.content);
    input.text = page.text;
    input.mediaType = "text/html";
    input.hints = page.hints;
    // The URL the capture was taken from wins over what the page says about itself.
    const url = record.url ?? page.url;
    if (url !== undefined) input.url = url;
  } else if (record.url !== undefined) {
    input.url = record.url;
  }
  if (source !== undefined) input.source = source;
  return input;
}

function describeFailure(error: unknown, where: string): OutcomeError {
  const code = typeof (error as { code?: unknown })?.code === "string" ? (error as { code: string }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (code !== undefined) return { code, message: `${where}: ${message}` };
  // Not an ImportError: a bug in the importer; say so rather than blame the input.
  return { code: "internal_error", message: `${where}: the importer failed unexpectedly (a bug; please report it): ${message}` };
}
