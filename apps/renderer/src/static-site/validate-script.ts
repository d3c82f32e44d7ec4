/// <reference lib="dom" />
// The validation page's script, bundled for the browser with the precompiled validator (see
// validate-page.ts). It reads files and pasted text in the page only: nothing is sent anywhere,
// and the page's CSP (connect-src 'none') would stop it if it tried. Every string from the data or
// a file name goes into the page as text, never as HTML.
import { validateRelease, type ValidationIssue } from "@parlwire/schema/precompiled";
import { lineOfPointer } from "./json-lines.js";

/** One JSON text to check: a whole document, or one NDJSON line. */
interface SourceRecord {
  line: number;
  text: string;
}

/** A problem at a line of the input, as `parlwire-validate --format json` reports it. */
export interface LocatedIssue extends Partial<ValidationIssue> {
  line: number;
  column?: number;
  code: ValidationIssue["code"];
  message: string;
}

/** The same cap as parlwire-validate: larger files are reported, not read. */
const maxBytes = 64 * 1024 * 1024;
/** Records listed one by one; past this, only the invalid ones and the counts. */
const maxListed = 1000;

const isNdjson = (name: string) => /\.(?:ndjson|jsonl)$/i.test(name);

function ndjsonRecords(text: string): SourceRecord[] {
  const records: SourceRecord[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() !== "") records.push({ line: i + 1, text: line });
  });
  return records;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses and validates one record; its problems located at lines of the input. */
export function checkRecord(record: SourceRecord): LocatedIssue[] {
  let value: unknown;
  try {
    value = JSON.parse(record.text);
  } catch (error) {
    const match = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    const { line, column } = lineAndColumn(record.text, match ? Number(match[1]) : record.text.length);
    const reason = error instanceof RangeError ? "nested too deeply" : "not valid JSON";
    return [{ line: record.line + line - 1, column, code: "invalid_json", message: `expected a JSON document, ${reason}` }];
  }
  const result = validateRelease(value);
  if (result.ok) return [];
  const multiline = record.text.includes("\n");
  return result.issues.map((issue) => ({ line: record.line + (multiline ? lineOfPointer(record.text, issue.pointer) : 1) - 1, ...issue }));
}

/** `line 12: meetings[0].date: expected … [invalid_format]`, the CLI's line without the file name. */
export function formatIssue(issue: LocatedIssue): string {
  const where = issue.column ? `line ${issue.line}, column ${issue.column}` : `line ${issue.line}`;
  return `${where}: ${issue.path ? `${issue.path}: ` : ""}${issue.message} [${issue.code}]`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Checks one input and renders its report: a verdict for the input, then each record's. */
function report(name: string, text: string, ndjson: boolean): HTMLElement {
  const records = ndjson ? ndjsonRecords(text) : [{ line: 1, text }];
  const section = element("section", undefined, "report");
  const heading = element("h2");
  const list = element("ol", undefined, "records");
  let invalid = 0;
  records.forEach((record, i) => {
    const issues = checkRecord(record);
    if (issues.length) invalid++;
    if (!issues.length && i >= maxListed) return;
    const item = element("li", undefined, issues.length ? "record invalid" : "record valid");
    item.dataset.line = String(record.line);
    item.append(element("span", `${ndjson ? `Line ${record.line}` : "Document"}: ${issues.length ? "invalid" : "valid"}`, "verdict"));
    if (issues.length) {
      const problems = element("ul", undefined, "issues");
      for (const issue of issues) problems.append(element("li", formatIssue(issue)));
      item.append(problems);
    }
    list.append(item);
  });
  const counts = records.length === 1 ? "" : ` (${records.length - invalid} of ${records.length} releases valid)`;
  heading.append(element("bdi", name), document.createTextNode(`: ${records.length === 0 ? "no releases found" : invalid ? "invalid" : "valid"}${counts}`));
  section.dataset.verdict = records.length && !invalid ? "valid" : "invalid";
  section.append(heading);
  if (records.length > maxListed) section.append(element("p", `The first ${maxListed} records and every invalid one are listed.`, "meta"));
  section.append(list);
  return section;
}

function main(): void {
  const form = document.getElementById("validate-form") as HTMLFormElement;
  const fileInput = document.getElementById("validate-file") as HTMLInputElement;
  const pasted = document.getElementById("validate-text") as HTMLTextAreaElement;
  const pastedKind = document.getElementById("validate-kind") as HTMLSelectElement;
  const drop = document.getElementById("validate-drop") as HTMLElement;
  const results = document.getElementById("validate-results") as HTMLElement;
  const status = document.getElementById("validate-status") as HTMLElement;

  const show = (sections: HTMLElement[]) => {
    results.replaceChildren(...sections);
    const invalid = sections.filter((s) => s.dataset.verdict !== "valid").length;
    status.textContent = `${sections.length} input${sections.length === 1 ? "" : "s"} checked: ${invalid ? `${invalid} invalid` : "all valid"}.`;
  };
  const readFiles = async (files: readonly File[]) => {
    const sections: HTMLElement[] = [];
    for (const file of files) {
      if (file.size > maxBytes) {
        const section = element("section", undefined, "report");
        section.dataset.verdict = "invalid";
        section.append(element("h2", `${file.name}: not read`), element("p", `The file is larger than ${maxBytes} bytes.`));
        sections.push(section);
        continue;
      }
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
      } catch {
        const section = element("section", undefined, "report");
        section.dataset.verdict = "invalid";
        section.append(element("h2", `${file.name}: not read`), element("p", "expected UTF-8 text [invalid_json]"));
        sections.push(section);
        continue;
      }
      sections.push(report(file.name, text, isNdjson(file.name)));
    }
    show(sections);
  };

  form.hidden = false;
  status.textContent = "Choose or drop files, or paste a release.";
  fileInput.addEventListener("change", () => void readFiles([...(fileInput.files ?? [])]));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = pasted.value;
    let ndjson = pastedKind.value === "ndjson";
    if (pastedKind.value === "auto") {
      // One document when it parses as one; otherwise several non-empty lines read as NDJSON.
      try {
        JSON.parse(text);
        ndjson = false;
      } catch {
        ndjson = ndjsonRecords(text).length > 1;
      }
    }
    show([report("Pasted text", text, ndjson)]);
  });
  for (const name of ["dragenter", "dragover"] as const) {
    drop.addEventListener(name, (event) => {
      event.preventDefault();
      drop.classList.add("dragging");
    });
  }
  drop.addEventListener("dragleave", () => drop.classList.remove("dragging"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("dragging");
    void readFiles([...(event.dataTransfer?.files ?? [])]);
  });
}

// Only in a page: Node tests import the functions above.
if (typeof document !== "undefined") main();
