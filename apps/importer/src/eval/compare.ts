import { countryCodeOf } from "../knowledge/countries.js";

/** Text compared exactly: NFC, whitespace collapsed. */
export function exact(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}

function loose(value: string): string {
  return value
    .normalize("NFC")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[’‘`]/g, "'")
    .replace(/\bchair(?:man|woman|person)\b/g, "chair")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .replace(/\b(?:the|a|an)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Positions compare loosely: case, articles, brackets, Chairman = Chair; "A; B" compares as a set. */
export function samePosition(a: string, b: string): boolean {
  const parts = (s: string) => s.split(";").map(loose).filter(Boolean).sort().join("|");
  return parts(a) === parts(b);
}

/** The ISO code of a country written as a name ("Turkey", "Russian Federation") or a code ("TR"). */
export function countryKey(value: string): string {
  const trimmed = value.trim();
  if (/^[A-Z]{2}$/.test(trimmed)) return trimmed;
  return countryCodeOf(trimmed) ?? loose(trimmed);
}

/**
 * Places compare loosely: case and articles, or the same country, or the same main part
 * ("Warsaw" = "Warsaw (airport), Poland", "Athens" = "Athens, Greece (conference)").
 */
export function samePlace(a: string, b: string): boolean {
  if (loose(a) === loose(b)) return true;
  const codeA = countryCodeOf(a);
  if (codeA && codeA === countryCodeOf(b)) return true;
  const main = (s: string) => loose(s.split(/[,(]/)[0] ?? s);
  return main(a) !== "" && main(a) === main(b);
}
