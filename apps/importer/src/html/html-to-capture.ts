import { Parser } from "htmlparser2";
import { HttpUrlSchema } from "@parlwire/schema";
import { limitDepth } from "./depth-guard.js";
import { readJsonLd, type JsonLdArticle } from "./json-ld.js";
import { publishedHint } from "./published-hint.js";
import { TextBuilder } from "./text-builder.js";

/** Hints an HTML page gives beyond its text; the same shape as the importer's `ImportInput.hints`. */
export interface CaptureHints {
  title?: string;
  /** RFC 3339 with an offset, or `YYYY-MM-DD` when the page gave no offset. */
  published?: string;
  category?: string;
}

/** An HTML page turned into the plain-text capture layout, plus what its markup says. */
export interface HtmlCapture {
  /** Title line, blank line, then the article's blocks as lines and paragraphs, as a text capture has them. */
  text: string;
  hints: CaptureHints;
  /** The page's canonical or og:url, when it is an http(s) URL. */
  url?: string;
  /** Where the text came from: the page's `<article>`, `<main>`, or the whole `<body>`. */
  container: "article" | "main" | "body";
}

// Never rendered, so never read: their text is code, styling or fallback content.
const hardSkip = new Set([
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
  "canvas", "audio", "video", "select", "textarea", "button", "xmp", "noembed", "noframes", "plaintext",
]);
// Page furniture, not the release.
const furniture = new Set(["head", "nav", "aside", "form", "dialog", "menu"]);
const pageChrome = new Set(["header", "footer"]);
const paragraphBlocks = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "ul", "ol", "dl", "table",
  "hr", "section", "article", "main", "header", "footer", "address", "details",
]);
const lineBlocks = new Set(["div", "li", "tr", "dt", "dd", "figcaption", "summary", "caption", "br", "body", "center"]);

// Per-element flags, pushed on open and undone on close (htmlparser2 closes every element it opens, in order).
const HARD = 1;
const SOFT = 2;
const ARTICLE = 4;
const MAIN = 8;
const H1 = 16;
const TITLE = 32;
const JSONLD = 64;

/**
 * Turns an HTML page into the capture text layout and hints, with a real HTML parser.
 * Scripts, styles and other non-rendered content are dropped unread (JSON-LD is parsed as data only).
 */
export function htmlToCapture(html: string): HtmlCapture {
  const text = new TextBuilder();
  const stack: number[] = [];
  let hard = 0;
  let soft = 0;
  let inArticle = 0;
  let inMain = 0;
  let h1Depth = 0;
  let titleDepth = 0;
  let jsonLdDepth = 0;
  // The first non-empty <h1> inside an article, and anywhere (a site logo is often an <h1> too).
  let h1Text = "";
  let h1InArticle = false;
  let h1Article: string | undefined;
  let h1Any: string | undefined;
  let titleText = "";
  let jsonLdText = "";
  const jsonLd: JsonLdArticle[] = [];
  const meta = new Map<string, string>();
  let canonical: string | undefined;
  let timeInContent: string | undefined;
  let timeAnywhere: string | undefined;
  const articles: Array<{ start: number; end: number }> = [];
  const mains: Array<{ start: number; end: number }> = [];

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        let flags = 0;
        if (name === "script") {
          const type = (attribs.type ?? "").trim().toLowerCase();
          if (type === "application/ld+json" && hard === 0) {
            flags |= JSONLD;
            jsonLdDepth++;
            jsonLdText = "";
          }
          flags |= HARD;
        } else if (name === "title" && hard === 0 && titleText === "") {
          flags |= TITLE | HARD;
          titleDepth++;
        } else if (hardSkip.has(name)) {
          flags |= HARD;
        } else if (name === "meta") {
          const key = (attribs.property ?? attribs.name ?? "").trim().toLowerCase();
          const content = attribs.content;
          if (key !== "" && content !== undefined && !meta.has(key)) meta.set(key, content);
        } else if (name === "link") {
          if (canonical === undefined && /(?:^|\s)canonical(?:\s|$)/i.test(attribs.rel ?? "")) canonical = attribs.href;
        }
        if (hard === 0 && !(flags & HARD)) {
          if (furniture.has(name) || (pageChrome.has(name) && inArticle === 0 && inMain === 0)) flags |= SOFT;
          if (attribs.hidden !== undefined || attribs["aria-hidden"] === "true") flags |= SOFT;
          if (name === "article") {
            if (inArticle === 0 && soft === 0) articles.push({ start: text.length, end: -1 });
            flags |= ARTICLE;
            inArticle++;
          } else if (name === "main") {
            if (inMain === 0 && soft === 0) mains.push({ start: text.length, end: -1 });
            flags |= MAIN;
            inMain++;
          } else if (name === "h1" && h1Depth === 0 && (h1Article === undefined || h1Any === undefined)) {
            flags |= H1;
            h1Depth++;
            h1InArticle = inArticle > 0;
            h1Text = "";
          } else if (name === "time" && attribs.datetime !== undefined) {
            timeAnywhere ??= attribs.datetime;
            if (inArticle > 0 || inMain > 0) timeInContent ??= attribs.datetime;
          }
          if (paragraphBlocks.has(name)) text.break(2);
          else if (lineBlocks.has(name)) text.break(1);
        }
        if (flags & HARD) hard++;
        if (flags & SOFT) soft++;
        stack.push(flags);
      },
      ontext(data) {
        if (jsonLdDepth > 0) {
          // Cap while collecting; readJsonLd refuses anything over its own limit.
          if (jsonLdText.length <= 1_000_000) jsonLdText += data;
          return;
        }
        if (titleDepth > 0) {
          titleText += data;
          return;
        }
        if (hard > 0) return;
        if (h1Depth > 0) h1Text += data;
        if (soft === 0) text.text(data);
      },
      onclosetag(name) {
        const flags = stack.pop() ?? 0;
        if (flags & HARD) hard--;
        if (flags & SOFT) soft--;
        if (flags & JSONLD) {
          jsonLdDepth--;
          const found = readJsonLd(jsonLdText);
          if (found) jsonLd.push(found);
          jsonLdText = "";
        }
        if (flags & TITLE) titleDepth--;
        if (flags & H1) {
          h1Depth--;
          const found = clean(h1Text);
          if (found !== undefined) {
            h1Any ??= found;
            if (h1InArticle) h1Article ??= found;
          }
          h1Text = "";
        }
        if (flags & ARTICLE) {
          inArticle--;
          const last = articles[articles.length - 1];
          if (inArticle === 0 && last && last.end === -1) last.end = text.length;
        }
        if (flags & MAIN) {
          inMain--;
          const last = mains[mains.length - 1];
          if (inMain === 0 && last && last.end === -1) last.end = text.length;
        }
        if (hard === 0 && soft === 0) {
          if (paragraphBlocks.has(name)) text.break(2);
          else if (lineBlocks.has(name)) text.break(1);
        }
      },
    },
    { decodeEntities: true },
  );
  limitDepth(parser);
  parser.write(html);
  parser.end();

  const ld = jsonLd[0] ?? {};
  const title = h1Article ?? clean(ld.headline) ?? clean(meta.get("og:title")) ?? h1Any ?? clean(titleText);
  const published =
    publishedHint(ld.datePublished) ??
    publishedHint(meta.get("article:published_time")) ??
    publishedHint(timeInContent) ??
    publishedHint(timeAnywhere);
  const category = clean(ld.articleSection) ?? clean(meta.get("article:section"));

  let container: HtmlCapture["container"] = "body";
  let body = text.slice();
  const article = longest(articles, text);
  const main = longest(mains, text);
  if (article) {
    container = "article";
    body = article;
  } else if (main) {
    container = "main";
    body = main;
  }
  // Keep the capture layout: the title line first, even when the page puts its <h1> outside the article.
  if (title !== undefined && !body.startsWith(title)) body = body === "" ? title : `${title}\n\n${body}`;

  const hints: CaptureHints = {};
  if (title !== undefined) hints.title = title;
  if (published !== undefined) hints.published = published;
  if (category !== undefined) hints.category = category;
  const url = [canonical, meta.get("og:url"), ld.url].map((u) => u?.trim()).find((u) => u !== undefined && HttpUrlSchema.safeParse(u).success);
  return { text: body, hints, container, ...(url !== undefined ? { url } : {}) };
}

function clean(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.replace(/[\s\u00a0]+/g, " ").trim();
  return text === "" ? undefined : text;
}

function longest(spans: Array<{ start: number; end: number }>, text: TextBuilder): string | undefined {
  let best: string | undefined;
  for (const span of spans) {
    const slice = text.slice(span.start, span.end === -1 ? text.length : span.end);
    if (slice !== "" && (best === undefined || slice.length > best.length)) best = slice;
  }
  return best;
}
