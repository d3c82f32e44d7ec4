import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/eval/answer.js";
import { samePlace, samePosition } from "../../src/eval/compare.js";
import { formatTable } from "../../src/eval/format-table.js";
import { collectCases, runEval } from "../../src/eval/run-eval.js";
import { emptyScores, metrics, scoreAnswer } from "../../src/eval/score.js";

const answer = (over: Partial<Answer>): Answer => ({
  title: "T",
  published: "2021-04-15T21:25",
  category: null,
  department: null,
  participants: [],
  meeting_date: null,
  place: null,
  ...over,
});

describe("loose comparisons", () => {
  it.each([
    ["Chairman of the Great National Assembly of Turkey", "chair of Great National Assembly of Turkey", true],
    ["Chair (Speaker) of the Milli Majlis", "Chair of the Milli Majlis", true],
    ["A of X; B of Y", "B of Y; A of X", true],
    ["Chair of the Milli Majlis", "Deputy Chair of the Milli Majlis", false],
  ])("position %j ~ %j is %s", (a, b, same) => {
    expect(samePosition(a, b)).toBe(same);
  });

  it.each([
    ["Warsaw (airport), Poland", "Warsaw", true],
    ["Athens, Greece (European Conference)", "Athens", true],
    ["the Russian Federation", "Russia", true],
    ["Pakistan", "pakistan", true],
    ["Baku", "Ganja", false],
  ])("place %j ~ %j is %s", (a, b, same) => {
    expect(samePlace(a, b)).toBe(same);
  });
});

describe("scoreAnswer", () => {
  it("scores participants by exact name, then position and country on the matched pairs", () => {
    const scores = emptyScores();
    const expected = answer({
      participants: [
        { name: "Mustafa Şentop", position: "Chairman of the GNAT", country: "Turkey" },
        { name: "Ali Veli", position: "MP", country: "Azerbaijan" },
      ],
    });
    const found = answer({
      participants: [
        { name: "Mustafa Şentop", position: "Chair of the GNAT", country: "TR" },
        { name: "Veli Ali", position: "MP", country: null },
      ],
    });
    const mismatches = scoreAnswer(scores, expected, found);
    expect(scores["participants.name"]).toEqual({ tp: 1, fp: 1, fn: 1, tn: 0 });
    expect(scores["participants.position"]).toEqual({ tp: 1, fp: 1, fn: 1, tn: 0 });
    expect(scores["participants.country"]).toEqual({ tp: 1, fp: 0, fn: 1, tn: 0 });
    expect(mismatches.map((m) => m.field)).toEqual(["participants.name", "participants.name"]);
  });

  it("counts both-null as agreement, a wrong value as a false positive and a false negative", () => {
    const scores = emptyScores();
    scoreAnswer(scores, answer({ place: "Baku", category: null }), answer({ place: "Ganja", category: null }));
    expect(scores.place).toEqual({ tp: 0, fp: 1, fn: 1, tn: 0 });
    expect(scores.category).toEqual({ tp: 0, fp: 0, fn: 0, tn: 1 });
    expect(metrics(scores.place)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe("runEval", () => {
  it("scores the project's fixtures perfectly and prints a table row per field", () => {
    const dir = fileURLToPath(new URL("../fixtures/extract/", import.meta.url));
    const report = runEval(collectCases([dir]));
    expect(report.cases.every((c) => c.mismatches.length === 0 && !c.error)).toBe(true);
    const table = formatTable(report.scores);
    for (const field of ["title", "published", "category", "department", "participants.name", "participants.position", "participants.country", "meeting_date", "place"]) {
      expect(table).toMatch(new RegExp(`\\| ${field.replace(".", "\\.")} +\\|.*\\| 1\\.000 \\|$`, "m"));
    }
  });

  it("scores the seed against its Release JSON, mapped to the answer format", () => {
    const examples = fileURLToPath(new URL("../../../../examples/", import.meta.url));
    const report = runEval(collectCases([examples]));
    expect(report.cases).toHaveLength(1);
    expect(report.cases[0]?.answer).toMatch(/\.release\.json$/);
    expect(report.cases[0]?.mismatches).toEqual([]);
    expect(report.scores["participants.name"]).toEqual({ tp: 2, fp: 0, fn: 0, tn: 0 });
  });

  it("reports a bad answer file by name and JSON path, and keeps going", () => {
    const dir = mkdtempSync(join(tmpdir(), "parlwire-eval-"));
    writeFileSync(join(dir, "a.txt"), "Title\n\n1 May 2020\n\nBody.");
    writeFileSync(join(dir, "a.expected.json"), JSON.stringify({ title: 3 }));
    writeFileSync(join(dir, "b.txt"), "Title\n\n1 May 2020\n\nBody.");
    const report = runEval(collectCases([dir]));
    expect(report.cases[0]?.error).toMatch(/a\.expected\.json: title: /);
    expect(report.cases[1]?.error).toMatch(/no answer file/);
  });
});
