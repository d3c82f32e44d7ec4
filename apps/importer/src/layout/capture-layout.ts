import type { Knowledge } from "../knowledge/knowledge.js";
import type { SourceProfile } from "../knowledge/knowledge-schema.js";
import { isBoilerplate } from "./boilerplate.js";
import { parseDateLine, parseWireDateline, splitGluedDate, type PrintedDate } from "./date-line.js";
import { isShareWidget } from "./share-widget.js";
import { isSignature, isSignatureLine, signatureUnits } from "./signature.js";
import { looksCutOff } from "./truncation.js";
import { trimLine } from "./trim-chars.js";

/** Where the publication date was found. */
export type DateSource = "date-line" | "title" | "dateline" | "after-signature";

/** A capture split into its parts: header, body, signature, boilerplate. */
export interface CaptureLayout {
  title: string;
  category?: string;
  date?: PrintedDate;
  dateSource?: DateSource;
  /** The city of a wire dateline (`BASEL, 3 December 2014 --`). */
  datelinePlace?: string;
  body: string[];
  signature?: string[];
  boilerplate?: { text: string; truncated: boolean };
  /** The capture stops mid-text. */
  truncated: boolean;
}

/** Longest line read as a category label. */
const maxCategoryLength = 50;
/** Header lines examined after the title. */
const maxHeaderLines = 8;
/** A line this long that does not end a sentence is a hard-wrapped part of a paragraph. */
const wrapWidth = 60;

interface Block {
  text: string;
  /** The printed lines of the block (for signatures). */
  lines: string[];
}

function isCategory(line: string): boolean {
  return (
    line.length <= maxCategoryLength &&
    /^[\p{Lu}]/u.test(line) &&
    !/[.!?:;,]$/.test(line) &&
    !/\d/.test(line) &&
    line.split(" ").length <= 5
  );
}

/** Splits the body part of a capture into paragraphs, re-joining hard-wrapped lines. */
function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let previousBlank = true;
  for (const line of lines) {
    if (line === "") {
      previousBlank = true;
      continue;
    }
    const last = current?.lines[current.lines.length - 1];
    const continues =
      current !== undefined && !previousBlank && last !== undefined && last.length >= wrapWidth && !/[.!?…"”’»)]$/.test(last);
    if (continues && current) {
      current.text += ` ${line}`;
      current.lines.push(line);
    } else {
      current = { text: line, lines: [line] };
      blocks.push(current);
    }
    previousBlank = false;
  }
  return blocks;
}

/** Reads the layout of a plain-text capture. `profile` helps recognise its boilerplate. */
export function readCaptureLayout(input: string, k: Knowledge, profile: SourceProfile | undefined): CaptureLayout | undefined {
  const lines = input.replace(/^\ufeff/, "").split(/\r\n|\r|\n/).map(trimLine);
  let i = 0;
  while (i < lines.length && lines[i] === "") i++;
  if (i >= lines.length) return undefined;
  const title = lines[i]!.replace(/\s+/g, " ");
  i++;
  const layout: CaptureLayout = { title, body: [], truncated: false };
  // Split off only when no date line follows: with one, the date is part of the headline.
  const glued = splitGluedDate(title, k);

  // Header: category, date line, Share: widget, a repeated title; stops at the first prose line.
  let seen = 0;
  for (; i < lines.length && seen < maxHeaderLines; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const date = parseDateLine(line, k);
    const collapsed = line.replace(/\s+/g, " ");
    if (date) {
      if (!layout.date) {
        layout.date = date;
        layout.dateSource = "date-line";
      }
    } else if (isShareWidget(line)) {
      // The share widget carries no content.
    } else if (collapsed === title || collapsed === glued?.title) {
      // Some sites print the title again under the date.
    } else if (layout.category === undefined && !layout.date && isCategory(line) && nextIsHeaderOrProse(lines, i, k)) {
      layout.category = collapsed;
    } else {
      break;
    }
    seen++;
  }
  if (glued && !layout.date) {
    layout.title = glued.title;
    layout.date = glued.date;
    layout.dateSource = "title";
  }

  const blocks = toBlocks(lines.slice(i));
  let end = blocks.length;

  // From the end: boilerplate, a date printed after the signature, then the signature itself.
  const tail: { boilerplate?: Block; signature?: Block[]; date?: PrintedDate } = {};
  for (let guard = 0; guard < 8 && end > 0; guard++) {
    const block = blocks[end - 1]!;
    if (!tail.boilerplate && !tail.signature && isBoilerplate(block.text, profile)) {
      tail.boilerplate = block;
      end--;
      continue;
    }
    const date = block.lines.length === 1 ? parseDateLine(block.text, k) : undefined;
    if (date && !tail.date) {
      tail.date = date;
      end--;
      continue;
    }
    const signature = takeSignature(blocks, end, k);
    if (signature && !tail.signature) {
      tail.signature = blocks.slice(end - signature, end);
      end -= signature;
      continue;
    }
    break;
  }

  layout.body = blocks.slice(0, end).map((b) => b.text.replace(/[ \t\u00a0]+/g, " ").trim());
  if (tail.signature) layout.signature = signatureUnits(tail.signature.flatMap((b) => b.lines));
  if (tail.boilerplate) {
    const text = tail.boilerplate.text.replace(/\s+/g, " ").trim();
    layout.boilerplate = { text, truncated: looksCutOff(text) };
  }
  if (tail.date && !layout.date) {
    layout.date = tail.date;
    layout.dateSource = "after-signature";
  }
  const first = layout.body[0];
  if (first !== undefined && !layout.date) {
    const wire = parseWireDateline(first, k);
    if (wire) {
      layout.date = wire.date;
      layout.dateSource = "dateline";
      layout.datelinePlace = wire.place;
    }
  }

  // Truncated: the last thing in the capture stops mid-sentence.
  if (layout.boilerplate) layout.truncated = layout.boilerplate.truncated;
  else if (!layout.signature && !tail.date) {
    const last = layout.body[layout.body.length - 1];
    layout.truncated = last !== undefined && looksCutOff(last);
  }
  return layout;
}

/** A category line is followed by the date line, or by the body. */
function nextIsHeaderOrProse(lines: string[], i: number, k: Knowledge): boolean {
  for (let j = i + 1; j < lines.length && j < i + 4; j++) {
    const line = lines[j]!;
    if (line === "") continue;
    return parseDateLine(line, k) !== undefined || isShareWidget(line) || line.length > maxCategoryLength;
  }
  return false;
}

/** How many blocks before `end` form a signature (0 when they do not). */
function takeSignature(blocks: Block[], end: number, k: Knowledge): number {
  // Signatures are 1-4 short lines, printed as one block or as separate one-line blocks.
  for (let count = Math.min(4, end); count >= 1; count--) {
    const candidate = blocks.slice(end - count, end);
    const lines = candidate.flatMap((b) => b.lines);
    if (lines.length <= 4 && lines.every(isSignatureLine) && isSignature(lines, k)) return count;
  }
  return 0;
}
