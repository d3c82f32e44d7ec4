import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlToCapture } from "../../src/html/html-to-capture.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), "utf8");

describe("htmlToCapture on fixture pages", () => {
  it("takes the article as capture text and title, date and category from the markup", () => {
    const page = htmlToCapture(fixture("article-with-meta.html"));
    expect(page.text).toBe(fixture("article-with-meta.expected.txt").trimEnd());
    expect(page.hints).toEqual({
      title: "Speaker Met with Delegation of Examplia",
      published: "2022-03-09T16:40:00+04:00",
      category: "Speaker`s Meetings",
    });
    expect(page.url).toBe("https://parliament.example/en/news/123");
    expect(page.container).toBe("article");
  });

  it("reads JSON-LD safely and falls back to the body text when there is no <article> or <main>", () => {
    const page = htmlToCapture(fixture("json-ld-no-article.html"));
    expect(page.container).toBe("body");
    expect(page.text).toBe(fixture("json-ld-no-article.expected.txt").trimEnd());
    expect(page.hints).toEqual({
      title: "Senate President Receives Ambassador of Examplia",
      published: "2019-12-18T10:05:00+01:00",
      category: "Events",
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("htmlToCapture cases", () => {
  it.each<[string, { given: string; text: string; hints?: object }]>([
    ["entities are decoded once", { given: "<p>a &amp;lt; b &lt;i&gt; &#8212; &quot;q&quot;</p>", text: 'a &lt; b <i> — "q"' }],
    ["<br> is a line break, <p> a blank line", { given: "<p>one<br>two</p><p>three</p>", text: "one\ntwo\n\nthree" }],
    ["inline tags do not break words", { given: "<p>Sa<b>hi</b>ba <i>Gafarova</i></p>", text: "Sahiba Gafarova" }],
    ["hidden elements are dropped", { given: '<p>shown</p><div hidden>gone</div><span aria-hidden="true">gone</span>', text: "shown" }],
    ["the longest of several articles wins", { given: "<article><p>short</p></article><article><p>the longer one</p></article>", text: "the longer one" }],
    ["an <h1> outside the article still leads the capture", { given: "<h1>Title</h1><article><p>Body.</p></article>", text: "Title\n\nBody.", hints: { title: "Title" } }],
    ["a logo <h1> before the article does not become the title", { given: '<h1 class="logo">Parliament</h1><article><h1>Real title</h1><p>Body.</p></article>', text: "Real title\n\nBody.", hints: { title: "Real title" } }],
    ["a <time> without offset gives only its date", { given: '<article><time datetime="2021-04-15T21:25">x</time></article>', text: "x", hints: { published: "2021-04-15" } }],
    ["an impossible date is ignored", { given: '<meta property="article:published_time" content="2021-02-30"><p>x</p>', text: "x", hints: {} }],
    ["a javascript: canonical is not a URL", { given: '<link rel="canonical" href="javascript:alert(1)"><p>x</p>', text: "x" }],
    ["svg titles are not the page title", { given: "<svg><title>icon</title></svg><p>x</p>", text: "x", hints: {} }],
  ])("%s", (_name, { given, text, hints }) => {
    const page = htmlToCapture(given);
    expect(page.text).toBe(text);
    if (hints) expect(page.hints).toEqual(hints);
    expect(page.url).toBeUndefined();
  });
});

describe("htmlToCapture invariants", () => {
  const marker = "SCRIPTMARK";
  const textArb = fc.string({ maxLength: 20 }).map((s) => s.replace(/SCRIPTMARK/g, ""));
  const tag = fc.constantFrom("p", "div", "span", "b", "article", "main", "h1", "li", "section", "table", "td", "header", "footer");
  // Random page fragments, with script/style content that must never come through. Raw-text elements
  // end only at their own end tag, whatever markup is inside; template and noscript are parsed as
  // markup by htmlparser2, so only their well-formed content is covered here.
  const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      textArb.map((t) => t.replace(/[<&]/g, " ")),
      fc.constantFrom("script", "style", "textarea", "iframe", "xmp").chain((hidden) =>
        fc.constantFrom(
          `<${hidden}>${marker} var a = "</p><p>${marker}</div><${hidden}>";</${hidden}>`,
          `<${hidden} type="text/javascript">/*<![CDATA[*/ ${marker} /*]]>*/</${hidden}>`,
          `<${hidden.toUpperCase()}>${marker}</${hidden.toUpperCase()} >`,
        ),
      ),
      fc.constantFrom("template", "noscript", "svg", "select").map((hidden) => `<${hidden}><span>${marker}</span> ${marker}</${hidden}>`),
      fc.tuple(tag, fc.array(tie("node"), { maxLength: 4 })).map(([t, kids]) => `<${t}>${kids.join("")}</${t}>`),
      fc.array(tie("node"), { maxLength: 3 }).map((kids) => `<p>${kids.join("")}`),
    ),
  })).node;

  it("never lets script, style or template content into the text or hints", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 6 }), (parts) => {
        const page = htmlToCapture(`<html><head><title>t</title></head><body>${parts.join("")}</body></html>`);
        expect(page.text).not.toContain(marker);
        expect(JSON.stringify(page.hints)).not.toContain(marker);
      }),
      { numRuns: 500 },
    );
  });

  it("yields text with no tags' markup, no blank edges and at most one blank line in a row", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 6 }), (parts) => {
        const { text } = htmlToCapture(parts.join(""));
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/\n\n\n/);
        expect(text).not.toMatch(/ \n|\n /);
      }),
      { numRuns: 300 },
    );
  });
});
