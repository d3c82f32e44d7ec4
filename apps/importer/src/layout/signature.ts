import type { Knowledge } from "../knowledge/knowledge.js";

/** Longest line that can belong to a signature block. */
export const maxSignatureLine = 90;

const departmentWord = /\b(?:Department|Service|Office|Division|Unit|Centre|Center|Secretariat|Section|Directorate|Bureau)\b/;
const signatureWord = /\b(?:Department|Press|Service|Office|Secretariat|Media|Information|Communications?|Public Relations|Bureau)\b/;
// A unit ends at a department word; the next unit starts with "The" (wrapped captures join them on one line).
const unitBreak = /\b(Department|Service|Office|Division|Unit|Centre|Center|Secretariat|Section|Directorate|Bureau)\s+(?=The\s)/g;

const departmentStart = /^(?:Department|Service|Office|Division|Unit|Centre|Center|Secretariat|Section|Directorate|Bureau)\b/;

/** Could this line be part of a signature (short, no sentence punctuation)? */
export function isSignatureLine(line: string): boolean {
  const t = line.trim();
  // No digits: a date ("Svētdien, 10.decembrī") or a phone number is not who signs.
  return t.length > 0 && t.length <= maxSignatureLine && !/[.!?:;,"“”]$/.test(t) && /^[\p{Lu}]/u.test(t) && !/\d/.test(t);
}

/** Does a block of short lines read as a signature: a press department, maybe with the parliament's name? */
export function isSignature(lines: string[], k: Knowledge): boolean {
  if (lines.length === 0 || lines.length > 4 || !lines.every(isSignatureLine)) return false;
  const joined = lines.join(" ");
  if (signatureWord.test(joined)) return true;
  // A lone parliament name ("The Milli Majlis") also signs a release.
  const bare = joined.replace(/^The\s+/, "");
  return k.parliamentAliases.some((a) => a.alias === bare);
}

/**
 * The signature as units: the capture may wrap a unit over two lines ("The Press and Public
 * Relations" / "Department The Milli Majlis"), so the lines are joined and split at unit ends.
 */
export function signatureUnits(lines: string[]): string[] {
  // Each printed line is a unit ("Riigikogu Press Service" / "Kati Varblane") unless the line
  // breaks one: the next starts with a department word or in lowercase, or this one ends on a
  // joining word ("The Press and Public Relations" / "Department The Milli Majlis").
  const trimmed = lines.map((l) => l.trim().replace(/\s+/g, " "));
  const joined = trimmed
    .map((l, i) => {
      const next = trimmed[i + 1];
      if (next === undefined) return l;
      return departmentStart.test(next) || /^\p{Ll}/u.test(next) || /\b(?:and|of|for|the|&)$/i.test(l) ? `${l} ` : `${l}\n`;
    })
    .join("");
  return joined
    .replace(unitBreak, "$1\n")
    .split("\n")
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
}

/** The signing department: the first unit naming a department or service. */
export function departmentOf(units: string[]): string | undefined {
  return units.find((u) => departmentWord.test(u)) ?? units.find((u) => signatureWord.test(u));
}
