import { describe, expect, it } from "vitest";
import { renderHtmlPage } from "../src/html-page.js";
import { renderJsonLd, renderJsonLdScript } from "../src/jsonld.js";
import { renderMarkdown } from "../src/markdown.js";
import { renderFeeds } from "../src/feeds.js";
import { releasePath } from "../src/paths.js";
import { renderTextLayout } from "../src/text-layout.js";
import { hostile } from "./helpers.js";

// String-level checks; the browser test proves the same page is inert when actually rendered.
describe("a release full of hostile strings", () => {
  const release = hostile();
  const html = renderHtmlPage(release);

  it("has exactly the tags the renderer writes", () => {
    const scripts = html.match(/<script\b[^>]*>/g);
    expect(scripts).toEqual(['<script type="application/ld+json">']);
    // The one script element ends at the one closing tag, and what it holds is the JSON-LD.
    const body = html.slice(html.indexOf('<script type="application/ld+json">') + 35, html.indexOf("</script>"));
    expect(JSON.parse(body)).toEqual(renderJsonLd(release));
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    for (const tag of ["<svg", "<img", "<iframe", "<base", "<a href=\"javascript", "<style>*", "<meta http-equiv=\"refresh"]) {
      expect(html).not.toContain(tag);
    }
    // Escaped text holds no "<", so every "<x ...>" is a tag the renderer wrote: none has an event handler.
    const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(20);
    for (const tag of tags) expect(tag).not.toMatch(/\son\w+\s*=/i);
    expect(html).not.toMatch(/href="(?:javascript|data):/i);
  });

  it("links only to http(s) URLs made of safe characters", () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) expect(href).not.toMatch(/^(?:javascript|data|vbscript|file):/i);
    expect(hrefs).not.toContain('https://evil.example/"><script>alert(23)</script>');
  });

  it("wraps right-to-left overrides in bidi isolates", () => {
    expect(html).toContain("<h1><bdi>");
  });

  it("keeps JSON-LD inside its script element", () => {
    const text = renderJsonLdScript(release);
    expect(text).not.toMatch(/<|>|\u2028|\u2029/);
    const ld = renderJsonLd(release) as any;
    const person = ld.about[0].attendee[0];
    expect(person.sameAs).toEqual(["https://www.wikidata.org/wiki/Q42"]);
  });

  it("renders Markdown with no raw HTML, links or images", () => {
    const md = renderMarkdown(release);
    const body = md.slice(md.indexOf("\n---\n") + 5);
    expect(body).not.toMatch(/(?<!\\)</);
    expect(body).not.toMatch(/(?<!\\)\[/);
    expect(body).not.toMatch(/^#(?!#? )/m);
  });

  it("renders feeds whose XML carries the hostile text only as escaped text", async () => {
    const feeds = await renderFeeds([release], { title: "t", baseUrl: "https://example.org/", pathOf: (r) => releasePath(r.id) });
    for (const xml of [feeds.atom, feeds.rss]) {
      // Outside CDATA sections, no "<" may start a tag the feed library did not write.
      const outside = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
      const tags = new Set([...outside.matchAll(/<\/?([a-zA-Z:?!]+)/g)].map((m) => m[1]));
      for (const tag of tags) expect(["?xml", "feed", "rss", "channel", "title", "id", "updated", "generator", "link", "subtitle", "entry", "summary", "content", "author", "name", "category", "published", "description", "lastBuildDate", "docs", "language", "item", "guid", "pubDate", "content:encoded", "atom:link"]).toContain(tag);
      const cdata = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1] ?? "");
      for (const section of cdata) expect(section).not.toMatch(/<script|<svg|<img|<iframe/);
    }
    const json = JSON.parse(feeds.json);
    expect(json.items[0].title).toBe(release.title);
  });

  it("keeps the text layout as plain text, one line per paragraph", () => {
    const text = renderTextLayout(release);
    expect(text.split("\n\n").length).toBeGreaterThan(release.body.length);
    expect(text).toContain("\u202e");
  });
});
