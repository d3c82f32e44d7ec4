#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatTable } from "./eval/format-table.js";
import { withoutPublisher } from "./eval/leave-one-out.js";
import { collectCases, runEval, type CaseResult } from "./eval/run-eval.js";
import { metrics } from "./eval/score.js";
import { formatSummary, summarize } from "./eval/summary.js";
import { knowledge } from "./knowledge/knowledge.js";

const usage = `Usage: npm run eval -- <folder|file.txt>... [--answers DIR] [--by-source] [--loso] [--quiet] [--json]

Imports every .txt capture, compares it with <stem>.expected.json (the corpus format) or
<stem>.release.json (a Release, mapped to that format), and prints the headline table
(participants P / R / F1; position and country of matched participants; meeting date, place,
title and published per release) and field-level precision, recall and F1. Answers are looked
up next to each capture, then in --answers DIR.
  --by-source  one headline row per publisher (the host of the answer's source_url)
  --loso       leave-one-source-out: also score each publisher's releases with the knowledge
               its own data gave removed (its source profiles and its parliament's known officials)
Exits non-zero only when the evaluation itself cannot run, never on a low score.`;

/** Headline rows: all releases, then (with bySource) one per publisher. */
function summaryRows(label: string, results: CaseResult[], bySource: boolean): { name: string; summary: ReturnType<typeof summarize> }[] {
  const scored = results.filter((r) => r.expected);
  const pair = (r: CaseResult) => ({ expected: r.expected!, found: r.found });
  const rows = [{ name: label, summary: summarize(scored.map(pair)) }];
  if (bySource) {
    const publishers = [...new Set(scored.map((r) => r.publisher))].sort();
    for (const p of publishers) rows.push({ name: `  ${p}`, summary: summarize(scored.filter((r) => r.publisher === p).map(pair)) });
  }
  return rows;
}

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
      options: {
        answers: { type: "string" },
        quiet: { type: "boolean" },
        json: { type: "boolean" },
        "by-source": { type: "boolean" },
        loso: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
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
  const bySource = parsed.values["by-source"] === true;
  const base = knowledge();
  const loso = parsed.values.loso ? runEval(cases, (publisher) => withoutPublisher(base, publisher)) : undefined;
  const rows = [...summaryRows("all", report.cases, bySource), ...(loso ? summaryRows("leave-one-source-out", loso.cases, bySource) : [])];
  if (parsed.values.json) {
    const table = Object.fromEntries(Object.entries(report.scores).map(([field, counts]) => [field, { ...counts, ...metrics(counts) }]));
    process.stdout.write(`${JSON.stringify({ summary: rows, scores: table, cases: report.cases }, null, 2)}\n`);
    return 0;
  }
  const scored = report.cases.filter((c) => c.answer && !c.error?.startsWith(c.answer)).length;
  process.stdout.write(`Evaluated ${scored} of ${report.cases.length} capture(s) in ${parsed.positionals.join(", ")}\n\n`);
  process.stdout.write(`${formatSummary(rows)}\n\n`);
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
