#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatTable } from "./eval/format-table.js";
import { collectCases, runEval } from "./eval/run-eval.js";
import { metrics } from "./eval/score.js";

const usage = `Usage: npm run eval -- <folder|file.txt>... [--answers DIR] [--quiet] [--json]

Imports every .txt capture, compares it with <stem>.expected.json (the corpus format) or
<stem>.release.json (a Release, mapped to that format), and prints field-level precision,
recall and F1. Answers are looked up next to each capture, then in --answers DIR.
Exits non-zero only when the evaluation itself cannot run, never on a low score.`;

class UsageError extends Error {}

/** The nearest folder up from here whose package.json declares workspaces. */
function repositoryRoot(): string | undefined {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && "workspaces" in JSON.parse(readFileSync(manifest, "utf8"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { answers: { type: "string" }, quiet: { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (parsed.values.help || parsed.positionals.length === 0) {
    process.stdout.write(`${usage}\n`);
    return parsed.values.help ? 0 : 2;
  }
  // `npm run eval` from the repository root runs this inside apps/importer (via turbo), so a
  // relative path is tried from here, from npm's INIT_CWD, then from the repository root.
  const bases = [process.cwd(), process.env.INIT_CWD, repositoryRoot()].filter((b): b is string => !!b);
  const at = (p: string) => {
    if (isAbsolute(p)) return p;
    const found = bases.map((b) => resolve(b, p)).find((candidate) => existsSync(candidate));
    if (!found) throw new UsageError(`no such file or folder: ${p} (tried from ${bases.join(", ")})`);
    return found;
  };
  const cases = collectCases(parsed.positionals.map(at), parsed.values.answers ? at(parsed.values.answers) : undefined);
  const report = runEval(cases);
  if (parsed.values.json) {
    const table = Object.fromEntries(Object.entries(report.scores).map(([field, counts]) => [field, { ...counts, ...metrics(counts) }]));
    process.stdout.write(`${JSON.stringify({ scores: table, cases: report.cases }, null, 2)}\n`);
    return 0;
  }
  const scored = report.cases.filter((c) => c.answer && !c.error?.startsWith(c.answer)).length;
  process.stdout.write(`Evaluated ${scored} of ${report.cases.length} capture(s) in ${parsed.positionals.join(", ")}\n\n`);
  process.stdout.write(`${formatTable(report.scores)}\n`);
  if (!parsed.values.quiet) {
    for (const c of report.cases) {
      const problems = [...(c.error ? [`  ! ${c.error}`] : []), ...c.mismatches.map((m) => `  - ${m.field}: expected ${JSON.stringify(m.expected)}, found ${JSON.stringify(m.found)}`)];
      if (problems.length === 0) continue;
      process.stdout.write(`\n${relative(process.cwd(), c.capture) || c.capture}${c.warnings.length ? ` (warnings: ${c.warnings.join(", ")})` : ""}\n${problems.join("\n")}\n`);
    }
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`eval: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`eval failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
}
