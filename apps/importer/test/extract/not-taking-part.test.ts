import { describe, expect, it } from "vitest";
import { importRelease } from "../../src/index.js";

/** The names of every meeting's participants. */
const participants = (text: string) => importRelease({ text }).release.meetings.flatMap((m) => m.participants.map((p) => p.name));

describe("people named but not taking part", () => {
  it("someone to be briefed or informed later is only mentioned", () => {
    const names = participants(
      "Speaker meets visitors\n\nSpeaker of the Seimas Ona Vaitkute met with Speaker of the Storting Kari Lunde in Vilnius on 4 May 2024. Vaitkute said she would brief Prime Minister Jonas Petraitis on the proposals. Lunde said she will inform the President of the Storting, Ola Berg, about the talks.",
    );
    expect(names).toEqual(["Ona Vaitkute", "Kari Lunde"]);
  });

  it("a post held before ('former', 'the then') introduces someone spoken of, unless they speak or attend", () => {
    const names = participants(
      "Speaker meets visitors\n\nSpeaker of the Seimas Ona Vaitkute met with Speaker of the Storting Kari Lunde in Vilnius on 4 May 2024. The committee system, introduced under former Speaker Jonas Petraitis, was discussed. The talks were also attended by former Speaker Rasa Jurgaite.",
    );
    expect(names).toEqual(["Ona Vaitkute", "Kari Lunde", "Rasa Jurgaite"]);
  });

  it("someone who did not appear or was absent is not a participant; a bill's sponsor is only mentioned", () => {
    const names = participants(
      "Committee hears witnesses\n\nThe Committee on Health held a hearing on 6 May 2024, chaired by Hon. Mary Wanjiku. The Bill, sponsored by Hon. Peter Otieno, was considered. Hon. Otieno did not appear before the Committee. The Director of Public Health, Dr. Ann Mwangi, told the Committee the Bill was needed.",
    );
    expect(names).toContain("Mary Wanjiku");
    expect(names).toContain("Ann Mwangi");
    expect(names).not.toContain("Peter Otieno");
  });

  it("someone whose greetings are passed on does not speak, even when 'invited' follows", () => {
    const names = participants("Speakers speak by phone\n\nSpeaker Ona Vaitkute received a phone call from Speaker of the Storting Kari Lunde on 4 May 2024. Lunde conveyed to Vaitkute the greetings of the Deputy Speaker of the Storting, Mr. Ola Berg, and invited her to Oslo.");
    expect(names).toEqual(["Ona Vaitkute", "Kari Lunde"]);
  });

  it("a visit recalled from 'last spring' adds nobody", () => {
    const names = participants("Speakers meet\n\nSpeaker of the Seimas Ona Vaitkute met with Speaker of the Storting Kari Lunde in Vilnius on 4 May 2024. Vaitkute recalled the visit of President of Norway Jonas Berg to Vilnius last spring.");
    expect(names).toEqual(["Ona Vaitkute", "Kari Lunde"]);
  });
});

describe("who speaks in a statement", () => {
  it("the subject after a wire dateline's dash and after a closing quotation mark speaks", () => {
    const { release } = importRelease({ text: "President calls for release of MP\n\nOSLO, 3 May 2024 – Assembly President Kari Lunde today expressed concern over the arrest of an MP.\n\n\"This is unacceptable,\" President Lunde said." });
    expect(release.meetings[0]?.participants.map((p) => [p.name, p.role])).toEqual([["Kari Lunde", "speaker"]]);
  });
});
