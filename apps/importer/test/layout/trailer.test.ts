import { describe, expect, it } from "vitest";
import { isAddressLine, isTrailerLine, looksLikeDate, withoutAgencyCredit } from "../../src/layout/trailer.js";

describe("trailer lines", () => {
  it.each([
    "Source: Kuwait News Agency",
    "Photos: the Saeima of Latvia",
    "Feedback",
    "Tel: +92-51-9103557",
    "Phone: 631 6353, 516 9152",
    "Email: info@moib.gov.pk",
    "[email protected]",
    "Queries: [email protected]",
    "Website: http://www.moib.gov.pk",
    "https://www.riigikogu.ee/live/2/et",
    "For more information, contact:",
    "– KUNA",
    "+372 631 6353",
    "+372 631 6351, +372 5190 2288",
    "-- BERNAMA",
  ])("%s is a credit or a contact detail", (line) => {
    expect(isTrailerLine(line)).toBe(true);
  });

  it.each(["12.06.2024.", "18/12/2019", "Riigikogu Press Service", "The Milli Majlis", "Sources said the talks went well.", "Website traffic grew by 20% last year, the Speaker said.".slice(0, 10) + " grew"])(
    "%s is not",
    (line) => {
      expect(isTrailerLine(line)).toBe(false);
    },
  );

  it("reads an address among contact details, not a sentence", () => {
    expect(isAddressLine("4th Floor, Cabinet Block, Pak. Secretariat, Islamabad, Pakistan")).toBe(true);
    expect(isAddressLine("The delegation visited 3 cities, including Riga.")).toBe(false);
  });

  it("drops an agency's credit at the end of a paragraph only", () => {
    expect(withoutAgencyCredit("Both sides agreed. – KUNA")).toBe("Both sides agreed.");
    expect(withoutAgencyCredit("The KUNA agency reported it.")).toBe("The KUNA agency reported it.");
    // A wire's end mark with desk initials, and an agency credited in words after a finished sentence.
    expect(withoutAgencyCredit("Both sides agreed. (end) sa.mk")).toBe("Both sides agreed.");
    expect(withoutAgencyCredit("The bill was passed. — Bernama")).toBe("The bill was passed.");
    // A dash and a capitalised word inside an unfinished sentence are text, not a credit.
    expect(withoutAgencyCredit("Relations between Pakistan – Uzbekistan")).toBe("Relations between Pakistan – Uzbekistan");
  });

  it("sees a short date line in another language", () => {
    expect(looksLikeDate("Svētdien, 10.decembrī")).toBe(true);
    expect(looksLikeDate("Freitag, 3. März 2023")).toBe(true);
    expect(looksLikeDate("Saeima Press Service")).toBe(false);
  });
});
