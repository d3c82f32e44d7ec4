#!/usr/bin/env node
import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { parseArgs } from "node:util";
import { lineAndColumn, pointerLines, syntaxErrorOffset } from "./json-position.js";
import { isNdjsonPath, ndjsonRecords, readDocument, type SourceRecord } from "./records.js";
import { validateRelease } from "./validate.js";
import type { ValidationIssue } from "./validation-issue.js";
import packageJson from "../package.json" with { type: "json" };
import { exitQuietlyOnClosedPipe, print } from "./cli-output.js";

const usage = `Usage: parlwire-validate [options] FILE...

Validates parlwire Release documents: JSON files (one release each), NDJSON files
(.ndjson/.jsonl, one release per line, streamed) and standard input ("-", or no FILE).

Options:
  --ndjson          read standard input as NDJSON (streamed)
  --format FORMAT   "text" (default): file:line: path: message, then a summary
                    "json": one JSON object with every problem, for machines
  --quiet           print problems and the summary only
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 all valid, 1 any invalid, 2 usage error.`;

/** A problem located in an input file. */
interface LocatedIssue extends Partial<ValidationIssue> {
  file: string;
  line: number;
  column?: number;
  code: ValidationIssue["code"];
  message: string;
}

interface FileVerdict {
  file: string;
  records: number;
  valid: number;
  invalid: number;
}

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
    process.stderr.write(`parlwire-validate: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) return print(`${usage}\n`, 0);
  if (values.version) return print(`${packageJson.version}\n`, 0);
  if (values.format !== "text" && values.format !== "json") {
    process.stderr.write(`parlwire-validate: --format must be "text" or "json", found "${values.format}"\n`);
    return 2;
  }
  const files = positionals.length ? positionals : ["-"];
  for (const file of files) {
    if (file === "-") continue;
    try {
      await access(file);
    } catch {
      process.stderr.write(`parlwire-validate: cannot read ${file}: no such file\n`);
      return 2;
    }
  }

  const asText = values.format === "text";
  const issues: LocatedIssue[] = [];
  const verdicts: FileVerdict[] = [];
  for (const file of files) {
    const verdict: FileVerdict = { file: file === "-" ? "<stdin>" : file, records: 0, valid: 0, invalid: 0 };
    for await (const record of recordsOf(file, values.ndjson)) {
      const found = checkRecord(record);
      verdict.records++;
      if (found.length === 0) verdict.valid++;
      else verdict.invalid++;
      for (const problem of found) {
        if (asText) process.stdout.write(`${formatIssue(problem)}\n`);
        else issues.push(problem);
      }
    }
    if (asText && !values.quiet) {
      const state = verdict.invalid === 0 ? "valid" : "INVALID";
      const counts = verdict.records === 1 ? "" : ` (${verdict.valid} of ${verdict.records} releases valid)`;
      process.stdout.write(`${verdict.file}: ${verdict.records === 0 ? "no releases found" : state}${counts}\n`);
    }
    verdicts.push(verdict);
  }

  const records = verdicts.reduce((n, v) => n + v.records, 0);
  const invalid = verdicts.reduce((n, v) => n + v.invalid, 0);
  const summary = { files: verdicts.length, records, valid: records - invalid, invalid };
  if (asText) {
    process.stdout.write(
      `${records} release${records === 1 ? "" : "s"} checked in ${verdicts.length} file${verdicts.length === 1 ? "" : "s"}: ` +
        `${summary.valid} valid, ${invalid} invalid\n`,
    );
  } else {
    process.stdout.write(`${JSON.stringify({ summary, files: verdicts, issues }, null, 2)}\n`);
  }
  return invalid > 0 ? 1 : 0;
}

async function* recordsOf(file: string, stdinIsNdjson: boolean): AsyncGenerator<SourceRecord> {
  if (file === "-") {
    const name = "<stdin>";
    if (stdinIsNdjson) {
      yield* ndjsonRecords(process.stdin, name);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    yield { file: name, line: 1, text: Buffer.concat(chunks).toString("utf8") };
    return;
  }
  if (isNdjsonPath(file)) yield* ndjsonRecords(createReadStream(file), file);
  else yield await readDocument(file);
}

/** Parses and validates one record; returns its problems, located at file:line. */
function checkRecord(record: SourceRecord): LocatedIssue[] {
  const at = { file: record.file, line: record.line };
  if (record.error) return [{ ...at, code: "invalid_json", message: record.error }];
  let value: unknown;
  try {
    value = JSON.parse(record.text);
  } catch (error) {
    const offset = syntaxErrorOffset(error, record.text);
    const { line, column } = lineAndColumn(record.text, offset);
    const reason = error instanceof RangeError ? "nested too deeply" : "not valid JSON";
    return [{ ...at, line: record.line + line - 1, column, code: "invalid_json", message: `expected a JSON document, ${reason}` }];
  }
  const result = validateRelease(value);
  if (result.ok) return [];
  const lines = record.text.includes("\n") ? pointerLines(record.text) : undefined;
  return result.issues.map((issue) => ({ ...at, line: record.line + lineOf(issue.pointer, lines) - 1, ...issue }));
}

// The nearest enclosing value that has a line: a missing key is reported on its parent's line.
function lineOf(pointer: string, lines: Map<string, number> | undefined): number {
  if (!lines) return 1;
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
    const line = lines.get(p);
    if (line !== undefined) return line;
    if (p === "") return 1;
  }
}

function formatIssue(issue: LocatedIssue): string {
  const where = issue.column ? `${issue.file}:${issue.line}:${issue.column}` : `${issue.file}:${issue.line}`;
  return `${where}: ${issue.path ? `${issue.path}: ` : ""}${issue.message} [${issue.code}]`;
}

exitQuietlyOnClosedPipe();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`parlwire-validate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
