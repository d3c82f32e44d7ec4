#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { toConsumerSchema } from "../compat/consumer-schema.js";
import { diffSchemas } from "../compat/diff-schemas.js";
import { formatDifferences, formatSummary } from "../compat/format-differences.js";
import { compatibilityModes, type CompatibilityMode } from "../compat/rules.js";
import { SchemaDiffError } from "../compat/schema-document.js";
import packageJson from "../../package.json" with { type: "json" };
import { exitQuietlyOnClosedPipe, print } from "./cli-output.js";

const usage = `Usage: parlwire-schema diff OLD NEW [--mode backward|forward|full] [--format text|json]
       parlwire-schema consumer STRICT

diff      Compares two JSON Schema documents (draft 2020-12; local $ref/$defs resolved) and lists
          every difference: its path, its rule (Confluent Schema Registry names) and the modes it
          breaks. backward = the new schema accepts all data the old one accepted; forward = the
          old schema accepts all data the new one accepts; full = both.
consumer  Prints the consumer (tolerant reader) variant of a strict schema: unknown properties allowed.

Options:
  --mode MODE       backward (default), forward or full
  --format FORMAT   "text" (default) or "json"
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 compatible in MODE, 1 something breaks in MODE, 2 usage error or unreadable schema.`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      mode: { type: "string", default: "backward" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false },
    },
  });
  if (values.help) return print(`${usage}\n`, 0);
  if (values.version) return print(`${packageJson.version}\n`, 0);
  const [command, ...files] = positionals;
  if (command === "consumer") {
    if (files.length !== 1) throw new UsageError(`consumer takes one file, found ${files.length}`);
    const strict = await readSchema(files[0] as string);
    if (typeof strict !== "object" || strict === null || Array.isArray(strict)) throw new SchemaDiffError(`${files[0]}: expected a schema object`);
    return print(`${JSON.stringify(toConsumerSchema(strict as Record<string, unknown>), null, 2)}\n`, 0);
  }
  if (command !== "diff") throw new UsageError(command === undefined ? "missing command" : `unknown command ${JSON.stringify(command)}`);
  if (files.length !== 2) throw new UsageError(`diff takes two files (OLD NEW), found ${files.length}`);
  const mode = values.mode as CompatibilityMode;
  if (!compatibilityModes.includes(mode)) throw new UsageError(`--mode must be backward, forward or full, found ${JSON.stringify(values.mode)}`);
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be "text" or "json", found ${JSON.stringify(values.format)}`);
  const [oldFile, newFile] = files as [string, string];
  const differences = diffSchemas(await readSchema(oldFile), await readSchema(newFile), { old: oldFile, new: newFile });
  const breaking = differences.filter((d) => d.breaks[mode]).length;
  if (values.format === "json") {
    const report = { old: oldFile, new: newFile, mode, compatible: breaking === 0, breaking, differences };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(`Comparing ${oldFile} (old) with ${newFile} (new), mode ${mode}\n`);
    if (differences.length) process.stdout.write(`${formatDifferences(differences, mode, "  ")}\n`);
    process.stdout.write(`${formatSummary(differences, mode)}\n`);
  }
  return breaking > 0 ? 1 : 0;
}

async function readSchema(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new SchemaDiffError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SchemaDiffError(`${file}: expected a JSON Schema document, found invalid JSON (${(error as Error).message})`, { cause: error });
  }
}

exitQuietlyOnClosedPipe();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      process.stderr.write(`parlwire-schema: ${error.message}\n\n${usage}\n`);
    } else if (error instanceof SchemaDiffError) {
      process.stderr.write(`parlwire-schema: ${error.message}\n`);
    } else {
      process.stderr.write(`parlwire-schema: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 2;
  },
);
