import type { CaptureKind } from "./capture-record.js";

/** What an input holds: one capture (text or HTML) or NDJSON records. */
export type InputKind = CaptureKind | "ndjson";

const byExtension: Record<string, InputKind> = {
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
};

/** The kind a file's extension names, or undefined when it names none (then {@link sniffKind} decides). */
export function kindFromPath(path: string): InputKind | undefined {
  const dot = path.lastIndexOf(".");
  if (dot === -1 || dot < path.lastIndexOf("/")) return undefined;
  return Object.hasOwn(byExtension, path.slice(dot).toLowerCase()) ? byExtension[path.slice(dot).toLowerCase()] : undefined;
}

/** Guesses the kind from the first non-blank byte: `{` NDJSON, `<` HTML, anything else a text capture. */
export function sniffKind(head: Uint8Array): InputKind {
  let i = 0;
  // Skip a UTF-8 BOM and whitespace.
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  if (head[i] === 0x7b) return "ndjson";
  if (head[i] === 0x3c) return "html";
  return "text";
}
