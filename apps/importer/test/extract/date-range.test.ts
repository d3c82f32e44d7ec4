import { describe, expect, it } from "vitest";
import { importRelease } from "../../src/index.js";

const meeting = (text: string) => importRelease({ text }).release.meetings[0];

describe("a visit's range written as a start and an end", () => {
  it("'began on … and runs until …' and 'from … until …' give the end date", () => {
    expect(meeting("Delegation visits Norway\n4 June 2024\n\nA delegation led by Speaker of the Seimas Ona Vaitkute is on an official visit to Norway. The visit began on 2 June and runs until 5 June.")).toMatchObject({ date: "2024-06-02", endDate: "2024-06-05" });
    expect(meeting("Delegation visits Norway\n1 June 2024\n\nSpeaker of the Seimas Ona Vaitkute will pay an official visit to Norway from 9 June until 13 June.")).toMatchObject({ date: "2024-06-09", endDate: "2024-06-13", status: "announced" });
  });

  it("a later date that does not close a range is not an end date", () => {
    const held = meeting("Speakers meet\n4 June 2024\n\nSpeaker of the Seimas Ona Vaitkute met with Speaker of the Storting Kari Lunde on 3 June and invited her to Vilnius on 20 June.");
    expect(held).toMatchObject({ date: "2024-06-03" });
    expect(held?.endDate).toBeUndefined();
  });
});
