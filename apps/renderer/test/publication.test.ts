import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Release } from "@parlwire/schema";
import { publishedInstant } from "../src/dates.js";
import { renderFeeds } from "../src/feeds.js";
import { renderHtmlPage } from "../src/html-page.js";
import { renderMarkdown } from "../src/markdown.js";
import { releasePath } from "../src/paths.js";
import { renderTextLayout } from "../src/text-layout.js";
import { buildSite } from "../src/static-site/build-site.js";
import { generateRelease } from "./generate-releases.js";
import { seed, seedPath } from "./helpers.js";

// Issue 11, items 2 and 5: what a reader of the published site sees.
const work = mkdtempSync(join(tmpdir(), "parlwire-publication-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function truncated(): Release {
  const release = seed();
  release.sources = release.sources.map((s) => ({ ...s, truncated: true }));
  return release;
}

describe("a publication", async () => {
  const extra = join(work, "extra.ndjson");
  const other = generateRelease(1, { officials: 4, parliaments: 2 });
  writeFileSync(extra, [JSON.stringify({ ...other, language: "az" })].join("\n"));
  const out = join(work, "site");
  await buildSite([seedPath, extra], { out, baseUrl: "https://example.org/news/", siteTitle: "Parliament press archive", lang: "en-GB" });
  const read = (path: string) => readFileSync(join(out, path), "utf8");

  it("names the site, its language and readers' footer", () => {
    const index = read("index.html");
    expect(index).toContain('<html lang="en-GB">');
    expect(index).toContain("Parliament press archive");
    expect(index).toContain('<a href="feeds/atom.xml">Atom</a>');
    expect(index).not.toContain("Page 1 of 1");
    // A title in another language than the site's carries its own lang (WCAG 3.1.2).
    expect(index).toMatch(/<a class="title" href="releases\/[^"]+" lang="az">/);
  });

  it("shows words, not codes, and the time with its zone", () => {
    const page = read("parliaments/az-milli-majlis.html");
    expect(page).not.toMatch(/>(unicameral|single|majoritarian)</);
    const release = read(releasePath(seed().id));
    expect(release).toContain("15 April 2021, 21:25 Baku time (UTC+4)</time>");
    // The source's back-tick apostrophe is shown as an apostrophe, not shouted in capitals.
    expect(release).toContain('<p class="kicker"><bdi>Chair’s Travels</bdi></p>');
  });

  it("links a parliament to the releases that mention it, and never says 0 releases", () => {
    expect(read("parliaments/index.html")).not.toContain("0 releases");
    const kazakhstan = read("parliaments/kz-parliament.html");
    expect(kazakhstan).toContain("<h2>Mentioned in (1)</h2>");
    expect(kazakhstan).toContain(`href="../${releasePath(seed().id)}"`);
  });

  it("gives JSON-LD absolute @ids, url and mainEntityOfPage, the same person IRI on every page", () => {
    const ld = (html: string) => JSON.parse(html.split('<script type="application/ld+json">')[1]?.split("</script>")[0] ?? "null");
    const article = ld(read(releasePath(seed().id)));
    const url = `https://example.org/news/${releasePath(seed().id)}`;
    expect(article.url).toBe(url);
    expect(article.mainEntityOfPage).toBe(url);
    expect(article["@id"]).toBe(`${url}#article`);
    const person = article.about[0].attendee[0];
    expect(person["@id"]).toBe("https://example.org/news/officials/sahiba-gafarova.html#person");
    const official = ld(read("officials/sahiba-gafarova.html"));
    expect(official["@type"]).toBe("Person");
    expect(official["@id"]).toBe(person["@id"]);
    expect(official.mainEntityOfPage).toBe("https://example.org/news/officials/sahiba-gafarova.html");
    const parliament = ld(read("parliaments/az-milli-majlis.html"));
    expect(parliament["@type"]).toBe("GovernmentOrganization");
    expect(parliament["@id"]).toBe("https://example.org/news/parliaments/az-milli-majlis.html#organization");
  });
});

describe("a truncated release", () => {
  it("says so on its page, in Markdown, in text and in feeds", async () => {
    const release = truncated();
    expect(renderHtmlPage(release)).toContain('<p class="notice" role="note"><strong>Incomplete.</strong>');
    expect(renderMarkdown(release)).toContain("> **This release is incomplete");
    expect(renderTextLayout(release)).toContain("[This release is incomplete");
    const feeds = await renderFeeds([release], { title: "t", baseUrl: "https://example.org/", pathOf: (r) => releasePath(r.id) });
    expect(feeds.atom).toContain("Incomplete.");
    expect(renderHtmlPage(seed())).not.toContain("Incomplete.");
  });
});

describe("a date-only release in feeds", () => {
  it("is dated noon of its day in the source's zone, not an invented midnight UTC", () => {
    const release = seed();
    release.published = { date: "2021-04-15", timeZone: "Asia/Baku" };
    expect(publishedInstant(release)?.toISOString()).toBe("2021-04-15T08:00:00.000Z");
    release.published = { date: "2021-04-15", timeZone: "America/Los_Angeles" };
    expect(publishedInstant(release)?.toISOString()).toBe("2021-04-15T19:00:00.000Z");
    release.published = { date: "2021-04-15" };
    expect(publishedInstant(release)?.toISOString()).toBe("2021-04-15T12:00:00.000Z");
  });
});
