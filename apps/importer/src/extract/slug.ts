import { toAscii } from "../knowledge/fold-name.js";

/** Lowercase ASCII words joined by single hyphens ("Parliament’s Senate" → "parliament-s-senate"). */
export function slugify(text: string): string {
  return toAscii(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A slug cut at a word boundary to at most `max` characters (a single over-long word is cut hard). */
export function cutSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.lastIndexOf("-", max);
  return (cut > 0 ? slug.slice(0, cut) : slug.slice(0, max)).replace(/-+$/g, "");
}
