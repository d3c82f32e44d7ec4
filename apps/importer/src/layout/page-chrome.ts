// Web captures carry page furniture around the release: skip links, logos' alt text, a site
// name, a live clock, a press-release number, breadcrumbs, photo captions. None of it is the
// title or the body. These tests are about the shape of such lines, never about one site.

/** The crawler's record of the page's date, ` date YYYY-MM-DD ` before the page text. */
const crawlerPrefix = /^[\s\ufeff]*date (\d{4}-\d{2}-\d{2})[ \t]+/;

/** Splits off a crawler's ` date YYYY-MM-DD ` prefix: a hint for `published`, not page text. */
export function splitCrawlerPrefix(text: string): { text: string; date?: string } {
  const m = crawlerPrefix.exec(text.slice(0, 40));
  if (!m) return { text };
  return { text: text.slice(m[0].length), date: m[1]! };
}

const skipLink = /^skip (?:to (?:main |the )?(?:content|navigation|main)|navigation|to main)$/i;
const logoAlt = /^logo\b/i;
/** A live clock: a time with seconds, or a time zone in brackets ("— Baku (UTC+4)"). */
const clock = /\b\d{1,2}:\d{2}:\d{2}\b|\((?:UTC|GMT)\s*[+-−]\s*\d{1,2}(?::?\d{2})?\)/;
/** A press-release number on its own line: "PR No. 42", "Press Release No 12/2021". */
const releaseNumber = /^(?:PR|press release|news release)\s*(?:no\.?|number|#)\s*[\d/-]+$/i;
/** A site name printed as a masthead, closed by a dash: "NordenBladet —". */
const dashedMasthead = /^[^.!?]{2,40}\s[—–-]$/;
/** A byline of its own: "By KUNA", "By Staff Reporter" (capitalised words, no sentence). */
const byline = /^[Bb]y [\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}$/u;
/** Photo captions and credits. */
const caption = /©|\b(?:picture|photo|photograph|image) (?:by|credit|courtesy)\b|^(?:photo|picture|image|credit)s?:/i;

/** Is this line page furniture rather than part of the release? */
export function isChromeLine(line: string): boolean {
  if (line.length > 160) return false;
  if (!/\p{L}/u.test(line)) return true; // a breadcrumb "/" or a row of symbols
  return skipLink.test(line) || logoAlt.test(line) || clock.test(line) || releaseNumber.test(line) || dashedMasthead.test(line) || byline.test(line) || isMenuLine(line);
}

/**
 * A menu or breadcrumb row: three or more short items of words between "|", "›" or "»"
 * ("Kuwait News | Politics | Local", "Home › News › Speaker"), or two when the first is "Home"
 * ("Home » Kuwait"). A date line's items hold digits.
 */
function isMenuLine(line: string): boolean {
  if (!/[|›»]/.test(line)) return false;
  const items = line.split(/\s*[|›»]\s*/);
  const minimum = /^home$/i.test(items[0] ?? "") ? 2 : 3;
  return items.length >= minimum && items.every((item) => item.length > 0 && item.length <= 30 && /^[\p{L}][\p{L}\s&'’-]*$/u.test(item));
}

/** Is this line a photo caption or credit? */
export function isCaption(line: string): boolean {
  return line.length <= 300 && caption.test(line);
}

const connectors = new Set(["of", "on", "and", "the", "for", "de", "du", "des", "la", "le", "&"]);

/** A proper name set as a line ("Selangor Journal", "Parliamentary Assembly of Turkic States"): every word capitalised. */
export function isProperNameLine(line: string): boolean {
  if (line.length > 120) return false;
  const words = line.split(/\s+/);
  if (words.length > 7 || /[.!?:;,\d]/.test(line)) return false;
  return words.every((w, i) => /^[\p{Lu}]/u.test(w) || (i > 0 && connectors.has(w)));
}

/** A tag or section label: at most three capitalised words ("Kenya Zambia Speakers", "Riigikogu"). */
export function isTagLine(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length <= 3 && isProperNameLine(line);
}

/** A dateline opening a paragraph: "KUWAIT:", "New Delhi:", "ISLAMABAD, May 06, 2021 (PPI-OT):". */
const colonDateline = /^[\p{Lu}][\p{L}.' -]{1,30}(?:,[^:\n]{3,40})?:/u;

/** Does the line read as prose (a body paragraph) rather than a headline? */
export function isProseLine(line: string): boolean {
  // Twelve words or more, counted in the first characters only (a line may be megabytes long).
  if (!/^(?:\S+\s+){11}\S/.test(line.slice(0, 600))) return false;
  // "KUWAIT: National Assembly …" opens a paragraph; "Name: ‘quote’" is a quotation headline.
  const dateline = colonDateline.exec(line);
  if (dateline && !/^\s*[‘“"'«]/.test(line.slice(dateline[0].length))) return true;
  // Headlines seldom end with a full stop; paragraphs do, and often hold several sentences.
  return /[.!?…]["'”’»)]*$/.test(line) || /[.!?]["”’]? [\p{Lu}“"‘]/u.test(line);
}
