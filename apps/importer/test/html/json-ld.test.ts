import { describe, expect, it } from "vitest";
import { readJsonLd } from "../../src/html/json-ld.js";
import { publishedHint } from "../../src/html/published-hint.js";

describe("readJsonLd", () => {
  it("prefers a news article over the page that wraps it", () => {
    const raw = JSON.stringify({
      "@graph": [
        { "@type": "WebPage", name: "Page", datePublished: "2020-01-01" },
        { "@type": "http://schema.org/NewsArticle", headline: " Real\n headline ", datePublished: "2021-04-15" },
      ],
    });
    expect(readJsonLd(raw)).toEqual({ headline: "Real headline", datePublished: "2021-04-15" });
  });

  it.each([
    ["malformed JSON", "{"],
    ["no article type", '{"@type":"Organization","name":"x"}'],
    ["an oversized block", `{"@type":"Article","headline":"${"a".repeat(600_000)}"}`],
    ["deep nesting", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
  ])("returns nothing for %s, without throwing", (_name, raw) => {
    expect(readJsonLd(raw)).toBeUndefined();
  });

  it("drops prototype-polluting keys while parsing", () => {
    const found = readJsonLd('{"@type":"Article","headline":"h","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}');
    expect(found).toEqual({ headline: "h" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("publishedHint", () => {
  it.each([
    ["2021-04-15", "2021-04-15"],
    ["2021-04-15T21:25:00+04:00", "2021-04-15T21:25:00+04:00"],
    ["2021-04-15t21:25z", "2021-04-15T21:25:00Z"],
    ["2021-04-15 21:25:07.5 +0400", "2021-04-15T21:25:07.5+04:00"],
    ["2021-04-15T21:25", "2021-04-15"],
    ["2021-02-29", undefined],
    ["15 April 2021", undefined],
    [`x${"2021-04-15".repeat(10)}`, undefined],
  ])("%j → %j", (given, want) => {
    expect(publishedHint(given)).toBe(want);
  });
});
