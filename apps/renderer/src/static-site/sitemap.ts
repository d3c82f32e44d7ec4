import { escapeXml } from "../escape.js";

/** A page for the sitemap: its site-relative path and, when known, the date it last changed. */
export interface SitemapEntry {
  path: string;
  lastmod?: string;
}

/** The sitemaps protocol caps one file at 50,000 URLs; bigger sites get a sitemap index. */
export const maxSitemapUrls = 50_000;

/** sitemap.xml (and sitemap-N.xml parts when over the cap), with absolute URLs under `baseUrl`. */
export function renderSitemaps(all: readonly SitemapEntry[], baseUrl: string): Map<string, string> {
  const base = new URL(baseUrl);
  // Each URL once (the first entry for a path wins), whatever the caller passes.
  const seen = new Set<string>();
  const entries = all.filter((e) => !seen.has(e.path) && seen.add(e.path));
  const files = new Map<string, string>();
  const urlset = (slice: readonly SitemapEntry[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${slice
      .map((e) => `<url><loc>${escapeXml(new URL(e.path, base).href)}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ""}</url>`)
      .join("\n")}\n</urlset>\n`;
  if (entries.length <= maxSitemapUrls) {
    files.set("sitemap.xml", urlset(entries));
    return files;
  }
  const parts: string[] = [];
  for (let i = 0; i < entries.length; i += maxSitemapUrls) {
    const name = `sitemap-${parts.length + 1}.xml`;
    files.set(name, urlset(entries.slice(i, i + maxSitemapUrls)));
    parts.push(`<sitemap><loc>${escapeXml(new URL(name, base).href)}</loc></sitemap>`);
  }
  files.set(
    "sitemap.xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join("\n")}\n</sitemapindex>\n`,
  );
  return files;
}
