/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Site chrome a real press page carries around its article: menus, scripts, styles, footer links.
const chrome = {
  head: `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css"><style>${".c{color:#123}".repeat(200)}</style>
<script>${"window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)};".repeat(40)}</script>`,
  nav: `<header><div class="logo"><a href="/">Parliament</a></div><nav><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join("")}</ul></nav></header>`,
  aside: `<aside><h3>Latest news</h3><ul>${Array.from({ length: 15 }, (_, i) => `<li><a href="/news/${i}">Another news item number ${i} about parliamentary work</a><span class="date">1 May 2021</span></li>`).join("")}</ul></aside>`,
  footer: `<footer><p>© Parliament. All rights reserved.</p><ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/f/${i}">Footer link ${i}</a></li>`).join("")}</ul></footer><script src="/assets/app.js"></script>`,
};

/**
 * A press-release page built from a text capture laid out as the Milli Majlis site does: the title
 * in <h1>, category and date lines in <div>s, paragraphs in <p>, the signature with <br>, all in an
 * <article> surrounded by site chrome (about 14 KB in all).
 */
export function pageFromCapture(capture: string, url: string): string {
  const blocks = capture.split(/\n\s*\n/).map((b) => b.trim()).filter((b) => b !== "");
  const [title = "", meta = "", ...paragraphs] = blocks;
  const metaLines = meta.split("\n").map((l) => `<div class="meta-line">${escapeHtml(l.trim())}</div>`).join("");
  const body = paragraphs.map((p) => `<p>${p.split("\n").map(escapeHtml).join("<br>")}</p>`).join("\n");
  return `<!DOCTYPE html><html lang="en"><head><title>${escapeHtml(title)} | Parliament</title>
<meta property="og:title" content="${escapeHtml(title)}"><link rel="canonical" href="${escapeHtml(url)}">
${chrome.head}</head><body>${chrome.nav}<main><div class="container"><div class="row">
<article class="news-detail"><h1>${escapeHtml(title)}</h1>${metaLines}
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a></div>
<div class="text">${body}</div></article>${chrome.aside}</div></div></main>${chrome.footer}</body></html>`;
}
