import { describe, expect, it } from "vitest";
import { importRelease } from "../../src/index.js";

const place = (text: string) => importRelease({ text }).release.meetings[0]?.place;

describe("a meeting held at a venue", () => {
  it("a named house or castle is the place, and its first word is not a person", () => {
    expect(place("Speakers meet\n\nSpeaker of the Seimas Ona Vaitkute met with Speaker of the Storting Kari Lunde at Stenbock House on 4 May 2024.")).toMatchObject({ name: "Stenbock House" });
    const { release } = importRelease({ text: "Speakers meet\n\nSpeaker of the Seimas Ona Vaitkute met Speaker of the Storting Kari Lunde at Trakai Castle on 4 May 2024." });
    expect(release.meetings[0]?.place).toMatchObject({ name: "Trakai Castle" });
    expect(release.meetings[0]?.participants.map((p) => p.name)).toEqual(["Ona Vaitkute", "Kari Lunde"]);
  });

  it("a venue or a body's premises followed by its city is the city, with the venue", () => {
    expect(place("Speakers meet\n\nThe IPU President, Ms. Ana Reyes, received Speaker Kari Lunde at the IPU headquarters in Geneva on 4 May 2024.")).toMatchObject({ name: "Geneva (IPU headquarters)", country: "CH" });
    expect(place("Speakers meet\n\nSpeaker Ana Reyes hosted Speaker Kari Lunde at Parliament Buildings in Nairobi on 4 May 2024.")).toMatchObject({ name: "Nairobi (Parliament Buildings)", country: "KE" });
  });

  it("'held a public hearing' opens a committee's event, with its venue", () => {
    const { release } = importRelease({ text: "Committee hears witnesses\n\nThe Committee on Health held a public hearing on the Bill on 6 May 2024 at County Hall, Parliament Buildings.\n\nThe sitting was chaired by Hon. Mary Wanjiku." });
    expect(release.meetings[0]).toMatchObject({ date: "2024-05-06", place: { name: "County Hall" } });
  });
});
