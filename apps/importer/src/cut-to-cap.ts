import type { ImportWarning } from "./import-release.js";

/**
 * `text` cut to at most `max` code points (what the schema counts), never splitting a surrogate
 * pair; when it is cut, a "cut_to_cap" warning naming the field, its length and the cap is added.
 */
export function cutToCap(text: string, max: number, field: string, warnings: ImportWarning[]): string {
  // Fast path: max UTF-16 units or fewer is at most max code points.
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  warnings.push({ code: "cut_to_cap", message: `${field} has ${points.length} characters, over the cap of ${max}; kept the first ${max}` });
  return points.slice(0, max).join("");
}
