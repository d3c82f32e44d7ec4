/**
 * The one stylesheet, inlined in every page so that pages need no request and open from file://;
 * the Content-Security-Policy allows exactly this text by its hash, and nothing else.
 */
export const pageCss = `:root{color-scheme:light dark;--fg:#1b1f24;--muted:#57606a;--bg:#fff;--panel:#f4f6f8;--line:#d0d7de;--accent:#0a58ca}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9da7b3;--bg:#0d1117;--panel:#161b22;--line:#30363d;--accent:#6cb6ff}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;overflow-wrap:anywhere}
a{color:var(--accent)}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-9999px}
.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem;z-index:1}
.site-header,.site-footer,main{max-width:46rem;margin:0 auto;padding:0 1rem}
.site-header{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline;padding-top:1rem;padding-bottom:.75rem;border-bottom:1px solid var(--line)}
.site-header .brand{font-weight:700;text-decoration:none;color:var(--fg)}
.site-header nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0;font-size:.9375rem}
main{padding-top:1.5rem;padding-bottom:2rem}
h1{font-size:clamp(1.5rem,1.1rem + 2vw,2.125rem);line-height:1.2;margin:.25rem 0 .75rem}
h2{font-size:1.25rem;margin:2rem 0 .75rem}
.kicker{margin:0;color:var(--muted);font-size:.875rem;letter-spacing:.02em}
.notice{border-left:4px solid #b45309;padding:.5rem .75rem;background:#fff7ed;color:#1c1917}
.meta{margin:0 0 1.5rem;color:var(--muted)}
.meeting{background:var(--panel);border:1px solid var(--line);border-radius:.5rem;padding:1rem 1.25rem;margin:0 0 1.5rem}
.meeting h2{margin:0 0 .5rem;font-size:1.0625rem}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
.facts dt{font-weight:600;color:var(--muted)}
.facts dd{margin:0}
.people{margin:0;padding-left:1.1rem}
.role{color:var(--muted)}
.body p{margin:0 0 1rem}
.signature{margin:1.5rem 0;font-style:italic}
.boilerplate{border-left:3px solid var(--line);padding:.25rem 0 .25rem 1rem;color:var(--muted);font-size:.9375rem}
.sources{font-size:.875rem;color:var(--muted)}
.list{list-style:none;margin:0;padding:0}
.list li{padding:.75rem 0;border-bottom:1px solid var(--line)}
.list .title{font-weight:600}
.list .sub{display:block;color:var(--muted);font-size:.9375rem}
.pager{display:flex;flex-wrap:wrap;gap:1rem;justify-content:space-between;margin-top:1.5rem}
.site-footer{border-top:1px solid var(--line);padding-top:1rem;padding-bottom:2rem;color:var(--muted);font-size:.875rem}
bdi{unicode-bidi:isolate}
input,select,textarea,button{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--muted);border-radius:.25rem;padding:.35rem .5rem;max-width:100%}
textarea{width:100%;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.875rem}
button{background:var(--accent);border-color:var(--accent);color:var(--bg);cursor:pointer}
input:focus-visible,select:focus-visible,textarea:focus-visible,button:focus-visible{outline:3px solid var(--accent);outline-offset:1px}
#search-query{width:min(100%,24rem)}
mark{background:#fff3b0;color:#1b1f24}
.drop{border:2px dashed var(--line);border-radius:.5rem;padding:.25rem 1rem;margin:0 0 1rem}
.drop.dragging{border-color:var(--accent)}
.report h2{font-size:1.0625rem}
.records{padding-left:1.25rem}
.record.invalid .verdict{font-weight:600}
.issues{padding-left:1.1rem;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.875rem}
@media (max-width:30rem){body{font-size:1rem}.facts{grid-template-columns:1fr}.facts dd{margin-bottom:.5rem}.meeting{padding:.75rem}}
@media print{:root{--fg:#000;--muted:#333;--bg:#fff;--panel:#fff;--line:#999}body{font:11pt/1.5 Georgia,"Times New Roman",serif}.site-header,.skip,.pager,.site-footer{display:none}main{max-width:none;padding:0}a{color:inherit;text-decoration:none}.meeting{break-inside:avoid}h1,h2{break-after:avoid}p{orphans:3;widows:3}}
`;

/**
 * The CSP source that allows {@link pageCss} and no other inline style: its SHA-256, written out
 * because loading node:crypto to compute it cost every thread of a site build 30 ms at start-up.
 * test/page-style.test.ts checks it (and prints the new value when the stylesheet changes).
 */
export const pageCssHash = "'sha256-vcNS/E8Th77ZbIze5Pv/pbY5OA1K+/vhQlcN98D9rqw='";

/**
 * The Content-Security-Policy of every page: nothing may load or run except the inline
 * stylesheet above; no images, base URL, forms or plugins. The JSON-LD
 * `<script type="application/ld+json">` is data, never executed, so it needs no script-src.
 */
export const contentSecurityPolicy = `default-src 'none'; style-src ${pageCssHash}; img-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'; script-src 'none'`;
