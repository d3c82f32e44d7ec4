import { describe, expect, it } from "vitest";
import { knowledge } from "../../src/knowledge/knowledge.js";
import { parseDateLine, parseProvenanceLine, parseWireDateline, splitGluedDate } from "../../src/layout/date-line.js";

const k = knowledge();

describe("parseDateLine", () => {
  it.each([
    ["15 April 2021 | 21:25", { year: 2021, month: 4, day: 15, hour: 21, minute: 25 }],
    ["02 June 2021 | 14:54   ", { year: 2021, month: 6, day: 2, hour: 14, minute: 54 }],
    ["15 aprel 2021 | 21:25", { year: 2021, month: 4, day: 15, hour: 21, minute: 25 }],
    ["15 апреля 2021 | 21:25", { year: 2021, month: 4, day: 15, hour: 21, minute: 25 }],
    ["11 April 2019", { year: 2019, month: 4, day: 11 }],
    ["April 3, 2013", { year: 2013, month: 4, day: 3 }],
    ["Apr 3, 2013 at 2:05 PM", { year: 2013, month: 4, day: 3, hour: 14, minute: 5 }],
    ["Wednesday, 3 December 2014", { year: 2014, month: 12, day: 3 }],
    ["18.12.2019", { year: 2019, month: 12, day: 18 }],
    ["2019-12-18", { year: 2019, month: 12, day: 18 }],
    ["Published: 1 May 2020", { year: 2020, month: 5, day: 1 }],
    ["Baku, 12 March 2020", { year: 2020, month: 3, day: 12 }],
    ["12.06.2024.", { year: 2024, month: 6, day: 12 }],
    ["25-03-2025 - 17:32", { year: 2025, month: 3, day: 25, hour: 17, minute: 32 }],
    ["07/11/2024", { year: 2024, month: 11, day: 7 }],
    ["Posted On: 19 OCT 2025 5:12PM by PIB Delhi", { year: 2025, month: 10, day: 19, hour: 17, minute: 12 }],
    ["Published on 2 May 2024 by Press Office", { year: 2024, month: 5, day: 2 }],
  ])("reads %j", (line, want) => {
    expect(parseDateLine(line, k)).toMatchObject(want);
  });

  it.each([
    "30 February 2021",
    "Chair`s Travels",
    "15 Smarch 2021",
    "The meeting took place on 15 April 2021 in Baku.",
    "25:61",
    "15 April 2021 | 25:00",
    // Day first only, and one separator throughout.
    "12-25-2025",
    "18.12-2019",
    // A byline alone is not a date.
    "By KUNA",
  ])(
    "rejects %j",
    (line) => {
      expect(parseDateLine(line, k)).toBeUndefined();
    },
  );

  it("keeps the place printed before the date, never a weekday", () => {
    expect(parseDateLine("Tbilisi, 5 September 2023", k)).toMatchObject({ day: 5, place: "Tbilisi" });
    expect(parseDateLine("Thursday, April 18, 2024", k)?.place).toBeUndefined();
  });

  it("keeps the line as printed, whitespace collapsed", () => {
    expect(parseDateLine("15 April 2021 | 21:25\u00a0\u00a0 ", k)?.asPrinted).toBe("15 April 2021 | 21:25");
  });
});

describe("parseProvenanceLine", () => {
  it.each([
    ["Met dank overgenomen van Voorzitter Europees Parlement (EP-voorzitter) i, gepubliceerd op vrijdag 24 februari 2012.", { year: 2012, month: 2, day: 24 }],
    ["Communiqué de presse du Parlement européen, publié le mardi 5 mars 2013", { year: 2013, month: 3, day: 5 }],
    ["Pressemitteilung des Bundestages, veröffentlicht am 3. März 2023", { year: 2023, month: 3, day: 3 }],
    ["Nota de prensa, publicado el 12 de mayo 2022".replace(" de mayo", " mayo"), { year: 2022, month: 5, day: 12 }],
    ["Originally published on Tuesday, March 13, 2012 by the EP Press Service", { year: 2012, month: 3, day: 13 }],
    ["Posted 18.12.2019 by admin", { year: 2019, month: 12, day: 18 }],
  ])("reads %j", (line, want) => {
    expect(parseProvenanceLine(line, k)).toMatchObject(want);
  });

  it.each(["The report was published in 2012 and discussed on 5 March.", "Gepubliceerd door de redactie.", "x".repeat(400) + " published on 5 March 2013"])("rejects %j", (line) => {
    expect(parseProvenanceLine(line, k)).toBeUndefined();
  });

  it("reads month names of other languages in date lines only, never as words a name cannot hold", () => {
    expect(parseDateLine("24 februari 2012", k)).toMatchObject({ month: 2 });
    expect(k.months.get("julio")).toBe(7);
    expect(k.proseMonths.has("julio")).toBe(false);
    expect(k.proseMonths.get("april")).toBe(4);
  });
});

describe("splitGluedDate", () => {
  it.each([
    ["Speaker Meets Delegation 18.12.2019", "Speaker Meets Delegation", 18],
    ["Speaker Meets Delegation - 3 December 2014", "Speaker Meets Delegation", 3],
  ])("splits %j", (title, rest, day) => {
    expect(splitGluedDate(title, k)).toMatchObject({ title: rest, date: { day } });
  });

  it("leaves a title that merely mentions a year alone", () => {
    expect(splitGluedDate("Milli Majlis Adopts the Budget for 2022", k)).toBeUndefined();
  });

  it("leaves a date that the headline's sentence needs", () => {
    expect(splitGluedDate("Plenary Session of the Milli Majlis on 15 April 2021", k)).toBeUndefined();
  });
});

describe("parseWireDateline", () => {
  it("reads CITY, date -- and returns the city as a name", () => {
    const text = "BASEL, 3 December 2014 -- The Secretary General met the President.";
    const wire = parseWireDateline(text, k);
    expect(wire).toMatchObject({ place: "Basel", date: { year: 2014, month: 12, day: 3 } });
    expect(wire!.offset).toBe(0);
  });

  it.each([
    ["ISLAMABAD, May 06, 2021 (PPI-OT): The committee met.", "Islamabad", { year: 2021, month: 5, day: 6 }],
    ["Islamabad, October 04, 2022 (PPI-OT):Speaker X said so.", "Islamabad", { year: 2022, month: 10, day: 4 }],
    ["KUWAIT: National Assembly Speaker X received Y.", "Kuwait", undefined],
    ["KUALA LUMPUR: The Dewan Rakyat sat.", "Kuala Lumpur", undefined],
    ["KUALA LUMPUR, April 23 — The Speaker left.", "Kuala Lumpur", undefined],
    ["KUWAIT, Jan 15 (KUNA) -- Acting Speaker X received Y.", "Kuwait", undefined],
  ])("reads the dateline of %j", (text, place, date) => {
    const wire = parseWireDateline(text, k);
    expect(wire?.place).toBe(place);
    if (date) expect(wire?.date).toMatchObject(date);
    else expect(wire?.date).toBeUndefined();
  });

  it("finds a dateline glued after a photo caption", () => {
    const text = "Staff in Copenhagen, 10 September 2021COPENHAGEN, 10 September 2021 – In an online meeting today, the Bureau met.";
    const wire = parseWireDateline(text, k);
    expect(wire).toMatchObject({ place: "Copenhagen", date: { year: 2021, month: 9, day: 10 } });
    expect(text.slice(wire!.offset)).toMatch(/^COPENHAGEN, 10 September/);
  });

  it("does not read a quoted speaker as a city", () => {
    expect(parseWireDateline("Pedro Agramunt: ‘We need the voices of all’ he said at length.", k)).toBeUndefined();
  });

  it("ignores an ordinary sentence with a dash", () => {
    expect(parseWireDateline("Mrs Gafarova, in turn, thanked him - warmly.", k)).toBeUndefined();
  });
});
