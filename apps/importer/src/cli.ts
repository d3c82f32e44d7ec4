#!/usr/bin/env node
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { escapeControl } from "@parlwire/cli-input";
import packageJson from "../package.json" with { type: "json" };
import { importRelease } from "./import-release.js";
import { removeStaleTemps } from "./io/atomic-write.js";
import { readInputs } from "./io/input-sources.js";
import { createProgress } from "./io/progress.js";
import { directorySink, ndjsonSink } from "./io/release-sink.js";
import { ReportWriter } from "./io/report-writer.js";
import { runImport } from "./io/run-import.js";
import { WarningTally } from "./io/warning-tally.js";

const usage = `Usage: parlwire-import INPUT... (--out DIR | --ndjson) [options]

Imports parliamentary press releases (plain-text captures, HTML pages, NDJSON batches) as
parlwire Release JSON, validating every release before it is written.

INPUT is a file, a folder (read recursively: .txt, .html/.htm, .ndjson/.jsonl), or "-" for
standard input (NDJSON if it starts with "{", HTML if with "<", else one text capture).
NDJSON records are one JSON object per line: {"url"?: "https://...", "text" | "html": "..."}.

Output (one of):
  --out DIR         one pretty JSON file per release, DIR/<release id>.json, written atomically
  --ndjson          one compact JSON release per line on standard output

Options:
  --source NAME     source profile (e.g. meclis.gov.az), or "auto" to detect it (default)
  --report FILE     write a JSON report: every record's outcome, warnings, errors and the summary
  --strict          exit with status 1 when any record failed
  --no-progress     no progress bar (it only shows when standard error is a terminal anyway)
  --verbose         list every warning on standard error (by default: one line per kind)
  -h, --help        show this help
  -v, --version     show the version

Errors go to standard error as "file[:line]: message [code]"; warnings are summarised, one line
per code with its first message and how many more (--verbose lists each; --report keeps all);
then "N records: I imported (W with warnings), F failed". A failed record is never written.
Exit status: 0 done (failures reported), 1 failures with --strict, 2 usage error.`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        ndjson: { type: "boolean", default: false },
        source: { type: "string", default: "auto" },
        report: { type: "string" },
        strict: { type: "boolean", default: false },
        "no-progress": { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) return print(`${usage}\n`);
  if (values.version) return print(`${packageJson.version}\n`);
  if (positionals.length === 0) return usageError("expected at least one INPUT (a file, a folder, or - for standard input)");
  if (values.ndjson === (values.out !== undefined)) return usageError("choose exactly one output: --out DIR or --ndjson");
  if (values.source.trim() === "") return usageError('--source expects a profile name or "auto"');
  if (positionals.filter((p) => p === "-").length > 1) return usageError('standard input ("-") can be read only once');

  if (values.out !== undefined) {
    try {
      mkdirSync(values.out, { recursive: true });
    } catch (error) {
      return usageError(`cannot create the output folder ${values.out}: ${(error as Error).message}`);
    }
    removeStaleTemps(values.out);
  }
  let report: ReportWriter | undefined;
  if (values.report !== undefined) {
    removeStaleTemps(dirname(values.report));
    try {
      report = new ReportWriter(values.report, {
        tool: "parlwire-import",
        version: packageJson.version,
        options: { inputs: positionals, out: values.out ?? null, ndjson: values.ndjson, source: values.source, strict: values.strict },
      });
    } catch (error) {
      return usageError(`cannot write the report ${values.report}: ${(error as Error).message}`);
    }
  }
  const sink = values.out !== undefined ? directorySink(values.out) : ndjsonSink(process.stdout);
  // A Ctrl-C or kill between records leaves no temporary report behind (release files are whole already;
  // NDJSON lines held for a batched write go out first).
  const interrupt = (signal: NodeJS.Signals) => {
    void sink.flush?.();
    report?.abort();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  // `parlwire-import ... --ndjson | head`: the reader left; stop quietly as other Unix tools do.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    report?.abort();
    process.exit(0);
  });

  const progress = createProgress(process.stderr, !values["no-progress"]);
  // Messages echo file names and input (an ESC sequence in a bad NDJSON line would set the terminal's title).
  const say = (line: string) => progress.log(`${escapeControl(line)}\n`);
  const tally = new WarningTally();
  const summary = await runImport({
    items: readInputs(positionals),
    importer: importRelease,
    sink,
    source: values.source,
    onOutcome(outcome, counts) {
      report?.add(outcome);
      for (const error of outcome.errors) say(`${error.message} [${error.code}]`);
      for (const warning of outcome.warnings) {
        if (values.verbose) say(`warning: ${warning.message} [${warning.code}]`);
        else tally.add(warning);
      }
      progress.update(counts);
    },
  });
  for (const line of tally.lines()) say(line);
  progress.stop();
  report?.finish(summary);
  const records = `${summary.records} record${summary.records === 1 ? "" : "s"}`;
  process.stderr.write(`${records}: ${summary.imported} imported (${summary.warned} with warnings), ${summary.failed} failed\n`);
  return values.strict && summary.failed > 0 ? 1 : 0;
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

function usageError(message: string): number {
  process.stderr.write(`parlwire-import: ${escapeControl(message)}\n\n${usage}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`parlwire-import: ${(error instanceof Error ? (error.stack ?? error.message) : String(error)).split("\n").map(escapeControl).join("\n")}\n`);
    process.exitCode = 2;
  },
);
