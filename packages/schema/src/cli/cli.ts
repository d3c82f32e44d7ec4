#!/usr/bin/env node
import { parseArgs } from "node:util";
import {
  escapeControl,
  escapeJsonOutput,
  inputEntries,
  mapOrdered,
  ndjsonRecords,
  readDocument,
  stdinName,
  type InputEntry,
  type InputErrorCode,
  type InputRecord,
} from "@parlwire/cli-input";
import { checkJsonText } from "../validate/check-json-text.js";
import { exitQuietlyOnClosedPipe, print } from "./cli-output.js";
import type { ValidationIssue } from "../validate/validation-issue.js";
import packageJson from "../../package.json" with { type: "json" };

const usage = `Usage: parlwire-validate [options] FILE|FOLDER...

Validates parlwire Release documents: JSON files (one release each), NDJSON files
(.ndjson/.jsonl, one release per line, streamed), folders (every .json, .ndjson and
.jsonl file in them, recursively) and standard input ("-", or no FILE).

Options:
  --ndjson          read standard input as NDJSON (streamed)
  --format FORMAT   "text" (default): file:line: path: message [code], then a summary
                    "json": one JSON object with every problem, for machines
  --quiet           print problems and the summary only
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 all valid, 1 any invalid or unreadable input, 2 usage error.`;

/** Largest JSON document or NDJSON line read, in bytes; larger ones are reported, not parsed. */
const maxRecordBytes = 64 * 1024 * 1024;
const limits = { documentBytes: maxRecordBytes, lineBytes: maxRecordBytes };
// Entries prepared ahead while one is validated (folder listings are asynchronous; file reads are not).
const concurrentReads = 16;

/** A problem located in an input: the issue format plus file and line. */
interface LocatedIssue extends Omit<ValidationIssue, "code"> {
  file: string;
  line: number;
  column?: number;
  code: ValidationIssue["code"] | InputErrorCode;
}

interface FileVerdict {
  file: string;
  records: number;
  valid: number;
  invalid: number;
  /** Set when the file (or part of it) could not be read. */
  unreadable?: true;
}

const isNdjsonPath = (file: string) => /\.(?:ndjson|jsonl)$/i.test(file);
const isReleaseFile = (file: string) => /\.(?:json|ndjson|jsonl)$/i.test(file);

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ndjson: { type: "boolean", default: false },
        format: { type: "string", default: "text" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`parlwire-validate: ${escapeControl((error as Error).message)}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) return print(`${usage}\n`, 0);
  if (values.version) return print(`${packageJson.version}\n`, 0);
  if (values.format !== "text" && values.format !== "json") {
    process.stderr.write(`parlwire-validate: --format must be "text" or "json", found ${escapeControl(JSON.stringify(values.format))}\n`);
    return 2;
  }
  if (positionals.length === 0 && process.stdin.isTTY) {
    // Nothing named and nobody piping: waiting silently on the keyboard helps no one.
    process.stderr.write(`parlwire-validate: no input: name files or folders, or pipe a release to standard input\n\n${usage}\n`);
    return 2;
  }

  const asText = values.format === "text";
  const out = new BufferedOutput();
  const issues: LocatedIssue[] = [];
  const verdicts: FileVerdict[] = [];
  const entries = inputEntries(positionals.length ? positionals : ["-"], { accept: isReleaseFile });
  // Whole documents are read ahead (bounded), NDJSON is streamed when its turn comes; output keeps input order.
  const documents = mapOrdered(entries, concurrentReads, async (entry) => (streamed(entry, values.ndjson) ? entry : readDocument(entry, limits)));
  for await (const item of documents) {
    const isRecord = "ok" in item;
    const file = item.input;
    const verdict: FileVerdict = { file, records: 0, valid: 0, invalid: 0 };
    const records = isRecord ? [item] : ndjsonRecords(item, limits);
    for await (const record of records) {
      const found = await checkRecord(record, hintFor(file));
      if (!record.ok) verdict.unreadable = true;
      else {
        verdict.records++;
        if (found.length === 0) verdict.valid++;
        else verdict.invalid++;
      }
      for (const problem of found) {
        if (asText) out.write(`${formatIssue(problem)}\n`);
        else issues.push(problem);
      }
    }
    if (asText && !values.quiet) out.write(`${escapeControl(file)}: ${stateOf(verdict)}\n`);
    verdicts.push(verdict);
  }

  const records = verdicts.reduce((n, v) => n + v.records, 0);
  const invalid = verdicts.reduce((n, v) => n + v.invalid, 0);
  const unreadable = verdicts.filter((v) => v.unreadable).length;
  const summary = { files: verdicts.length, records, valid: records - invalid, invalid, unreadable };
  if (asText) {
    out.write(
      `${records} release${records === 1 ? "" : "s"} checked in ${verdicts.length} file${verdicts.length === 1 ? "" : "s"}: ` +
        `${summary.valid} valid, ${invalid} invalid${unreadable ? `; ${unreadable} input${unreadable === 1 ? "" : "s"} could not be read` : ""}\n`,
    );
  } else {
    out.write(`${escapeJsonOutput(JSON.stringify({ summary, files: verdicts, issues }, null, 2))}\n`);
  }
  out.flush();
  return invalid > 0 || unreadable > 0 ? 1 : 0;
}

function streamed(entry: InputEntry, stdinIsNdjson: boolean): boolean {
  if (entry.kind === "error") return false;
  return entry.input === stdinName ? stdinIsNdjson : isNdjsonPath(entry.input);
}

function hintFor(file: string): string {
  return file === stdinName ? "pass --ndjson to read one release per line" : "name the file .ndjson to check one release per line";
}

/** Parses and validates one record; returns its problems located at file:line (none: valid). */
async function checkRecord(record: InputRecord, hint: string): Promise<LocatedIssue[]> {
  if (!record.ok) {
    return [{ file: record.input, line: record.line ?? 1, path: "", pointer: "", code: record.error.code, message: record.error.reason }];
  }
  const found = await checkJsonText(record.text, hint);
  return found.map((issue) => ({ ...issue, file: record.input, line: record.line + issue.line - 1 }));
}

function stateOf(verdict: FileVerdict): string {
  if (verdict.unreadable && verdict.records === 0) return "not read";
  if (verdict.records === 0) return "no releases found";
  const state = verdict.invalid === 0 && !verdict.unreadable ? "valid" : "INVALID";
  return verdict.records === 1 && !verdict.unreadable ? state : `${state} (${verdict.valid} of ${verdict.records} releases valid)`;
}

// Every part that can echo input (file names, quoted values) is escaped: no terminal control sequences.
function formatIssue(issue: LocatedIssue): string {
  const where = issue.column ? `${issue.file}:${issue.line}:${issue.column}` : `${issue.file}:${issue.line}`;
  return escapeControl(`${where}: ${issue.path ? `${issue.path}: ` : ""}${issue.message} [${issue.code}]`);
}

/** Collects output and writes it in large pieces: 10,000 verdict lines are a handful of writes, not 10,000. */
class BufferedOutput {
  private parts: string[] = [];
  private size = 0;

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 64 * 1024) this.flush();
  }

  flush(): void {
    if (this.parts.length) process.stdout.write(this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
}

exitQuietlyOnClosedPipe();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`parlwire-validate: ${escapeControl(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 2;
  },
);
