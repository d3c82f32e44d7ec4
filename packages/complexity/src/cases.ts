import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { releaseNumbered, seedRelease } from "./release-template.js";
import type { CliName, Invocation } from "./run-cli.js";

/**
 * One input generator for one CLI: `make(n, dir)` writes an input of size n (bytes, records,
 * levels… as `unit` says) into dir and returns how to run the CLI on it. Sizes are n, 2n, 4n, 8n.
 */
export interface Case {
  cli: CliName;
  name: string;
  /** Where the generator comes from: an issue item or the importer's adversarial suite. */
  from: string;
  unit: string;
  /** n for the full run and for the reduced (CI) run. */
  n: { full: number; reduced: number };
  make(n: number, dir: string): Invocation;
}

const KB = 1024;
const head = "Chair of Milli Majlis Met with Chair of Senate\n\nChair`s Travels\n15 April 2021 | 21:25\n\n";

/** A run of `unit` repeated to about `bytes` characters. */
const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.round(bytes / unit.length)));

/** A distinct capitalised word per number (names hold no digits). */
function word(i: number): string {
  const letters = i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
  return `B${letters}`;
}

function write(dir: string, name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// The importer's adversarial suite (apps/importer/test/security), each input scaled to n bytes.
const textInputs: Array<[string, (b: number) => string]> = [
  ["a run of spaces inside a line", (b) => `${head}a${" ".repeat(b)}b`],
  ["a run of dashes before a glued date", (b) => `${"-".repeat(b)}x 18.12.2019\n\nBody text.`],
  ["a run of spaces and tabs at a line end", (b) => `${head}a${repeat(" \t", b)}\nb`],
  ["a run of digits", (b) => head + "1".repeat(b)],
  ["digits and spaces", (b) => head + repeat("12 ", b)],
  ["Chair of Chair of ...", (b) => `${head}${repeat("Chair of ", b)}x`],
  ["repeated positions and names", (b) => head + repeat("Chair of the Milli Majlis Sahiba Gafarova met with ", b)],
  ["repeated date lines", (b) => repeat("15 April 2021 | ", b)],
  ["blank lines", (b) => `T\n${"\n".repeat(b)}x`],
  ["repeated day-month phrases", (b) => head + repeat("on 2 June and 3 ", b)],
  ["one long line", (b) => "x".repeat(b)],
  ["a run of dots", (b) => head + ".".repeat(b)],
  ["capitalised words", (b) => head + repeat("Mr A B C D E ", b)],
  // Each name inside or between quotations is looked up among the paragraph's quotations.
  ["quotations around names", (b) => `${head}Speaker Ann Berg met Bo Lind. ${repeat("“Eva Kask” Ali Veli ", b)}`],
  // Each inclusion list looks back for the plural it refers to; each titled name for a post set off after it.
  ["inclusion lists and appositions", (b) => `${head}${repeat("new ambassadors to the Republic of Latvia. The ambassadors have included Ann Berg of Chile, Bo Lind of Peru. Speaker Eva Kask, the newly elected Chair of the Committee, said. ", b)}`],
  // Each delegation list looks back for the delegation described; each list for a plural post after
  // it; each "chaired by" name for the body before it; each bracket after a name for a seat.
  ["delegation lists, chaired bodies and seats", (b) => `${head}${repeat("A delegation of the Oliy Majlis of Uzbekistan led by Deputy Speaker Ann Berg called on Mr. Bo Lind. The delegation comprised Smt. Eva Kask, Ali Veli and Tan Boon Kiat, Members of the Legislative Chamber, and Dr. Ola Nor, Ambassador of Peru. The Foreign Affairs Committee of the Riigikogu, chaired by Liina Saar, welcomed Kai Tamm (PH-Ayer Molek) to the House of Lords. ", b)}`],
];

const htmlInputs: Array<[string, (b: number) => string]> = [
  ["unclosed <div>s", (b) => repeat("<div>", b)],
  ["unclosed <b> then unmatched </i>", (b) => repeat("<b>", b / 2) + repeat("</i>", b / 2)],
  ["nested lists", (b) => repeat("<ul><li>", b)],
  ["nested tables", (b) => repeat("<table><tr><td>", b)],
  ["an unclosed comment", (b) => `<p>x</p><!--${"a".repeat(b)}`],
  ["an unclosed attribute", (b) => `<p>x</p><a href="${"a".repeat(b)}`],
  ["an unclosed script", (b) => `<p>x</p><script>${"a".repeat(b)}`],
  ["deep JSON-LD", (b) => `<p>x</p><script type="application/ld+json">${"[".repeat(b)}</script>`],
  ["a run of '<'", (b) => "<".repeat(b)],
  ["entities without semicolons", (b) => `<p>${repeat("&amp", b)}`],
];

const importer: Case[] = [
  ...textInputs.map(([name, make]): Case => ({
    cli: "parlwire-import",
    name: `text: ${name}`,
    from: "adversarial suite",
    unit: "bytes",
    // 8n stays under the importer's 8 MiB cap on a capture.
    n: { full: 960 * KB, reduced: 512 * KB },
    make: (n, dir) => ({ args: [write(dir, "input.txt", make(n)), "--ndjson", "--no-progress"] }),
  })),
  ...htmlInputs.map(([name, make]): Case => ({
    cli: "parlwire-import",
    name: `html: ${name}`,
    from: "adversarial suite",
    unit: "bytes",
    n: { full: 960 * KB, reduced: 512 * KB },
    make: (n, dir) => ({ args: [write(dir, "input.html", make(n)), "--ndjson", "--no-progress"] }),
  })),
  {
    cli: "parlwire-import",
    name: "distinct people ('Speaker X Y met with Mr Z W.')",
    from: "issue 10 item 1",
    unit: "bytes",
    n: { full: 200 * KB, reduced: 50 * KB },
    make(n, dir) {
      let text = head;
      for (let i = 0; text.length < n; i += 4) text += `Speaker ${word(i)} ${word(i + 1)} met with Mr ${word(i + 2)} ${word(i + 3)}. `;
      return { args: [write(dir, "input.txt", text), "--ndjson", "--no-progress"] };
    },
  },
  {
    cli: "parlwire-import",
    name: "stdin: leading whitespace, then a capture",
    from: "issue 10 item 4",
    unit: "bytes",
    n: { full: 1024 * KB, reduced: 512 * KB },
    make: (n, dir) => ({ args: ["-", "--ndjson", "--no-progress"], stdin: write(dir, "stdin.txt", `${" ".repeat(n)}${head}Speaker John Sample met with Chair Anna Berzina.`) }),
  },
  {
    cli: "parlwire-import",
    name: "NDJSON batch, every 10th line corrupt",
    from: "issue 10 (100k NDJSON with corrupt lines)",
    unit: "records",
    n: { full: 200, reduced: 50 },
    make(n, dir) {
      const lines: string[] = [];
      for (let i = 0; i < n; i++) {
        lines.push(i % 10 === 9 ? `{"text": "corrupt ${i}` : JSON.stringify({ text: `Meeting ${word(i)}\n\n15 April 2021\n\nSpeaker ${word(i)} Sample met with Chair Anna Berzina.` }));
      }
      return { args: [write(dir, "batch.ndjson", lines.join("\n")), "--ndjson", "--no-progress"] };
    },
  },
];

/** A release whose meetings name officials that are not in it: one issue per participant. */
function releaseWithIssues(issues: number): Record<string, unknown> {
  const r = seedRelease();
  const meeting = r.meetings[0]!;
  const perMeeting = 1000;
  const meetings: Record<string, unknown>[] = [];
  for (let m = 0; m * perMeeting < issues && m < 100; m++) {
    const count = Math.min(perMeeting, issues - m * perMeeting);
    const participants = Array.from({ length: count }, (_, i) => ({ official: `official:missing-${m}-${i}`, name: `Missing ${i}` }));
    meetings.push({ ...meeting, id: `meeting:generated-${m}`, participants });
  }
  return { ...r, meetings };
}

const validate: Case[] = [
  {
    cli: "parlwire-validate",
    name: "NDJSON on stdin, valid releases",
    from: "issue 10 item 4 / issue 12",
    unit: "records",
    n: { full: 2000, reduced: 500 },
    make: (n, dir) => ({
      args: ["--ndjson", "--quiet"],
      stdin: write(dir, "stdin.ndjson", Array.from({ length: n }, (_, i) => JSON.stringify(releaseNumbered(i))).join("\n")),
    }),
  },
  {
    cli: "parlwire-validate",
    name: "NDJSON file, every 10th line corrupt",
    from: "issue 10 (NDJSON with corrupt lines)",
    unit: "records",
    n: { full: 2000, reduced: 500 },
    make: (n, dir) => ({
      args: [write(dir, "batch.ndjson", Array.from({ length: n }, (_, i) => (i % 10 === 9 ? `{"id": "broken ${i}` : JSON.stringify(releaseNumbered(i)))).join("\n")), "--quiet"],
    }),
  },
  {
    cli: "parlwire-validate",
    name: "one release with n unresolved references",
    from: "issue 10 item 3",
    unit: "issues",
    n: { full: 4000, reduced: 1000 },
    make: (n, dir) => ({ args: [write(dir, "issues.json", JSON.stringify(releaseWithIssues(n))), "--quiet"] }),
  },
  {
    cli: "parlwire-validate",
    name: "stdin: leading whitespace, then a release",
    from: "issue 10 item 4",
    unit: "bytes",
    n: { full: 1024 * KB, reduced: 512 * KB },
    make: (n, dir) => ({ args: ["-", "--quiet"], stdin: write(dir, "stdin.json", `${" ".repeat(n)}${JSON.stringify(seedRelease())}`) }),
  },
];

/** Two schemas where each of `levels` definitions refers twice to the next (a $ref fan-out). */
function fanOutSchema(levels: number, leaf: string): string {
  const defs: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) {
    defs[`d${i}`] = i === levels - 1 ? { type: leaf } : { type: "object", properties: { a: { $ref: `#/$defs/d${i + 1}` }, b: { $ref: `#/$defs/d${i + 1}` } } };
  }
  return JSON.stringify({ $schema: "https://json-schema.org/draft/2020-12/schema", $ref: "#/$defs/d0", $defs: defs });
}

/** A schema with n properties, each of the given type. */
function wideSchema(n: number, type: string): string {
  const properties: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) properties[`p${i}`] = { type };
  return JSON.stringify({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", properties });
}

const schema: Case[] = [
  {
    cli: "parlwire-schema",
    name: "diff: $ref fan-out, two refs per level",
    from: "issue 10 item 12",
    unit: "levels",
    n: { full: 32, reduced: 16 },
    make: (n, dir) => ({ args: ["diff", write(dir, "old.json", fanOutSchema(n, "string")), write(dir, "new.json", fanOutSchema(n, "integer"))] }),
  },
  {
    cli: "parlwire-schema",
    name: "diff: n properties, every type changed",
    from: "complexity suite",
    unit: "properties",
    n: { full: 2000, reduced: 500 },
    make: (n, dir) => ({ args: ["diff", write(dir, "old.json", wideSchema(n, "string")), write(dir, "new.json", wideSchema(n, "integer"))] }),
  },
];

/**
 * The seed with n body paragraphs built from `paragraph(i)`. Its parliaments stay: the publisher
 * and boilerplate refer to one, and without it the release was invalid, so the CLI only reported
 * two issues at every size and the cases measured nothing (reported as flat).
 */
function releaseWithBody(n: number, paragraph: (i: number) => string): Record<string, unknown> {
  const r = seedRelease();
  const body = Array.from({ length: n }, (_, i) => paragraph(i));
  return { ...r, body, meetings: [], officials: [] };
}

const render: Case[] = [
  ...(["html", "md", "text"] as const).map(
    (format): Case => ({
      cli: "parlwire-render",
      name: `${format}: n paragraphs of hostile text (autolinked <img>, ESC, BEL)`,
      from: "issue 10 items 2 and 13",
      unit: "paragraphs",
      // At most 2,000 paragraphs (the schema's cap) at 8n, each about 4 KB (sixteen hostile runs),
      // so the work at 8n is well above the 200 ms the suite needs to fit an exponent.
      n: { full: 250, reduced: 100 },
      make: (n, dir) => ({
        args: [format, write(dir, "release.json", JSON.stringify(releaseWithBody(n, (i) => `See https://a.example/<img src=x onerror=alert(${i})//> \u001b]0;title\u0007 ${"word ".repeat(40)}`.repeat(16))))],
      }),
    }),
  ),
  {
    cli: "parlwire-render",
    name: "html: a file with n validation issues",
    from: "issue 10 item 3",
    unit: "issues",
    n: { full: 4000, reduced: 1000 },
    make: (n, dir) => ({ args: ["html", write(dir, "issues.json", JSON.stringify(releaseWithIssues(n)))] }),
  },
  {
    cli: "parlwire-render",
    name: "site: n releases featuring the same two officials",
    from: "issue 10 item 9",
    unit: "releases",
    n: { full: 200, reduced: 50 },
    make: (n, dir) => ({
      args: ["site", write(dir, "releases.ndjson", Array.from({ length: n }, (_, i) => JSON.stringify(releaseNumbered(i))).join("\n")), "--out", join(dir, "site")],
    }),
  },
  {
    cli: "parlwire-render",
    name: "popolo: n releases featuring the same two officials",
    from: "issue 10 item 9",
    unit: "releases",
    n: { full: 1000, reduced: 250 },
    make: (n, dir) => ({ args: ["popolo", write(dir, "releases.ndjson", Array.from({ length: n }, (_, i) => JSON.stringify(releaseNumbered(i))).join("\n"))] }),
  },
];

/** Every case, CLI by CLI. */
export const cases: Case[] = [...importer, ...validate, ...schema, ...render];
