import { describe, expect, it } from "vitest";
import { isCaption, isChromeLine, isProperNameLine, isProseLine, isTagLine, splitCrawlerPrefix } from "../../src/layout/page-chrome.js";

describe("page furniture", () => {
  it.each([
    ["Skip to main content", true],
    ["Skip navigation", true],
    ["Logo Assembly Logo Hemicycle", true],
    ["Friday, 03 February 2023, 00:24:16 — Baku (UTC+4)", true],
    ["PR No. 42", true],
    ["/", true],
    ["NordenBladet —", true],
    ["15 April 2021 | 21:25", false],
    ["Chair`s Travels", false],
    ["Speaker of the Saeima meets Lithuanian counterpart", false],
    ["Kuwait News | Politics | Local", true],
    ["Home › News › Speaker’s Office", true],
    ["Friday | 3 March 2023 | 10:40", false],
    ["Pakistan | Uzbekistan", false],
    ["Home » Parliament", true],
    ["By KUNA", true],
    ["By Staff Reporter", true],
    ["By the Speaker of the Senate", false],
    ["25-03-2025 - 17:32", true],
  ])("%j is chrome: %s", (line, chrome) => {
    expect(isChromeLine(line)).toBe(chrome);
  });

  it("recognises captions and credits", () => {
    expect(isCaption("Mr Chungong met the ambassadors at IPU Headquarters in Geneva. ©IPU")).toBe(true);
    expect(isCaption("The Parliament logo at the Malaysian Parliament. — Picture by BERNAMA")).toBe(true);
    expect(isCaption("The Speaker met the ambassador.")).toBe(false);
  });

  it("tells a site name, a tag and prose apart", () => {
    expect(isProperNameLine("Parliamentary Assembly of Turkic States")).toBe(true);
    expect(isProperNameLine("News in brief")).toBe(false);
    expect(isProperNameLine("Committee on Foreign Affairs")).toBe(true);
    expect(isTagLine("Kenya Zambia Speakers")).toBe(true);
    expect(isTagLine("Azerbaijani MPs Will Visit Iraq")).toBe(false);
    expect(isProseLine("KUWAIT: National Assembly Speaker Marzouq Al-Ghanem received yesterday the visiting delegation of the British House of Commons.")).toBe(true);
    expect(isProseLine("Pedro Agramunt: ‘We need the voices of parliamentarians from all 47 member states in our Assembly’")).toBe(false);
    expect(isProseLine("Chair of the Milli Majlis Sahiba Gafarova Received the Ambassador of Uzbekistan to Azerbaijan Bahram Ashrafkhanov")).toBe(false);
  });

  it("splits off a crawler's date prefix, and only that", () => {
    expect(splitCrawlerPrefix(" date 2021-05-06 Islamabad, May 06, 2021")).toEqual({ text: "Islamabad, May 06, 2021", date: "2021-05-06" });
    expect(splitCrawlerPrefix("date of the visit: 2021-05-06")).toEqual({ text: "date of the visit: 2021-05-06" });
  });

  it("judges a megabyte line by its start (linear)", () => {
    const line = "Word ".repeat(200_000);
    expect(isProperNameLine(line)).toBe(false);
    expect(isProseLine(line)).toBe(false);
  });
});
