import { escapeHtml } from "./escape.js";
import { contentSecurityPolicy, pageCss } from "./page-style.js";

/** What a page needs from the site around it; all links are relative to the page. */
export interface PageContext {
  /** The prefix back to the site root: `""` at the root, `"../"` one folder down. */
  root: string;
  /** The site's name, shown in the header. */
  siteTitle: string;
  /** False for a page rendered on its own: no links to other pages of a site that isn't there. */
  inSite: boolean;
  /** The site's absolute base URL (ending in "/") when known: JSON-LD then uses absolute IRIs and url/mainEntityOfPage. */
  baseUrl?: string;
  /** The language of the site's own words (BCP 47), `<html lang>`; "en" when absent. */
  lang?: string;
}

/** The default context: a page rendered on its own, at the root of a site called parlwire. */
export const standalonePage: PageContext = { root: "", siteTitle: "parlwire", inSite: false };

export interface PageParts {
  title: string;
  /** Already-escaped HTML for the `<main>` element. */
  main: string;
  /** Already-escaped extra `<head>` content (JSON-LD, alternates). */
  head?: string;
  description?: string;
  /** A page-specific Content-Security-Policy (pages that run a script); the site's policy otherwise. */
  contentSecurityPolicy?: string;
  /** Inline script placed at the end of `<body>`; its policy must allow it (see script-policy.ts). */
  script?: string;
}

/** A complete HTML page around already-escaped content: CSP, viewport, skip link, site navigation. */
export function renderPage(context: PageContext, parts: PageParts): string {
  const { root } = context;
  const siteTitle = escapeHtml(context.siteTitle);
  const description = parts.description ? `<meta name="description" content="${escapeHtml(parts.description)}">\n` : "";
  return `<!DOCTYPE html>
<html lang="${escapeHtml(context.lang ?? "en")}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${parts.contentSecurityPolicy ?? contentSecurityPolicy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pageTitle(parts.title, context.siteTitle)}</title>
${description}<style>${pageCss}</style>
${context.inSite ? `<link rel="alternate" type="application/atom+xml" title="${siteTitle} (Atom)" href="${root}feeds/atom.xml">\n` : ""}${parts.head ?? ""}</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
${context.inSite ? siteNavigation(root, siteTitle) : `<span class="brand">${siteTitle}</span>`}
</header>
<main id="main">
${parts.main}
</main>
<footer class="site-footer">${footer(context)}</footer>
${parts.script ? `<script>${parts.script}</script>\n` : ""}</body>
</html>
`;
}

/** Longest `<title>` shown, counted as written (entities included): browsers and search results cut near 70 anyway. */
const maxTitle = 70;

// "Page · Site", escaped, the page's part cut with an ellipsis so the whole stays within maxTitle.
function pageTitle(title: string, siteTitle: string): string {
  const full = escapeHtml(`${title} · ${siteTitle}`);
  if ([...full].length <= maxTitle) return full;
  const suffix = escapeHtml(` · ${siteTitle}`);
  const room = maxTitle - 1 - ([...suffix].length <= maxTitle / 2 ? [...suffix].length : 0);
  let kept = "";
  for (const c of title) {
    const next = escapeHtml(kept + c);
    if ([...next].length > room) break;
    kept += c;
  }
  return `${escapeHtml(kept.trimEnd())}…${[...suffix].length <= maxTitle / 2 ? suffix : ""}`;
}

// Written for readers: what the site is, where the text comes from, how to follow it.
function footer(context: PageContext): string {
  if (!context.inSite) return "<p>A parliamentary press release, republished as it was issued.</p>";
  const root = context.root;
  return `<p>${escapeHtml(context.siteTitle)} republishes parliamentary press releases as they were issued, with the meetings they report. Each release links to its original source.</p>
<p>Follow new releases: <a href="${root}feeds/atom.xml">Atom</a> · <a href="${root}feeds/rss.xml">RSS</a> · <a href="${root}feeds/feed.json">JSON Feed</a>. All data: <a href="${root}data/popolo.json">Popolo JSON</a>.</p>`;
}

function siteNavigation(root: string, siteTitle: string): string {
  return `<a class="brand" href="${root}index.html">${siteTitle}</a>
<nav aria-label="Site"><ul><li><a href="${root}index.html">Releases</a></li><li><a href="${root}officials/index.html">Officials</a></li><li><a href="${root}parliaments/index.html">Parliaments</a></li><li><a href="${root}browse/index.html">Browse</a></li><li><a href="${root}search.html">Search</a></li><li><a href="${root}validate.html">Validate data</a></li><li><a href="${root}feeds/atom.xml">Atom feed</a></li></ul></nav>`;
}
