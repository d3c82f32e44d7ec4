import { renderPage, type PageContext } from "../page-layout.js";
import { inlineScript, scriptPagePolicy } from "./script-policy.js";
import { searchFolder } from "./search-index.js";

// The page's script, plain ES2020 run by the browser as written. It loads Pagefind's API from the
// site's own folder, searches as the reader types, and builds every result with textContent:
// titles and excerpts come from release data and are never parsed as HTML.
const script = `(() => {
  "use strict";
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-query");
  const kind = document.getElementById("search-kind");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const kindWords = { release: "Release", official: "Official", parliament: "Parliament" };
  const shown = 20;
  let pagefind;
  let latest = 0;
  const say = (text) => { status.textContent = text; };
  // Pagefind marks matches with <mark> in an HTML excerpt; split on those tags only, decode the
  // five entities it writes, and set everything else as text.
  const decode = (s) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" })[e]);
  const excerpt = (html) => {
    const p = document.createElement("span");
    p.className = "sub";
    html.split(/(<mark>|<\\/mark>)/).reduce((marked, part) => {
      if (part === "<mark>") return true;
      if (part === "</mark>") return false;
      const text = decode(part.replace(/<[^>]*>/g, ""));
      if (text) {
        const node = marked ? document.createElement("mark") : document.createTextNode(text);
        if (marked) node.textContent = text;
        p.appendChild(node);
      }
      return marked;
    }, false);
    return p;
  };
  const item = (data) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.className = "title";
    const url = new URL(data.url, location.href);
    a.href = url.protocol === "http:" || url.protocol === "https:" ? url.href : "#";
    a.textContent = data.meta.title || data.url;
    const sub = document.createElement("span");
    sub.className = "sub";
    sub.textContent = [kindWords[data.meta.kind] || "", data.meta.date || ""].filter(Boolean).join(" · ");
    li.append(a, sub, excerpt(data.excerpt || ""));
    return li;
  };
  const run = async () => {
    const query = input.value.trim();
    const asked = ++latest;
    if (!query) { list.replaceChildren(); say(""); return; }
    if (!pagefind) return;
    const filters = kind.value ? { kind: kind.value } : {};
    const search = await pagefind.search(query, { filters });
    if (asked !== latest) return;
    const results = await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
    if (asked !== latest) return;
    list.replaceChildren(...results.map(item));
    const n = search.results.length;
    say(n === 0 ? "No results for " + query + "." : n + " result" + (n === 1 ? "" : "s") + (n > shown ? ", the best " + shown + " shown" : "") + ".");
  };
  let timer;
  const later = () => { clearTimeout(timer); timer = setTimeout(run, 120); };
  form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
  input.addEventListener("input", later);
  kind.addEventListener("change", run);
  const query = new URLSearchParams(location.search).get("q");
  if (query) input.value = query;
  if (location.protocol === "file:") {
    say("Search reads its index from the site's ${searchFolder}/ folder, which browsers do not allow on pages opened from files. Serve the site folder with any web server to search; every other page works from files.");
    return;
  }
  import("./${searchFolder}/pagefind.js").then(async (module) => {
    pagefind = module;
    await pagefind.options({ excerptLength: 24 });
    form.hidden = false;
    say(input.value ? "" : "Type a name, a place or any words from a release.");
    if (input.value) run();
  }, () => say("The search index could not be loaded."));
})();
`;

/**
 * The search page: a query box over the Pagefind index of releases, officials and parliaments.
 * Without JavaScript, or from file://, it says why search is not available there.
 */
export function renderSearchPage(context: PageContext, hasIndex: boolean): string {
  const main = `<h1>Search</h1>
<form id="search-form" role="search" hidden>
<p><label for="search-query">Words to find</label> <input id="search-query" name="q" type="search" autocomplete="off" spellcheck="false"> <button type="submit">Search</button></p>
<p><label for="search-kind">Show</label> <select id="search-kind"><option value="">everything</option><option value="release">releases</option><option value="official">officials</option><option value="parliament">parliaments</option></select></p>
</form>
<p id="search-status" role="status">${hasIndex ? "Search needs JavaScript." : "This copy of the site was built without a search index."}</p>
<ol id="search-results" class="list"></ol>`;
  if (!hasIndex) return renderPage(context, { title: "Search", main });
  return renderPage(context, { title: "Search", main, script: inlineScript(script), contentSecurityPolicy: scriptPagePolicy(script, true) });
}
