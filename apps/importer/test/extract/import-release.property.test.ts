import fc from "fast-check";
import { validateRelease } from "@parlwire/schema";
import { describe, expect, it } from "vitest";
import { ImportError, importRelease } from "../../src/index.js";

// Pieces of real release prose, recombined at random: the importer must always return a valid
// Release (or an ImportError), never throw anything else, and be deterministic.
const pieces = [
  "Chair of the Milli Majlis Sahiba Gafarova",
  "had a meeting with",
  "Chairman of the Great National Assembly of Turkey Mustafa Şentop",
  "on 2 June",
  "in Baku",
  "The Press and Public Relations Department",
  "The Milli Majlis",
  "15 April 2021 | 21:25",
  "Chair`s Travels",
  "Share:",
  "the MPs Ali Veli, Ayla Demir and Cem Uslu",
  "H. E. Mr.",
  "Mrs Gafarova said",
  ",",
  ".",
  "\n",
  "\n\n",
  " ",
  "BASEL, 3 December 2014 --",
  "is a unicameral parliament that has 125 MPs elected by the majority electoral system",
  "Ş",
  "’s",
  "\u00a0",
];

const capture = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 20 })), { maxLength: 60 }).map((parts) => parts.join(" "));

describe("importRelease on arbitrary captures", () => {
  it("returns a valid Release or throws an ImportError, deterministically", () => {
    fc.assert(
      fc.property(capture, (text) => {
        let first;
        try {
          first = importRelease({ text });
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          return;
        }
        const result = validateRelease(JSON.parse(JSON.stringify(first.release)));
        expect(result.ok ? [] : result.issues).toEqual([]);
        expect(JSON.stringify(importRelease({ text }).release)).toBe(JSON.stringify(first.release));
      }),
      { numRuns: 300 },
    );
  });

  it("throws ImportError with a code for empty input", () => {
    expect(() => importRelease({ text: "   \n\n" })).toThrow(ImportError);
    try {
      importRelease({ text: "" });
    } catch (error) {
      expect((error as ImportError).code).toBe("empty");
    }
    expect(() => importRelease({ text: "Only a title" })).toThrow(/no body/);
  });

  it("warns and keeps the printed time without an offset when the time zone of the source is unknown", () => {
    const { release, warnings } = importRelease({ text: "Title\n\n15 April 2021 | 21:25\n\nThe Speaker met the delegation." });
    expect(release.published).toEqual({ date: "2021-04-15", localDateTime: "2021-04-15T21:25", asPrinted: "15 April 2021 | 21:25" });
    expect(warnings.map((w) => w.code)).toContain("unknown_source_time_zone");
  });

  it("ignores a non-http URL and says so", () => {
    const { release, warnings } = importRelease({ text: "Title\n\n1 May 2020\n\nBody.", url: "javascript:alert(1)" });
    expect(release.sources[0]?.url).toBeUndefined();
    expect(warnings.map((w) => w.code)).toContain("bad_url");
  });
});
