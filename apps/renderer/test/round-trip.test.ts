import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importRelease } from "@parlwire/importer";
import { validateRelease, type Release } from "@parlwire/schema";
import { parseTextLayout, renderTextLayout } from "../src/text-layout.js";
import { seed } from "./helpers.js";

// Releases shaped like real Milli Majlis captures: prose paragraphs, a short category, a date
// line in Baku time, a signature, sometimes the boilerplate. Words include non-ASCII letters
// and the typographic apostrophe the captures use.
const words = ["parliament", "delegation", "relations", "co-operation", "Azerbaijan", "Kazakhstan", "Türkiye", "Bakı", "visit", "meeting", "committee", "friendship", "group", "discussed", "stressed", "noted", "the", "of", "and", "between", "countries’", "interparliamentary", "important", "regional", "security", "energy", "projects", "Mrs", "Gafarova", "Ashimbayev", "Şentop", "Matviyenko", "share", "shares"];
const word = fc.constantFrom(...words);
const sentence = fc
  .array(word, { minLength: 6, maxLength: 16 })
  .map((w) => `${w.join(" ")}.`.replace(/^./, (c) => c.toUpperCase()));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));
// Some titles end in a date of their own ("… 18.12.2019"), which must survive when a date line follows.
const titleDate = fc.option(fc.constantFrom(" 18.12.2019", " 15 April 2021", " - 3 December 2014"), { nil: "" });
const title = fc
  .tuple(fc.array(word, { minLength: 4, maxLength: 12 }), titleDate)
  .map(([w, date]) => `${w.map((x) => x.replace(/^./, (c) => c.toUpperCase())).join(" ")}${date}`);
const category = fc.constantFrom("Chair`s Travels", "Chair`s Meetings", "Events", "Plenary meetings", "International relations");
const department = fc.constantFrom("The Press and Public Relations Department", "The Press Service", "The International Relations Department");
const milliMajlisBoilerplate =
  "The Milli Majlis of the Republic of Azerbaijan - The state legislative power branch organ is a unicameral parliament that has 125 MPs. The MPs are elected as based on the majority electoral system by free, private and confidential vote reliant on the general, equitable and immediate suffrage. The tenure of a Milli Majlis convocation is 5 years.";
// Baku has kept +04:00 all year since 2016, so a printed local time maps back to one instant.
const published = fc
  .record({ year: fc.integer({ min: 2017, max: 2035 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) })
  .map(({ year, month, day, hour, minute }) => {
    const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
    return { date, dateTime: `${date}T${time}:00+04:00`, timeZone: "Asia/Baku" };
  });

const releaseArbitrary = fc
  .record({
    title,
    category: fc.option(category, { nil: undefined }),
    published,
    body: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    department,
    boilerplate: fc.boolean(),
  })
  .map(({ title, category, published, body, department, boilerplate }): Release => {
    const base = seed();
    return {
      ...base,
      title,
      ...(category ? { category } : { category: undefined }),
      published,
      body,
      publisher: { signature: [department, "The Milli Majlis"], department },
      boilerplate: boilerplate ? { text: milliMajlisBoilerplate } : undefined,
      meetings: [],
      officials: [],
      parliaments: [],
    };
  });

describe("text layout round trip", () => {
  it("generated releases are valid", () => {
    fc.assert(fc.property(releaseArbitrary, (release) => validateRelease(release).ok), { numRuns: 50 });
  });

  it("through the real importer: same title, category, published, body and department", () => {
    fc.assert(
      fc.property(releaseArbitrary, (release) => {
        // The layout has no place for the source; the importer is told it, as it is for real captures.
        const back = importRelease({ text: renderTextLayout(release), source: release.sources[0]?.name }).release;
        expect(back.title).toBe(release.title);
        expect(back.category).toBe(release.category);
        expect(back.published?.date).toBe(release.published?.date);
        expect(back.published?.dateTime).toBe(release.published?.dateTime);
        expect(back.body).toEqual(release.body);
        expect(back.publisher?.department).toBe(release.publisher?.department);
      }),
      { numRuns: 150 },
    );
  });

  it("through the layout's own parser contract, for any one-line strings", () => {
    const line = fc.string({ minLength: 1, maxLength: 60, unit: "grapheme" }).map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s.length > 0);
    const contract = fc.record({
      title: line,
      category: fc.option(line.filter((s) => !/^\d{1,2} [A-Z]/.test(s)), { nil: undefined }),
      published,
      body: fc.array(line, { minLength: 1, maxLength: 5 }),
      signature: fc.array(line, { minLength: 2, maxLength: 4 }),
      boilerplate: fc.option(line, { nil: undefined }),
    });
    fc.assert(
      fc.property(contract, (c) => {
        const release: Release = {
          ...seed(),
          title: c.title,
          category: c.category,
          published: c.published,
          body: c.body,
          publisher: { signature: c.signature, department: c.signature[0] },
          boilerplate: c.boilerplate ? { text: c.boilerplate } : undefined,
        };
        const parsed = parseTextLayout(renderTextLayout(release));
        expect(parsed.title).toBe(c.title);
        expect(parsed.category).toBe(c.category);
        expect(parsed.date).toBe(c.published.date);
        expect(parsed.time).toBe(c.published.dateTime.slice(11, 16));
        expect(parsed.body).toEqual(c.body);
        expect(parsed.signature?.[0]).toBe(c.signature[0]);
        expect(parsed.boilerplate).toBe(c.boilerplate);
      }),
      { numRuns: 200 },
    );
  });
});
