import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { escapeXml } from "../escape.js";
import type { AtomicWriter } from "./atomic-write.js";

/** The sitemaps protocol caps one file at 50,000 URLs; bigger sites get a sitemap index. */
export const maxSitemapUrls = 50_000;

const urlsetStart = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
const urlsetEnd = "\n</urlset>\n";

/**
 * sitemap.xml, streamed: each URL goes to a scratch file as its page is written, so a site of
 * 100,000 pages never holds its sitemap in memory. At the end the parts become `sitemap.xml`
 * (up to `maxUrls` URLs) or `sitemap-1.xml`, `sitemap-2.xml`… and a sitemap index at
 * `sitemap.xml`. URLs are absolute under `baseUrl`; each part is a `<urlset>` of
 * `<url><loc>…</loc><lastmod>…</lastmod></url>` lines in the order they were added.
 */
export class SitemapWriter {
  private readonly base: URL;
  private readonly parts: string[] = [];
  private fd: number | undefined;
  private inPart = 0;

  /** `scratchPath` gives a fresh temporary file name (the site writer's); `maxUrls` is for tests. */
  constructor(
    baseUrl: string,
    private readonly scratchPath: () => string,
    private readonly maxUrls = maxSitemapUrls,
  ) {
    this.base = new URL(baseUrl);
  }

  /** Adds one page by its site-relative path, with the date it last changed when known. */
  add(path: string, lastmod?: string): void {
    if (this.fd === undefined || this.inPart === this.maxUrls) {
      if (this.fd !== undefined) closeSync(this.fd);
      const part = this.scratchPath();
      this.fd = openSync(part, "wx");
      this.parts.push(part);
      this.inPart = 0;
    }
    const line = `<url><loc>${escapeXml(new URL(path, this.base).href)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ""}</url>`;
    writeSync(this.fd, this.inPart ? `\n${line}` : line);
    this.inPart++;
  }

  /** Writes the sitemap file(s) through `writer` (atomically, like every page). */
  async finish(writer: AtomicWriter): Promise<void> {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.parts.length <= 1) {
      await writer.writeWith("sitemap.xml", async (write) => urlset(this.parts[0], write));
      return;
    }
    const entries: string[] = [];
    for (const [i, part] of this.parts.entries()) {
      const name = `sitemap-${i + 1}.xml`;
      await writer.writeWith(name, async (write) => urlset(part, write));
      entries.push(`<sitemap><loc>${escapeXml(new URL(name, this.base).href)}</loc></sitemap>`);
    }
    writer.write(
      "sitemap.xml",
      `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`,
    );
  }
}

// One <urlset> around the lines of a scratch part (none when the site has no page at all), copied in 1 MiB chunks.
function urlset(part: string | undefined, write: (chunk: string | Uint8Array) => void): void {
  write(urlsetStart);
  if (part !== undefined) {
    const fd = openSync(part, "r");
    try {
      const buffer = Buffer.alloc(1 << 20);
      for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) write(buffer.subarray(0, n));
    } finally {
      closeSync(fd);
    }
  }
  write(urlsetEnd);
}
