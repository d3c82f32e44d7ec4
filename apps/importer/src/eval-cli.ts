#!/usr/bin/env node
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { formatTable } from "./eval/format-table.js";
import { collectCases, runEval } from "./eval/run-eval.js";
import { metrics } from "./eval/score.js";

const usage = `Usage: npm run eval -- <folder|file.txt>... [--answers DIR] [--quiet] [--json]

Imports every .txt capture, compares it with <stem>.expected.json (the corpus format) or
<stem>.release.json (a Release, mapped to that format), and prints field-level precision,
recall and F1. Answers are looked up next to each capture, then in --answers DIR.
Exits non-zero only when the evaluation itself cannot run, never on a low score.`;

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
  const cases = collectCases(parsed.positionals, parsed.values.answers);
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
  process.stderr.write(`eval failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
}
