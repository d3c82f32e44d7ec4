import type { Release } from "@parlwire/schema";
import { dateLine, monthNames } from "./dates.js";
import { oneLine } from "./escape.js";
import { isTruncated, truncatedNotice } from "./words.js";

/**
 * The plain-text capture layout, as the importer reads it:
 *
 *     Title
 *
 *     Category                 (omitted when there is none)
 *     15 April 2021 | 21:25    (omitted when unpublished; no "| HH:MM" without a time)
 *
 *     Paragraph one
 *
 *     Paragraph two
 *
 *     Signature line one
 *     Signature line two
 *
 *     Boilerplate
 *
 * Each paragraph is one line: line breaks inside a paragraph become spaces, and runs of
 * whitespace at line ends are not kept. The layout cannot tell a one-line signature from a
 * paragraph on its own; readers use the signature's wording (see {@link parseTextLayout}).
 */
export function renderTextLayout(release: Release): string {
  const header: string[] = [];
  if (release.category) header.push(oneLine(release.category));
  if (release.published) header.push(dateLine(release.published));
  const blocks = [oneLine(release.title)];
  if (header.length) blocks.push(header.join("\n"));
  for (const paragraph of release.body) blocks.push(oneLine(paragraph));
  const signature = release.publisher?.signature;
  if (signature?.length) blocks.push(signature.map(oneLine).join("\n"));
  if (release.boilerplate) blocks.push(oneLine(release.boilerplate.text));
  // After everything the importer reads back, so the layout's reading contract is unchanged.
  if (isTruncated(release)) blocks.push(`[${truncatedNotice}]`);
  return `${blocks.join("\n\n")}\n`;
}


/** What {@link parseTextLayout} reads back. */
export interface ParsedTextLayout {
  title: string;
  category?: string;
  /** `YYYY-MM-DD` from the date line. */
  date?: string;
  /** `HH:MM` local time from the date line, when printed. */
  time?: string;
  body: string[];
  signature?: string[];
  boilerplate?: string;
}

const dateLinePattern = new RegExp(`^(\\d{1,2}) (${monthNames.join("|")}) (\\d{4})(?: \\| ([01]\\d|2[0-3]):([0-5]\\d))?$`);

/**
 * Reads the layout {@link renderTextLayout} writes, the contract the importer implements for
 * real captures: title, then a header block (an optional category line, then an optional date
 * line), then blank-line separated blocks. A block of two or more lines is the signature; the
 * block after it, if any, is the boilerplate; single-line blocks before it are the body.
 */
export function parseTextLayout(text: string): ParsedTextLayout {
  const blocks = text.replace(/\r\n?/g, "\n").trim().split(/\n[ \t]*\n/);
  const title = (blocks.shift() ?? "").trim();
  const result: ParsedTextLayout = { title, body: [] };
  const header = blocks[0]?.split("\n") ?? [];
  const headerDate = header.length ? dateLinePattern.exec(header[header.length - 1]?.trim() ?? "") : null;
  if (header.length === 2 || (header.length === 1 && headerDate)) {
    blocks.shift();
    if (header.length === 2) result.category = header[0]?.trim();
    if (headerDate) {
      const [, day, month, year, hh, mm] = headerDate;
      const monthNumber = monthNames.indexOf(month as (typeof monthNames)[number]) + 1;
      result.date = `${year}-${String(monthNumber).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      if (hh && mm) result.time = `${hh}:${mm}`;
    } else if (header.length === 2) {
      throw new Error(`expected a date line like "15 April 2021 | 21:25" after the category, found ${JSON.stringify(header[1])}`);
    }
  }
  const signatureAt = blocks.findIndex((b) => b.includes("\n"));
  const bodyBlocks = signatureAt === -1 ? blocks : blocks.slice(0, signatureAt);
  result.body = bodyBlocks.map((b) => b.trim());
  if (signatureAt !== -1) {
    result.signature = (blocks[signatureAt] ?? "").split("\n").map((l) => l.trim());
    const rest = blocks.slice(signatureAt + 1);
    if (rest.length) result.boilerplate = rest.join("\n\n").trim();
  }
  return result;
}
