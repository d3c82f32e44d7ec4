/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Functions passed to page.evaluate run in the browser, hence the DOM types above.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Parser from "rss-parser";
import MarkdownIt from "markdown-it";
import { marked } from "marked";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateRelease, type Release } from "@parlwire/schema";
import { renderFeeds } from "../src/feeds.js";
import { renderHtmlPage } from "../src/html-page.js";
import { renderJsonLd, renderJsonLdScript } from "../src/jsonld.js";
import { renderMarkdown } from "../src/markdown.js";
import { releasePath } from "../src/paths.js";
import { buildSite } from "../src/static-site/build-site.js";
import { renderTextLayout } from "../src/text-layout.js";
import { executablePath, launchChromium, recordPageCalls } from "./chromium.js";
import { hostile } from "./helpers.js";

// Output safety in every format (issue 10): a corpus of hostile releases is rendered to HTML,
// Markdown (then through marked and markdown-it, GFM and raw HTML enabled, as a reader would),
// plain text, Atom/RSS (read back with a feed-reader library), JSON Feed, JSON-LD and Popolo.
// Every HTML that comes out is loaded in Chromium with no CSP and probed: no script runs, no
// dialog opens, no event handler, active element or non-http(s) link exists. No output may hold
// a raw control character (ESC sequences retitle terminals, BEL rings, NUL truncates).

const payloads = [
  // Issue 10, item 2: a GFM autolink swallowed the escape before "<", and the alert fired.
  "See https://a.example/<img src=x onerror=alert(document.domain)//>",
  "www.a.example/<img src=x onerror=alert(2)> and mail x@y.example<svg onload=alert(3)>",
  "<script>alert(4)</script><img src=x onerror=alert(5)>",
  "&lt;script&gt;alert(6)&lt;/script&gt; &#60;img src=x onerror=alert(7)&#62;",
  "[click](javascript:alert(8)) ![i](javascript:alert(9)) <javascript:alert(10)>",
  "]]><script>alert(11)</script><!-- --> </textarea></title></style>",
  "`<img src=x onerror=alert(12)>` ```<svg onload=alert(13)>```",
  "<details open ontoggle=alert(14)> <a href='jav&#x09;ascript:alert(15)'>x</a>",
  "[x]: javascript:alert(16)\n[x] <b onmouseover=alert(17)>b</b>",
  // Issue 10, item 13: terminal escapes, BEL, NUL, C1 controls, DEL.
  "Title\u001b]0;owned\u0007 \u001b[2J\u0000NUL \u009b31mC1\u0085NEL\u007fDEL\u0008BS",
  "\u202eRLO <img src=x onerror=alert(18)> \u2028LS\u2029PS",
];

// Every free-text field of the hostile fixture set to the payload (within the field's cap).
function withPayload(base: Release, payload: string): Release {
  const r = structuredClone(base);
  const p = (max: number) => payload.slice(0, max);
  r.title = p(1000);
  r.category = p(200);
  r.body = [payload, `${payload} ${payload}`, ...r.body];
  r.publisher = { ...r.publisher, signature: [p(300), p(300)], department: p(500) };
  if (r.boilerplate) r.boilerplate.text = payload;
  r.topics = [p(200)];
  for (const meeting of r.meetings) {
    meeting.occasion = p(500);
    if (meeting.place) meeting.place.name = p(300);
    for (const participant of meeting.participants) participant.name = p(300);
  }
  for (const official of r.officials) {
    official.name = p(300);
    official.honorific = p(50);
    official.otherNames = [{ name: p(300) }];
    for (const position of official.positions ?? []) {
      position.label = p(500);
      if (position.organization && "name" in position.organization) position.organization.name = p(300);
    }
  }
  for (const parliament of r.parliaments) {
    parliament.name = p(300);
    parliament.otherNames = [{ name: p(300) }];
  }
  for (const source of r.sources) source.name = p(200);
  return r;
}

const corpus = [hostile(), ...payloads.map((payload) => withPayload(hostile(), payload))];
const rawControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const skipBrowser = !existsSync(executablePath) && !process.env.CI;

describe("output safety in every format", () => {
  let browser: Browser;
  const work = mkdtempSync(join(tmpdir(), "parlwire-safety-"));
  let counter = 0;

  beforeAll(async () => {
    if (skipBrowser) return;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  // Loads HTML from file:// with no CSP and reports what a reader's browser would execute or load.
  // Handlers are found as attributes (stricter than hovering); onerror/onload would fire by themselves.
  let page: Page;
  const dialogs: string[] = [];
  async function probe(html: string) {
    const path = join(work, `${counter++}.html`);
    writeFileSync(path, /^<!doctype/i.test(html) ? html : `<!doctype html><meta charset="utf-8"><title>probe</title><body>${html}</body>`);
    if (!page) {
      const context = await browser.newContext({ bypassCSP: true });
      page = await context.newPage();
      await recordPageCalls(page, dialogs);
    }
    dialogs.length = 0;
    await page.goto(pathToFileURL(path).href, { waitUntil: "load" });
    const found = await page.evaluate(() => ({
      calls: (window as unknown as { __calls: string[] }).__calls,
      scripts: [...document.scripts].map((s) => s.type).filter((t) => t !== "application/ld+json"),
      active: [...document.querySelectorAll('iframe, img, svg, object, embed, base, form, input, details, textarea, style:not(head > style), meta[http-equiv]:not([http-equiv="Content-Security-Policy"])')].map((e) => e.tagName),
      handlers: [...document.querySelectorAll("*")].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      protocols: [...document.querySelectorAll("a[href], area[href]")].map((a) => (a as HTMLAnchorElement).protocol),
    }));
    return { ...found, dialogs: [...dialogs], protocols: found.protocols.filter((p) => p !== "http:" && p !== "https:" && p !== "mailto:" && p !== "file:") };
  }

  const inert = { calls: [], scripts: [], active: [], handlers: [], dialogs: [], protocols: [] };

  it("every release of the corpus is valid (so the renderers must cope with it)", () => {
    for (const release of corpus) {
      const result = validateRelease(release);
      expect(result.ok ? [] : result.issues).toEqual([]);
    }
  });

  it.skipIf(skipBrowser)("catches a real injection with the same probe (negative control)", async () => {
    const found = await probe('<img src="x" onerror="alert(1)"><a href="javascript:alert(2)">x</a>');
    expect(found.calls).toEqual(["alert(1)"]);
    expect(found.handlers).toEqual(["onerror"]);
    expect(found.protocols).toEqual(["javascript:"]);
  });

  it.skipIf(skipBrowser)("HTML pages are inert", async () => {
    for (const release of corpus) expect(await probe(renderHtmlPage(release)), release.title).toEqual(inert);
  }, 120_000);

  it.skipIf(skipBrowser)("Markdown stays inert through marked and markdown-it (GFM, raw HTML on)", async () => {
    const markdownIt = new MarkdownIt({ html: true, linkify: true });
    for (const release of corpus) {
      const md = renderMarkdown(release);
      expect(md).not.toMatch(rawControl);
      // The entity form, never a backslash before "<" that an autolink could swallow.
      expect(md).not.toContain("\\<");
      const viaMarked = await marked.parse(md, { gfm: true });
      const viaMarkdownIt = markdownIt.render(md);
      expect(await probe(viaMarked), `marked: ${release.title}`).toEqual(inert);
      expect(await probe(viaMarkdownIt), `markdown-it: ${release.title}`).toEqual(inert);
    }
  }, 120_000);

  it.skipIf(skipBrowser)("feeds read by a feed reader carry only inert HTML and plain text", async () => {
    const feeds = await renderFeeds(corpus, { title: "t\u001b]0;x\u0007", baseUrl: "https://example.org/", pathOf: (r) => releasePath(r.id) });
    const reader = new Parser();
    for (const [name, xml] of [["atom", feeds.atom], ["rss", feeds.rss]] as const) {
      expect(xml, name).not.toMatch(rawControl);
      const feed = await reader.parseString(xml);
      expect(feed.items).toHaveLength(corpus.length);
      for (const item of feed.items as Record<string, string | undefined>[]) {
        expect(item.title ?? "").not.toMatch(rawControl);
        // A reader shows the content, summary and description as HTML: all must be inert.
        const html = [item.content, item.summary, item["content:encoded"]].filter(Boolean).join("<hr>");
        expect(html.length).toBeGreaterThan(20);
        expect(await probe(html), `${name}: ${item.title}`).toEqual(inert);
        expect(item.link).toMatch(/^https:\/\/example\.org\/releases\//);
      }
    }
    expect(feeds.json).not.toMatch(rawControl);
    const json = JSON.parse(feeds.json) as { items: { title: string; content_html: string; url: string }[] };
    for (const item of json.items) {
      expect(item.title).not.toMatch(rawControl);
      expect(await probe(item.content_html), `json feed: ${item.title}`).toEqual(inert);
    }
  }, 120_000);

  it("text and JSON-LD hold no raw control character, and JSON-LD stays inside its script element", () => {
    for (const release of corpus) {
      expect(renderTextLayout(release)).not.toMatch(rawControl);
      const script = renderJsonLdScript(release);
      expect(script).not.toMatch(/[<>\u2028\u2029]/);
      expect(script).not.toMatch(rawControl);
      expect(JSON.parse(script)).toEqual(renderJsonLd(release));
    }
  });

  it.skipIf(skipBrowser)("a whole site of the corpus: no file holds a raw control character, every page is inert, Popolo parses", async () => {
    const input = join(work, "corpus.ndjson");
    // Ids made unique so every release gets its own page.
    writeFileSync(input, corpus.map((r, i) => JSON.stringify({ ...r, id: `release:hostile-${i}` })).join("\n"));
    const out = join(work, "site");
    const summary = await buildSite([input], { out, baseUrl: "https://example.org/" });
    expect(summary.releases).toBe(corpus.length);
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    expect(files.length).toBeGreaterThan(corpus.length);
    for (const file of files) {
      // pagefind/ holds Pagefind's gzip-compressed index and its own code, not text we render;
      // the search page shows what it finds as text (test/site-pages.test.ts).
      if (/[/\\]pagefind[/\\]/.test(file)) continue;
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(rawControl);
      // search.html and validate.html run the site's own script and hold no release data;
      // test/site-pages.test.ts checks that hostile titles in search results stay text.
      if (file.endsWith(".html") && !/[/\\](search|validate)\.html$/.test(file)) expect(await probe(text), file).toEqual(inert);
    }
    const popolo = JSON.parse(readFileSync(join(out, "data/popolo.json"), "utf8"));
    expect(popolo.persons.map((p: { id: string }) => p.id)).toEqual(["official:hostile-a", "official:hostile-b"]);
  }, 180_000);
});
