import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/eval/answer.js";
import { withoutPublisher } from "../../src/eval/leave-one-out.js";
import { formatSummary, summarize } from "../../src/eval/summary.js";
import { knowledge } from "../../src/knowledge/knowledge.js";

const answer = (over: Partial<Answer>): Answer => ({
  title: "T",
  published: null,
  category: null,
  department: null,
  participants: [],
  meeting_date: null,
  place: null,
  ...over,
});

describe("the headline summary", () => {
  it("counts participants by exact name and agreement on matched ones", () => {
    const expected = answer({
      participants: [
        { name: "A B", position: "Speaker", country: "Latvia" },
        { name: "C D", position: "MP", country: null },
      ],
      place: "Riga",
    });
    const found = answer({
      participants: [
        { name: "A B", position: "Speaker", country: "LV" },
        { name: "E F", position: null, country: null },
      ],
      place: "Riga, Latvia",
    });
    const s = summarize([{ expected, found }]);
    expect(s.participants).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(s.position).toEqual({ right: 1, of: 1 });
    expect(s.country).toEqual({ right: 1, of: 1 });
    expect(s.place).toEqual({ right: 1, of: 1 });
    expect(formatSummary([{ name: "all", summary: s }])).toMatch(/\| all +\|  1 \| +0\.50 \/ 0\.50 \/ 0\.50 \|/);
  });

  it("a missing import misses everything but agrees where both are empty", () => {
    const s = summarize([{ expected: answer({ title: null }), found: undefined }]);
    expect(s.title).toEqual({ right: 1, of: 1 });
  });
});

describe("leave-one-source-out knowledge", () => {
  it("drops the publisher's profiles and its parliament's known officials, and nothing else", () => {
    const k = knowledge();
    const without = withoutPublisher(k, "meclis.gov.az");
    expect(without.sources.some((s) => s.name === "meclis.gov.az")).toBe(false);
    expect(without.sources.length).toBe(k.sources.length - 1);
    expect([...without.officialsByName.values()].some((o) => o.country === "AZ")).toBe(false);
    expect(withoutPublisher(k, "unknown.example")).toBe(k);
  });
});
