import { describe, expect, it } from "vitest";
import { importRelease } from "../../src/index.js";

describe("a committee's own hearing", () => {
  it("'The … Committee today held a public hearing' is the committee's meeting; members listed without a post are its members", () => {
    const { release } = importRelease({
      text: "Committee hears witnesses\n\nThe Committee on Roads today held a public hearing on the Highways Bill, 6 May 2024.\n\nThe sitting was chaired by Hon. Mary Wanjiku. Members present included Hon. Peter Otieno and Hon. Ann Mwangi. The Director of Highways, Mr. John Kamau, told the Committee the Bill was needed.",
    });
    const meeting = release.meetings[0]!;
    expect(meeting.kind).toBe("committee_meeting");
    const label = (name: string) => release.officials.find((o) => o.name === name)?.positions?.map((p) => p.label);
    expect(label("Peter Otieno")).toEqual(["Member of the Committee on Roads"]);
    expect(label("Ann Mwangi")).toEqual(["Member of the Committee on Roads"]);
    // A witness named with a post keeps it, and is no member.
    expect(label("John Kamau")).toEqual(["Director of Highways"]);
  });

  it("'… Committee … met under the chairmanship of' after a wire dateline with an agency tag is the committee's own meeting", () => {
    const { release } = importRelease({ text: "NA body meets\n\nIslamabad, June 11, 2025 (PPI-OT):The National Assembly Standing Committee on Roads met under the chairmanship of Mr. Ali Raza, MNA, in Parliament House today.\n\nThe meeting was attended by MNAs Ms. Sana Javed and Mr. Bilal Khan." });
    expect(release.meetings[0]?.kind).toBe("committee_meeting");
    expect(release.officials.find((o) => o.name === "Sana Javed")?.positions?.map((p) => p.label)).toEqual(["MNA", "Member of the National Assembly Standing Committee on Roads"]);
  });
});
