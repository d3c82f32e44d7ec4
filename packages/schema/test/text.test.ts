import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HttpUrlSchema, LanguageSchema, OfficialIdSchema, ReleaseShapeSchema, codePointLength, limits } from "../src/index.js";
import { seedRelease } from "./support/files.js";

describe("text caps count Unicode code points, as JSON Schema does", () => {
  it("codePointLength equals Array.from(...).length", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => {
      expect(codePointLength(s)).toBe(Array.from(s).length);
    }));
  });

  it.each([
    ["1000 ASCII characters", "x".repeat(limits.title), true],
    ["1001 ASCII characters", "x".repeat(limits.title + 1), false],
    ["1000 astral characters (2000 UTF-16 units)", "😀".repeat(limits.title), true],
    ["1001 astral characters", "😀".repeat(limits.title + 1), false],
    ["an empty string", "", false],
  ])("a title of %s → %s", (_name, title, valid) => {
    expect(ReleaseShapeSchema.safeParse({ ...seedRelease(), title }).success).toBe(valid);
  });
});

describe("urls, ids and language tags", () => {
  it.each([
    ["https://meclis.gov.az/news.php?id=276&lang=en", true], ["http://127.0.0.1:8080/", true], ["https://[::1]/x", true],
    ["javascript:alert(1)", false], ["data:text/html,<script>alert(1)</script>", false], ["JAVASCRIPT:alert(1)", false],
    ["HTTPS://example.org", false], ["ftp://example.org/", false], ["https://exa mple.org", false], ["//example.org", false], ["https://", false],
  ])("url %s → %s", (url, valid) => expect(HttpUrlSchema.safeParse(url).success).toBe(valid));

  it.each([["official:sahiba-gafarova", true], ["official:a1", true], ["official:Sahiba", false], ["official:a--b", false], ["meeting:a", false], ["official:", false]])(
    "official id %s → %s",
    (id, valid) => expect(OfficialIdSchema.safeParse(id).success).toBe(valid),
  );

  it.each([["en", true], ["az-Latn", true], ["kk-Cyrl-KZ", true], ["e", false], ["en_GB", false], ["English", false]])(
    "language %s → %s",
    (tag, valid) => expect(LanguageSchema.safeParse(tag).success).toBe(valid),
  );

  it("rejects patterns' hostile inputs fast (linear patterns)", () => {
    const hostile = `https://${"a".repeat(500_000)} `;
    const started = process.hrtime.bigint();
    expect(HttpUrlSchema.safeParse(hostile).success).toBe(false);
    expect(OfficialIdSchema.safeParse(`official:${"a-".repeat(100_000)}`).success).toBe(false);
    // Generous: catastrophic backtracking would take minutes, not this.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5);
  });
});
