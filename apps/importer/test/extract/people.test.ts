import { describe, expect, it } from "vitest";
import { importRelease } from "../../src/index.js";

function release(body: string) {
  return importRelease({ text: `Meeting in Baku\n\n11 April 2019\n\n${body}` }).release;
}

describe("official identity", () => {
  it("gives the same id to known spelling variants across releases (Ogtay / Oktay Asadov)", () => {
    const a = release("Speaker of the Milli Mejlis Ogtay Asadov met with Speaker of the State Duma Vyacheslav Volodin on 11 April.");
    const b = release("Speaker of the Milli Majlis Oktay Asadov met with Speaker of the State Duma Vyacheslav Volodin on 11 April.");
    const id = (r: typeof a, name: string) => r.officials.find((o) => o.name === name)?.id;
    expect(id(a, "Ogtay Asadov")).toBe("official:ogtay-asadov");
    expect(id(b, "Oktay Asadov")).toBe("official:ogtay-asadov");
    expect(b.officials.find((o) => o.name === "Oktay Asadov")?.otherNames).toContainEqual({ name: "Ogtay Asadov" });
  });

  it("derives an unknown official's id from the given and family name, folded to ASCII", () => {
    const r = release("Chair of the Riigikogu Lauri Hussar met with Chairman of the Great National Assembly of Turkey Mustafa Şentop on 11 April.");
    expect(r.officials.map((o) => o.id)).toEqual(["official:lauri-hussar", "official:mustafa-sentop"]);
  });

  it("is one official however the release names them (full name, Mrs, a typo in the given name)", () => {
    const r = release(
      "Chair of the Milli Majlis Sahiba Gafarova received Ambassador of Jordan Omar Barakat Al-Nahar on 11 April. Mrs Gafarova welcomed him. Ambassador Oman Barakat Al-Nahar thanked her.",
    );
    expect(r.officials.map((o) => o.name)).toEqual(["Sahiba Gafarova", "Omar Barakat Al-Nahar"]);
    expect(r.officials[0]).toMatchObject({ honorific: "Mrs", otherNames: [{ name: "Sahibə Qafarova", language: "az" }] });
    expect(r.meetings[0]?.participants.map((p) => p.official)).toEqual(["official:sahiba-gafarova", "official:omar-barakat-al-nahar"]);
  });

  it("keeps the title as written and normalises the role (Chair / Speaker)", () => {
    const r = release("Speaker of the Milli Majlis Sahiba Gafarova met with Chair of the Senate of the Oliy Majlis Tanzila Narbayeva on 11 April.");
    expect(r.officials[0]?.positions?.[0]).toMatchObject({ label: "Speaker of the Milli Majlis", role: "head_of_parliament", country: "AZ", chamber: "single" });
    expect(r.officials[1]?.positions?.[0]).toMatchObject({ label: "Chair of the Senate of the Oliy Majlis", role: "head_of_parliament", country: "UZ", chamber: "upper" });
  });

  it("resolves a surname to the full name only the headline gives, keeping the title before it", () => {
    const { release } = importRelease({
      text: "Speaker Meets IPU President Tulia Ackson\n\n12 October 2023\n\nThe Speaker met with the IPU President Ms Ackson in Luanda on 12 October.",
    });
    expect(release.meetings[0]?.participants.map((p) => p.name)).toEqual(["Tulia Ackson"]);
    expect(release.officials[0]).toMatchObject({ name: "Tulia Ackson", honorific: "Ms", positions: [{ label: "IPU President" }] });
  });
});
