import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { xml2js, type Element } from "xml-js";
import { AtomicWriter } from "../src/static-site/atomic-write.js";
import { maxSitemapUrls, SitemapWriter } from "../src/static-site/sitemap.js";

// The streamed sitemap (issue 10: a 99,900-release site kept its 103,909 entries and their XML
// in memory). The sitemaps protocol (sitemaps.org/protocol.html): a <urlset> of at most 50,000
// <url>s, each with an absolute <loc> and an optional W3C-date <lastmod>; above that, parts listed
// by a <sitemapindex> of <sitemap><loc>s. A small cap stands in for 50,000 here.
const work = mkdtempSync(join(tmpdir(), "parlwire-sitemap-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
const base = "https://example.org/news/";
let sites = 0;

interface Entry {
  path: string;
  lastmod?: string;
}

async function writeSitemaps(entries: readonly Entry[], maxUrls?: number): Promise<string> {
  const out = join(work, `site-${sites++}`);
  const writer = new AtomicWriter(out);
  const sitemap = new SitemapWriter(base, () => writer.scratchPath(), maxUrls);
  for (const entry of entries) sitemap.add(entry.path, entry.lastmod);
  await sitemap.finish(writer);
  writer.close();
  return out;
}

// Parses with a strict XML parser (throws on anything not well-formed) and checks the protocol's
// structure: the root, its namespace, and only the children the schema allows.
function root(file: string, name: "urlset" | "sitemapindex"): Element[] {
  const text = readFileSync(file, "utf8");
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'), file).toBe(true);
  const document = xml2js(text, { compact: false }) as Element;
  const roots = (document.elements ?? []).filter((e) => e.type === "element");
  expect(roots.map((e) => e.name), file).toEqual([name]);
  const top = roots[0] as Element;
  expect(top.attributes, file).toEqual({ xmlns: namespace });
  const children = (top.elements ?? []).filter((e) => e.type === "element");
  for (const child of children) {
    expect(child.name, file).toBe(name === "urlset" ? "url" : "sitemap");
    const fields = (child.elements ?? []).map((e) => e.name);
    expect(fields[0], file).toBe("loc");
    expect(fields.slice(1).every((f) => f === "lastmod") && fields.length <= 2, file).toBe(true);
  }
  return children;
}

const text = (element: Element, name: string) => element.elements?.find((e) => e.name === name)?.elements?.[0]?.text as string | undefined;

// Every URL of the sitemap(s) in `out`, in order, after checking each file; and the files.
function readSitemaps(out: string, maxUrls: number): { urls: Entry[]; files: string[] } {
  const files = readdirSync(out).filter((f) => f.startsWith("sitemap")).sort();
  const index = readFileSync(join(out, "sitemap.xml"), "utf8").includes("<sitemapindex");
  const parts = index ? root(join(out, "sitemap.xml"), "sitemapindex").map((s) => text(s, "loc") as string) : [new URL("sitemap.xml", base).href];
  const urls: Entry[] = [];
  for (const part of parts) {
    expect(part.startsWith(base)).toBe(true);
    const children = root(join(out, part.slice(base.length)), "urlset");
    expect(children.length).toBeLessThanOrEqual(maxUrls);
    if (index) expect(children.length).toBeGreaterThan(0);
    for (const url of children) {
      const loc = text(url, "loc") as string;
      expect(new URL(loc).href).toBe(loc);
      expect(loc.startsWith(base)).toBe(true);
      const lastmod = text(url, "lastmod");
      if (lastmod !== undefined) expect(lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      urls.push(lastmod === undefined ? { path: loc.slice(base.length) } : { path: loc.slice(base.length), lastmod });
    }
  }
  return { urls, files };
}

describe("sitemap", () => {
  it("is one <urlset> up to the cap, with absolute, escaped URLs and dates", async () => {
    const entries = [{ path: "index.html" }, { path: "releases/a.html", lastmod: "2021-04-15" }, { path: "browse/x&y.html" }];
    const out = await writeSitemaps(entries);
    const xml = readFileSync(join(out, "sitemap.xml"), "utf8");
    expect(xml).toContain("<url><loc>https://example.org/news/releases/a.html</loc><lastmod>2021-04-15</lastmod></url>");
    expect(xml).toContain("<loc>https://example.org/news/browse/x&amp;y.html</loc>");
    expect(readSitemaps(out, maxSitemapUrls)).toEqual({ urls: entries, files: ["sitemap.xml"] });
  });

  it("is a <sitemapindex> of parts of at most the cap above it", async () => {
    const entries = Array.from({ length: 8 }, (_, i) => (i % 2 ? { path: `releases/r-${i}.html`, lastmod: "2020-01-0" + (i + 1) } : { path: `pages/${i}.html` }));
    const out = await writeSitemaps(entries, 3);
    const index = readFileSync(join(out, "sitemap.xml"), "utf8");
    expect(index).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        [1, 2, 3].map((n) => `<sitemap><loc>https://example.org/news/sitemap-${n}.xml</loc></sitemap>`).join("\n") +
        "\n</sitemapindex>\n",
    );
    expect(readSitemaps(out, 3)).toEqual({ urls: entries, files: ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"] });
  });

  it("is a well-formed empty <urlset> for a site with no page", async () => {
    expect(readSitemaps(await writeSitemaps([]), maxSitemapUrls)).toEqual({ urls: [], files: ["sitemap.xml"] });
  });

  it("lists every URL once, in order, in ceil(n / cap) parts, for any count and cap", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 7 }), async (count, cap) => {
        const entries = Array.from({ length: count }, (_, i) => ({ path: `releases/r-${i}.html` }));
        const out = await writeSitemaps(entries, cap);
        const { urls, files } = readSitemaps(out, cap);
        expect(urls).toEqual(entries);
        expect(files.length).toBe(count <= cap ? 1 : Math.ceil(count / cap) + 1);
        rmSync(out, { recursive: true, force: true });
      }),
      { numRuns: 60 },
    );
  });
});

describe("the site writer", () => {
  it("refuses to write one path twice in a build (one output would silently replace another)", () => {
    const writer = new AtomicWriter(join(work, "twice"));
    writer.write("officials/index.html", "list");
    expect(() => writer.write("officials/index.html", "someone called index")).toThrow(/refusing to write officials\/index.html .* twice in one build/);
    expect(readFileSync(join(work, "twice", "officials/index.html"), "utf8")).toBe("list");
    writer.close();
  });
});
