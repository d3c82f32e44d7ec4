import type { Knowledge } from "../knowledge/knowledge.js";
import type { SourceProfile } from "../knowledge/knowledge-schema.js";
import { isBoilerplate } from "./boilerplate.js";
import { parseDateLine, parseProvenanceLine, parseWireDateline, splitGluedDate, type PrintedDate } from "./date-line.js";
import { isCaption, isChromeLine, isProperNameLine, isProseLine, isTagLine, splitCrawlerPrefix } from "./page-chrome.js";
import { isShareWidget } from "./share-widget.js";
import { isSignature, isSignatureLine, signatureUnits } from "./signature.js";
import { isAddressLine, isTrailerLine, looksLikeDate, withoutAgencyCredit } from "./trailer.js";
import { looksCutOff } from "./truncation.js";
import { captureLines } from "./trim-chars.js";

/** Where the publication date was found. */
export type DateSource = "date-line" | "title" | "dateline" | "after-signature";

/** A capture split into its parts: header, body, signature, boilerplate. */
export interface CaptureLayout {
  /** The headline; empty when the capture prints none (`untitled`). */
  title: string;
  /** The capture prints no headline: the text starts with the first paragraph. */
  untitled?: boolean;
  /** The crawler's record of the page's date (` date YYYY-MM-DD `), a hint only. */
  crawlerDate?: string;
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
  const crawled = splitCrawlerPrefix(input.replace(/^\ufeff/, ""));
  const lines = captureLines(crawled.text);
  const head = readHead(lines, k);
  if (!head) return undefined;
  let i = head.next;
  const title = head.title ?? "";
  const layout: CaptureLayout = { title, body: [], truncated: false };
  if (head.title === undefined) layout.untitled = true;
  if (head.category) layout.category = head.category;
  if (head.date) {
    layout.date = head.date;
    layout.dateSource = "date-line";
  }
  if (crawled.date) layout.crawlerDate = crawled.date;
  // Split off only when no date line follows: with one, the date is part of the headline.
  const glued = head.title === undefined ? undefined : splitGluedDate(title, k);

  // Header: category, date line, Share: widget, a repeated title; stops at the first prose line.
  let seen = 0;
  for (; head.title !== undefined && i < lines.length && seen < maxHeaderLines; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    // A republisher's "… gepubliceerd op vrijdag 24 februari 2012." under the headline is a date line too.
    const date = parseDateLine(line, k) ?? parseProvenanceLine(line, k);
    const collapsed = line.replace(/\s+/g, " ");
    if (date) {
      if (!layout.date) {
        layout.date = date;
        layout.dateSource = "date-line";
      }
    } else if (isShareWidget(line) || isChromeLine(collapsed)) {
      // The share widget carries no content; nor does a menu row between the headline and the text.
    } else if (collapsed === title || collapsed === glued?.title || isCaption(line)) {
      // A photo caption under the headline is not body text either.
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
  let end = endOfRelease(blocks);

  // From the end: boilerplate, a date printed after the signature, then the signature itself.
  const tail: { boilerplate?: Block; signature?: Block[]; date?: PrintedDate } = {};
  let trailer = false;
  for (let guard = 0; guard < 16 && end > 0; guard++) {
    const block = blocks[end - 1]!;
    // Credits and contact details (and an address among them) below the signature or the text.
    const contactBlock = block.lines.every((l) => isTrailerLine(l) || isAddressLine(l)) && (trailer || block.lines.some(isTrailerLine));
    // A date in a language the date lines do not read ("Svētdien, 10.decembrī") under the signature.
    const foreignDate = !tail.date && block.lines.length === 1 && looksLikeDate(block.text);
    if (!tail.signature && (contactBlock || foreignDate)) {
      trailer = true;
      end--;
      continue;
    }
    // A signature with its contact details in the same block ("Press Service", a name, a phone, an e-mail).
    const contacts = trailingContactLines(block.lines);
    if (!tail.signature && contacts > 0 && contacts < block.lines.length) {
      const lines = block.lines.slice(0, block.lines.length - contacts);
      if (signsRelease(lines, k)) {
        tail.signature = [{ text: lines.join(" "), lines }];
        end--;
        continue;
      }
    }
    // "For more information, contact:" above the contact's name, which signs the release.
    if (tail.signature && !tail.boilerplate && block.lines.length === 1 && isTrailerLine(block.text)) {
      end--;
      continue;
    }
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

  layout.body = blocks.slice(0, end).map((b) => withoutLinkIcons(b.text.replace(/[ \t\u00a0]+/g, " ").trim()));
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
  if (first !== undefined) {
    const wire = parseWireDateline(first, k);
    if (wire) {
      // A caption glued before the dateline ("… Copenhagen, 10 September 2021COPENHAGEN, 10 …") is not body text.
      if (wire.offset > 0) layout.body[0] = first.slice(wire.offset);
      if (wire.date && !layout.date) {
        layout.date = wire.date;
        layout.dateSource = "dateline";
      }
      layout.datelinePlace = wire.place;
    }
  }
  // "Tbilisi, 5 September 2023" as the date line: the place it was filed from, as a wire dateline gives.
  if (!layout.datelinePlace && layout.date?.place) layout.datelinePlace = layout.date.place;

  // Truncated: the last thing in the capture stops mid-sentence.
  if (layout.boilerplate) layout.truncated = layout.boilerplate.truncated;
  else if (!layout.signature && !tail.date) {
    const last = layout.body[layout.body.length - 1];
    layout.truncated = last !== undefined && looksCutOff(withoutAgencyCredit(last));
  }
  return layout;
}

/** A wire's end mark closing a paragraph ("… Society. (end) sa.mk") or a line of its own ("-ENDS-", "###"). */
const closingMark = /\s\(end\)(?:\s+[\p{L}.]{1,20})?\s*$/u;
const endLine = /^(?:-+\s*ends?\s*-+|ends|#{3}|\*{3}|\* \* \*)$/i;

/** Blocks after a release's end mark (a site's "Most read" list, related headlines) are not the release. */
function endOfRelease(blocks: Block[]): number {
  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b]!.text;
    if (text.length <= 10 && endLine.test(text.trim())) return b;
    const tail = text.slice(-40);
    if (tail.includes("(end)") && closingMark.test(tail)) return b + 1;
  }
  return blocks.length;
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

/** How many lines at the end of a block are contact details or credits. */
function trailingContactLines(lines: readonly string[]): number {
  let first = lines.length;
  while (first > 0 && (isTrailerLine(lines[first - 1]!) || isAddressLine(lines[first - 1]!))) first--;
  return lines.length - first;
}

/** Signatures are 1-4 short lines that read as one (a department, a name, the parliament). */
function signsRelease(lines: readonly string[], k: Knowledge): boolean {
  return lines.length <= 4 && lines.every(isSignatureLine) && isSignature([...lines], k);
}

/** How many blocks before `end` form a signature (0 when they do not). */
function takeSignature(blocks: Block[], end: number, k: Knowledge): number {
  // Signatures are 1-4 short lines, printed as one block or as separate one-line blocks.
  for (let count = Math.min(4, end); count >= 1; count--) {
    const candidate = blocks.slice(end - count, end);
    const lines = candidate.flatMap((b) => b.lines);
    if (signsRelease(lines, k)) return count;
  }
  return 0;
}

/** A site's name or section: a few words, no sentence punctuation, no digits. */
function isShortLabel(line: string): boolean {
  return line.split(" ").length <= 5 && !/[.!?:;,]$/.test(line) && !/\d/.test(line) && !isProseLine(line);
}

/** Leading lines looked at for page furniture before the headline. */
const maxLeadingLines = 12;

interface Head {
  title?: string;
  category?: string;
  date?: PrintedDate;
  /** Index of the first line after the headline (or of the first body line when untitled). */
  next: number;
}

/**
 * Finds the headline past the page furniture: skip links, logos, clocks, captions, a repeated
 * site name, a date line printed above the title. A first line that reads as prose means the
 * capture has no headline; a proper name or a short tag right before the headline is the site's
 * name; a short phrase there is the section (category).
 */
function readHead(lines: string[], k: Knowledge): Head | undefined {
  const head: Head = { next: 0 };
  // Headlines and furniture are short: longer lines are judged by their start (linear on huge lines).
  const collapse = (line: string) => (line.length > 2000 ? line.slice(0, 2000) : line).replace(/\s+/g, " ");
  const seen = new Set<string>();
  let i = 0;
  const skipFurniture = () => {
    for (let n = 0; i < lines.length && n < maxLeadingLines; i++, n++) {
      const line = lines[i]!;
      if (line === "") continue;
      const collapsed = collapse(line);
      // The date first: "25-03-2025 - 17:32" has no letter, which would make it furniture.
      const date = parseDateLine(collapsed, k);
      if (date && !head.date) {
        head.date = date;
        continue;
      }
      if (isChromeLine(collapsed) || isCaption(collapsed) || seen.has(collapsed)) continue;
      return;
    }
  };
  const nextContent = (from: number): number => {
    let j = from;
    while (j < lines.length && (lines[j] === "" || isCaption(lines[j]!) || isChromeLine(lines[j]!) || seen.has(collapse(lines[j]!)))) j++;
    return j;
  };
  const contentAt = (j: number): string | undefined => (lines[j] === undefined ? undefined : collapse(lines[j]!));
  // A headline is neither prose nor a date, and the text or a date line comes right after it.
  const isHeadlineAt = (j: number): boolean => {
    const text = contentAt(j);
    if (text === undefined || isProseLine(text) || parseDateLine(text, k)) return false;
    const next = contentAt(nextContent(j + 1));
    return next !== undefined && (isProseLine(next) || parseDateLine(next, k) !== undefined);
  };
  // The headline below a line of furniture, from content line `j` on: there, or after one more
  // short label ("Riigikogu", "Press releases", headline), past a date line under a section
  // ("Press release", "25-03-2025 - 17:32", "Committee on Foreign Affairs", headline).
  const headlineAfter = (j: number): string | undefined => {
    let labels = 0;
    let dated = false;
    for (let steps = 0; steps < 3 && j < lines.length; steps++) {
      const text = contentAt(j)!;
      if (parseDateLine(text, k)) dated = true;
      else {
        // A date line right under the line means the line itself is the headline, unless a label follows the date.
        if (isHeadlineAt(j)) return dated && labels === 0 ? undefined : text;
        if (labels++ > 0 || !isShortLabel(text)) return undefined;
      }
      j = nextContent(j + 1);
    }
    return undefined;
  };
  for (let round = 0; round < 3; round++) {
    skipFurniture();
    if (i >= lines.length) return undefined;
    const line = collapse(lines[i]!);
    seen.add(line);
    if (isProseLine(line)) {
      head.next = i;
      return head;
    }
    const after = nextContent(i + 1);
    const second = lines[after] === undefined ? undefined : collapse(lines[after]!);
    const secondIsProse = second !== undefined && isProseLine(second);
    if (secondIsProse && isTagLine(line) && !head.date) {
      // "Kenya Zambia Speakers", "Riigikogu": a tag or site name, then the first paragraph.
      head.next = after;
      return head;
    }
    const headline = headlineAfter(after);
    const words = line.split(" ").length;
    // A site name or section above the headline is shorter than the headline itself.
    if (headline !== undefined && words <= 7 && headline.split(" ").length > words && !/[.!?:;,]$/.test(line)) {
      if (isProperNameLine(line)) {
        // "Selangor Journal", "Parliamentary Assembly of Turkic States": the site's name.
        i++;
        continue;
      }
      if (!head.category && isShortLabel(line)) {
        // "News in brief" above the headline: the section.
        head.category = line;
        i++;
        continue;
      }
    }
    head.title = line;
    head.next = i + 1;
    return head;
  }
  head.title = lines[i] === undefined ? undefined : collapse(lines[i]!);
  head.next = i + 1;
  return head.title === undefined ? undefined : head;
}

/**
 * Captured link icons: "Martin Schulz i will address", "George Papandreou i the leader" — a lone
 * lowercase "i" after a capitalised word is an info icon's text, never English (the pronoun is "I").
 */
function withoutLinkIcons(paragraph: string): string {
  return paragraph.includes(" i ") ? paragraph.replace(/(?<=\p{Lu}[\p{L}’'-]*) i(?= )/gu, "") : paragraph;
}
