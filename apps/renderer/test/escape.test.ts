import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escapeHtml, escapeMarkdown, jsonForScript, jsonText, oneLine, safeHttpUrl, stripControls, xmlSafe, yamlString } from "../src/escape.js";

describe("escapeHtml", () => {
  it.each([
    ["plain", "Milli Majlis", "Milli Majlis"],
    ["tags", "<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"],
    ["attribute breakers", `" onmouseover='x'`, "&quot; onmouseover=&#39;x&#39;"],
    ["entities stay text", "&amp; &lt; &#x3C;", "&amp;amp; &amp;lt; &amp;#x3C;"],
    ["controls are dropped, tab and line breaks kept", "a\u001b[2Jb\u0007\u0000\u0085\u009b\tc\r\nd", "a[2Jb\tc\r\nd"],
  ])("%s", (_, given, want) => expect(escapeHtml(given)).toBe(want));
});

describe("jsonForScript", () => {
  it("cannot close the script element or open a comment, and round-trips", () => {
    const value = { a: "</script><!-- ]]> & \u2028\u2029" };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("jsonText", () => {
  it("holds no raw control or line separator and round-trips", () => {
    const value = { a: "\u0000\u001b\u007f\u0085\u009f\u2028\u2029 ok" };
    const text = jsonText(value);
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
    expect(jsonForScript(value)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });
});

describe("safeHttpUrl", () => {
  it.each([
    ["https://meclis.gov.az/", "https://meclis.gov.az/"],
    ["http://example.org/a?b=c#d", "http://example.org/a?b=c#d"],
    ["javascript:alert(1)", undefined],
    ["JAVASCRIPT:alert(1)", undefined],
    ["data:text/html,<script>", undefined],
    ["file:///etc/passwd", undefined],
    ["//evil.example/", undefined],
    ["https://evil.example/\"><script>", undefined],
    [" https://example.org/", undefined],
    ["https://exa mple.org/", undefined],
  ])("%s", (given, want) => expect(safeHttpUrl(given)).toBe(want));
});

describe("xmlSafe", () => {
  it("drops characters XML 1.0 forbids and keeps the rest", () => {
    expect(xmlSafe("a\u0000b\u0008c\uFFFEd\uD800e\tf\n😀")).toBe("abcde\tf\n😀");
  });
});

describe("escapeMarkdown", () => {
  it.each([
    ["plain text stays readable", "Chair of the Milli Majlis met him.", "Chair of the Milli Majlis met him."],
    ["emphasis and code", "*a* _b_ `c`", "\\*a\\* \\_b\\_ \\`c\\`"],
    ["links and images", "[x](javascript:y) ![i](data:z)", "\\[x\\](javascript:y) \\!\\[i\\](data:z)"],
    // Entities, not backslashes: a GFM autolink swallows "\\" before "<" (issue 10, item 2).
    ["raw HTML and autolinks", "<script> <https://x>", "&lt;script&gt; &lt;https\\://x&gt;"],
    ["GFM autolink then raw HTML", "See https://a.example/<img src=x onerror=alert(1)//>", "See https\\://a.example/&lt;img src=x onerror=alert(1)//&gt;"],
    ["www autolink", "www.a.example/<b>", "www\\.a.example/&lt;b&gt;"],
    ["entities", "&amp;", "&amp;amp;"],
    ["terminal and C1 controls are dropped", "a\u001b]0;owned\u0007b\u0000c\u009bd\u007f", "a\\]0;ownedbcd"],
    ["heading at line start", "# Title", "\\# Title"],
    ["list at line start", "- item", "\\- item"],
    ["ordered list at line start", "1. item", "1\\. item"],
    ["line breaks become spaces", "a\n\n# b", "a \\# b"],
  ])("%s", (_, given, want) => expect(escapeMarkdown(given)).toBe(want));
});

describe("yamlString", () => {
  it("is one line and escapes what YAML cannot hold raw", () => {
    const text = yamlString('a"b\nc\u2028d\u007f');
    expect(text).not.toMatch(/[\n\u2028\u007f]/);
    expect(JSON.parse(text)).toBe('a"b\nc\u2028d\u007f');
  });
});

describe("oneLine", () => {
  it.each([
    ["no breaks", "  a b  ", "a b"],
    ["breaks and blank lines", "a \r\n\n  b\u2028c", "a b c"],
    // Linear, not a backtracking regex: a long run of spaces with no line break is quick.
    ["long runs of spaces", `${" ".repeat(200_000)}a${" ".repeat(200_000)}\n`, "a"],
  ])("%s", (_, given, want) => expect(oneLine(given)).toBe(want));

  it("leaves no line break and keeps every non-space character in order", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (value) => {
        const line = oneLine(value);
        expect(line).not.toMatch(/[\r\n\u2028\u2029\v\f\u0085]/);
        expect(line.replace(/\s+/g, "")).toBe(stripControls(value).replace(/\s+/g, ""));
      }),
    );
  });
});
