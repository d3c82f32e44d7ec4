import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { htmlToCapture } from "../../src/html/html-to-capture.js";
import { builtCli, runCli } from "../cli/built-cli.js";

// Inputs shaped to make careless regexes or parsers take quadratic or exponential time. Each must
// finish within a generous bound; the time is measured and printed, not a performance target.
const MB = 1 << 20;
const head = "Chair of Milli Majlis Met with Chair of Senate\n\nChair`s Travels\n15 April 2021 | 21:25\n\n";
const boundMs = 10_000;

const textCases: Array<[string, string]> = [
  // Was quadratic (a /[\s…]+$/ trim retried from every space: 64 KB took 10 s); now a linear trim.
  ["a run of spaces inside a line", `${head}a${" ".repeat(MB)}b`],
  ["a run of dashes before a glued date", `${"-".repeat(MB)}x 18.12.2019\n\nBody text.`],
  ["a run of spaces and tabs at a line end", `${head}a${" \t".repeat(MB / 2)}\nb`],
  ["a run of digits", head + "1".repeat(MB)],
  ["digits and spaces", head + "12 ".repeat(MB / 3)],
  ["Chair of Chair of ...", `${head}${"Chair of ".repeat(MB / 9)}x`],
  ["repeated positions and names", head + "Chair of the Milli Majlis Sahiba Gafarova met with ".repeat(MB / 51)],
  ["repeated date lines", "15 April 2021 | ".repeat(MB / 16)],
  ["a million blank lines", `T\n${"\n".repeat(MB)}x`],
  ["repeated day-month phrases", head + "on 2 June and 3 ".repeat(MB / 16)],
  ["one 1 MB line", "x".repeat(MB)],
  ["a run of dots", head + ".".repeat(MB)],
  ["capitalised words", head + "Mr A B C D E ".repeat(MB / 13)],
];

const htmlCases: Array<[string, string]> = [
  ["200k unclosed <div>s", "<div>".repeat(MB / 5)],
  ["unclosed <b> then unmatched </i>", "<b>".repeat(MB / 6) + "</i>".repeat(MB / 8)],
  ["nested lists", "<ul><li>".repeat(MB / 8)],
  ["nested tables", "<table><tr><td>".repeat(MB / 15)],
  ["an unclosed comment", `<p>x</p><!--${"a".repeat(MB)}`],
  ["an unclosed attribute", `<p>x</p><a href="${"a".repeat(MB)}`],
  ["an unclosed script", `<p>x</p><script>${"a".repeat(MB)}`],
  ["deep JSON-LD", `<p>x</p><script type="application/ld+json">${"[".repeat(MB / 2)}</script>`],
  ["a million '<'", "<".repeat(MB)],
  ["entities without semicolons", "<p>" + "&amp".repeat(MB / 4)],
];

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

beforeAll(() => {
  builtCli();
});

describe("adversarial HTML through htmlToCapture", () => {
  it.each(htmlCases)("%s finishes fast", (name, html) => {
    const { ms } = timed(() => htmlToCapture(html));
    console.log(`htmlToCapture ${name}: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(boundMs);
  });
});

async function importsInTime(name: string, text: string, killAfterMs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "parlwire-adversarial-"));
  const input = join(dir, "batch.ndjson");
  const html = `<article><p>${text.replaceAll("\n\n", "</p><p>")}</p></article>`;
  const after = { text: "Chair Met Speaker\n\n15 April 2021 | 21:25\n\nChair of the Milli Majlis Sahiba Gafarova met with Speaker John Sample." };
  writeFileSync(input, [JSON.stringify({ text }), JSON.stringify({ html }), JSON.stringify(after)].join("\n"));
  const start = performance.now();
  const result = await runCli([input, "--ndjson", "--no-progress"], { timeoutMs: killAfterMs });
  const ms = performance.now() - start;
  console.log(`CLI ${name}: ${ms.toFixed(0)} ms`);
  // Wall time on a shared machine is no test: the kill timeout catches a hang, and the complexity
  // suite (npm run bench:complexity) checks that the work grows linearly with the input.
  expect(result.code, `killed after ${ms.toFixed(0)} ms: ${result.stderr.slice(-300)}`).toBe(0);
  // All three records are accounted for, and the ordinary one after them was imported.
  expect(result.stderr).toMatch(/^3 records: [1-3] imported \(\d with warnings\), [0-2] failed$/m);
  expect(result.stdout).toContain('"title":"Chair Met Speaker"');
}

describe("adversarial 1 MB captures through the CLI, as text and as HTML", () => {
  it.each(textCases)("%s finishes, and the batch goes on", async (name, text) => {
    await importsInTime(name, text, 4 * boundMs);
  });
});
