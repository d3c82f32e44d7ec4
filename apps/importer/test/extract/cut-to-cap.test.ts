import { validateRelease } from "@parlwire/schema";
import { describe, expect, it } from "vitest";
import { cutToCap } from "../../src/cut-to-cap.js";
import { importRelease } from "../../src/index.js";

describe("cutToCap", () => {
  it.each([
    ["under the cap", "abc", 5, "abc", 0],
    ["at the cap", "abcde", 5, "abcde", 0],
    ["over the cap", "abcdef", 5, "abcde", 1],
    ["astral characters count once", "😀😀😀", 3, "😀😀😀", 0],
    ["never splits a surrogate pair", "a😀😀", 2, "a😀", 1],
  ])("%s", (_name, text, max, want, warned) => {
    const warnings: { code: string; message: string }[] = [];
    expect(cutToCap(text, max, "the title", warnings)).toBe(want);
    expect(warnings).toHaveLength(warned);
  });
});

describe("caps applied by importRelease are reported", () => {
  // Was silent: a 1,551-character title came out cut to 1,000 with no warning (issue 10, item 14).
  it("warns when the title is cut to its cap", () => {
    const title = `Chair of the Milli Majlis met with ${"the Speaker of the Senate ".repeat(60)}`.trim();
    expect(title.length).toBe(1_594);
    const { release, warnings } = importRelease({ text: `${title}\n\n15 April 2021\n\nChair of the Milli Majlis Sahiba Gafarova met with Speaker John Sample.` });
    expect(release.title).toHaveLength(1_000);
    expect(warnings).toContainEqual({ code: "cut_to_cap", message: "the title has 1594 characters, over the cap of 1000; kept the first 1000" });
    expect(validateRelease(release).ok).toBe(true);
  });

  it("warns when a body paragraph is cut, and keeps the release valid", () => {
    const long = "Word ".repeat(5_000);
    const { release, warnings } = importRelease({ text: `A Title\n\n15 April 2021\n\n${long}\n\nSpeaker John Sample met with Chair Anna Berzina.` });
    expect(warnings.map((w) => w.message)).toContain("body paragraph 1 has 24999 characters, over the cap of 20000; kept the first 20000");
    expect(validateRelease(release).ok).toBe(true);
  });

  it("adds no warning to a release within every cap", () => {
    const { warnings } = importRelease({ text: "A Title\n\n15 April 2021\n\nSpeaker John Sample met with Chair Anna Berzina." });
    expect(warnings.filter((w) => w.code === "cut_to_cap")).toEqual([]);
  });
});
