import { describe, expect, it } from "vitest";
import { knowledge } from "../../src/knowledge/knowledge.js";
import { readCaptureLayout } from "../../src/layout/capture-layout.js";
import { looksCutOff } from "../../src/layout/truncation.js";

const k = knowledge();
const read = (text: string) => readCaptureLayout(text, k, undefined);

describe("readCaptureLayout", () => {
  it("reads title, category, date line and a Share: widget line, then the body", () => {
    const layout = read("A Title\n\nChair`s Travels\n18 April 2023 | 16:54   \nShare:        \n\nFirst paragraph.\n\nSecond paragraph.\n");
    expect(layout).toMatchObject({ title: "A Title", category: "Chair`s Travels", dateSource: "date-line", body: ["First paragraph.", "Second paragraph."] });
  });

  it("ends the release at a wire's end mark: what follows (a 'Most read' list) is not body", () => {
    const layout = read("T\n\n1 June 2021\n\nThe Speaker met the Ambassador.\n\nBoth sides agreed. (end) sa.mk\n\nMost read\n\nMinister X opens new hospital");
    expect(layout?.body).toEqual(["The Speaker met the Ambassador.", "Both sides agreed. (end) sa.mk"]);
    expect(layout?.truncated).toBe(false);
    const ends = read("T\n\n1 June 2021\n\nThe Speaker met the Ambassador.\n\n-ENDS-\n\nRelated: Speaker visits Ankara");
    expect(ends?.body).toEqual(["The Speaker met the Ambassador."]);
  });

  it("skips a menu row between the headline and the date line", () => {
    expect(read("A Title\n\nKuwait News | Politics | Local\n\nA Title\n\nJanuary 15, 2023\nBody text.")).toMatchObject({ dateSource: "date-line", body: ["Body text."] });
  });

  it("skips a site name and a section above a headline that has a date line under it", () => {
    const layout = read("Skip to main content\nNational Parliament\nMedia centre\n\nSpeaker receives the Ambassador of Chile\n\n3 March 2024\n\nThe Speaker received the Ambassador of Chile.\n");
    expect(layout).toMatchObject({ title: "Speaker receives the Ambassador of Chile", category: "Media centre", dateSource: "date-line", body: ["The Speaker received the Ambassador of Chile."] });
    expect(layout?.date).toMatchObject({ year: 2024, month: 3, day: 3 });
  });

  it("takes a section line, a numeric date line and a committee's name above the headline as furniture", () => {
    const layout = read("News release\n07-11-2024 - 09:15\nCommittee on Budgets\n\nBudget MEPs debate next year's spending with national MPs\n\nOn Thursday, the Committee on Budgets held a debate with members of national parliaments on next year's spending.\n");
    expect(layout).toMatchObject({ title: "Budget MEPs debate next year's spending with national MPs", category: "News release", body: ["On Thursday, the Committee on Budgets held a debate with members of national parliaments on next year's spending."] });
    expect(layout?.date).toMatchObject({ year: 2024, month: 11, day: 7, hour: 9, minute: 15 });
  });

  it("keeps a headline that reads as a proper name when its date line follows it", () => {
    // Found by the renderer's round-trip property (seed 1271268241).
    const layout = read("Parliament Parliament Parliament Parliament\n\n01 January 2017 | 00:00\n\nParliament parliament parliament parliament parliament parliament.\n\nParliament parliament parliament parliament parliament parliament parliament parliament parliament parliament parliament parliament.\n");
    expect(layout?.title).toBe("Parliament Parliament Parliament Parliament");
  });

  it("keeps a short headline above its category and date line as the headline", () => {
    expect(read("At the Sitting\n\nPlenary meetings\n23 February 2021 | 18:53\n\nThe Speaker chaired the sitting.\n")).toMatchObject({ title: "At the Sitting", category: "Plenary meetings" });
  });

  it("finds a signature printed with its contact details in one block, and a complete release", () => {
    const layout = read("T\n\n1 June 2021\n\nThe Speaker met the Ambassador.\n\nPress Service of the Parliament\nAnna Berzina\n+371 6708 7111, +371 2920 0000\npress@parliament.example\n\nFeedback\n");
    expect(layout).toMatchObject({ body: ["The Speaker met the Ambassador."], signature: ["Press Service of the Parliament", "Anna Berzina"], truncated: false });
  });

  it("ends the release at '***' and takes an agency's credit line as a credit", () => {
    expect(read("T\n\n1 June 2021\n\nThe Speaker met the Ambassador.\n\n***\n\nAB/CD")).toMatchObject({ body: ["The Speaker met the Ambassador."], truncated: false });
    expect(read("T\n\n1 June 2021\n\nThe Speaker met the Ambassador.\n\n-- BERNAMA\n")).toMatchObject({ body: ["The Speaker met the Ambassador."], truncated: false });
  });

  it("skips a title printed again under the date", () => {
    expect(read("Same Title\n\n11 April 2019\n\nSame Title\n\nBody text.")?.body).toEqual(["Body text."]);
  });

  it("re-wraps a signature broken inside the department name", () => {
    const layout = read("T\n\n1 June 2021\n\nBody.\n\nThe Press and Public Relations\nDepartment The Milli Majlis\n");
    expect(layout?.signature).toEqual(["The Press and Public Relations Department", "The Milli Majlis"]);
    expect(layout?.body).toEqual(["Body."]);
  });

  it("accepts signature lines separated by blank lines and a trailing space", () => {
    const layout = read("T\n\n1 June 2021\n\nBody.\n\n\nThe Press and Public Relations Department \n\nThe Milli Majlis\n");
    expect(layout?.signature).toEqual(["The Press and Public Relations Department", "The Milli Majlis"]);
  });

  it("takes a date printed after the signature", () => {
    const layout = read("T\n\nBody text here.\n\nPress Service of the Parliament\n12 March 2020\n");
    expect(layout).toMatchObject({ dateSource: "after-signature", date: { year: 2020, month: 3, day: 12 }, signature: ["Press Service of the Parliament"] });
  });

  it("keeps the boilerplate out of the body and marks a cut-off one", () => {
    const layout = read("T\n\n1 June 2021\n\nBody.\n\nThe Parliament - a unicameral parliament that has 125 MPs elected by the majority electoral system for a 5 year ter");
    expect(layout?.body).toEqual(["Body."]);
    expect(layout?.boilerplate?.truncated).toBe(true);
    expect(layout?.truncated).toBe(true);
  });

  it("has no date and no category when none is printed", () => {
    const layout = read("Title only line\n\nThe body starts here and is long enough to be prose, not a category.");
    expect(layout?.date).toBeUndefined();
    expect(layout?.category).toBeUndefined();
  });

  it("re-joins hard-wrapped lines of one paragraph", () => {
    const long = "This line is long enough to be a hard-wrapped part of a paragraph and does not";
    expect(read(`T\n\n${long}\nend a sentence until here.`)?.body).toEqual([`${long} end a sentence until here.`]);
  });

  it.each([
    ["the widget label alone", "T\n\n1 June 2021\nShare:\n\nShare prices were discussed.\n", ["Share prices were discussed."]],
    ["no widget at all", "T\n\n1 June 2021\n\nShare prices were discussed.\n\nThe sides agreed.\n", ["Share prices were discussed.", "The sides agreed."]],
    ["a widget listing networks", "T\n\n1 June 2021\nShare on: Facebook | Twitter\n\nShare this view, he said.\n", ["Share this view, he said."]],
    ["no date line", "T\n\nShare prices were discussed at length by the committee members today.\n", ["Share prices were discussed at length by the committee members today."]],
    ["a category and a short first line", "T\n\nEvents\n1 June 2021\n\nShare prices rose.\n", ["Share prices rose."]],
  ])("keeps a first paragraph starting with \"Share\" (%s)", (_, text, body) => {
    expect(read(text)?.body).toEqual(body);
  });

  it.each([
    // A date line follows: the date in the title is part of the headline.
    ["Plenary Session Held On 15 April 2021\n\nPlenary meetings\n15 April 2021 | 21:25\n\nBody.", "Plenary Session Held On 15 April 2021", "date-line", 15],
    ["Plenary Session Held On 15 April 2021\n\n16 April 2021\n\nBody.", "Plenary Session Held On 15 April 2021", "date-line", 16],
    ["Speaker Meets Delegation 18.12.2019\n\n18 December 2019\nShare:\n\nBody.", "Speaker Meets Delegation 18.12.2019", "date-line", 18],
    ["Speaker Meets Delegation 15 April 2021\n\nChair`s Meetings\n15 April 2021 | 21:25\n\nBody.", "Speaker Meets Delegation 15 April 2021", "date-line", 15],
    // No date line: the glued date is the publication date.
    ["Speaker Meets Delegation 18.12.2019\n\nThe Speaker met the delegation of the Bundestag on 18 December.", "Speaker Meets Delegation", "title", 18],
    ["Speaker Receives Chair of Senate05.06.2023\n\nBody.", "Speaker Receives Chair of Senate", "title", 5],
    ["Speaker Meets Delegation - 3 December 2014\n\nShare:\n\nBody.", "Speaker Meets Delegation", "title", 3],
  ])("title and date of %j", (text, title, dateSource, day) => {
    expect(read(text)).toMatchObject({ title, dateSource, date: { day } });
  });

  it("skips the title printed again without its glued date", () => {
    const layout = read("Speaker Meets Delegation 18.12.2019\n\nSpeaker Meets Delegation\n\nBody.");
    expect(layout).toMatchObject({ title: "Speaker Meets Delegation", dateSource: "title", body: ["Body."] });
  });

  it("returns nothing for an empty capture", () => {
    expect(read(" \n\n\t\n")).toBeUndefined();
  });
});

describe("looksCutOff", () => {
  it.each([
    ["Ambassador Oman Barakat Al-Nahar said he wa", true],
    ["The sides met.", false],
    ["He said: “We agree.”", false],
    ["Is it over?", false],
    ["Other matters were discussed (see below)", true],
  ])("%j → %s", (text, cut) => {
    expect(looksCutOff(text)).toBe(cut);
  });
});
