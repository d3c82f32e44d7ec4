import { describe, expect, it } from "vitest";
import { resolvePosition } from "../../src/extract/resolve-position.js";
import { tokenize } from "../../src/extract/tokens.js";
import { knowledge } from "../../src/knowledge/knowledge.js";

const k = knowledge();

/** Resolves `label` as written at its first occurrence in the paragraphs (or nowhere, when absent). */
function resolveBoth(label: string, paragraphs: string[]): { label: string; resolved: string } {
  const paragraph = Math.max(0, paragraphs.findIndex((p) => p.includes(label)));
  const start = paragraphs[paragraph]?.indexOf(label) ?? -1;
  const at = start >= 0 ? { paragraph, start, end: start + label.length } : { paragraph: paragraphs.length, start: 0, end: 0 };
  return resolvePosition(label, at, { paragraphs, tokens: paragraphs.map(tokenize) }, k);
}

/** The position read in full. */
const resolve = (label: string, paragraphs: string[]) => resolveBoth(label, paragraphs).resolved;

describe("resolvePosition", () => {
  it.each([
    [
      "an organisation's acronym before a title: the title of the body the release spells out",
      "MA President",
      ["Ann Berg received the delegation of the Municipal Assembly of Belgrade led by the MA President Ana Jovic."],
      "President of the Municipal Assembly of Belgrade",
    ],
    [
      "an acronym inside a label, its expansion stopping before the person named after it",
      "Speaker of the GNA",
      ["Speaker of the Grand National Assembly of Turkey Ali Veli arrived.", "Later the Speaker of the GNA Ali Veli spoke."],
      "Speaker of the Grand National Assembly of Turkey",
    ],
    [
      "a run of acronyms is one name and stays as written",
      "Member of the IPA CIS Council",
      ["The Inter Parliamentary Assembly met; Member of the IPA CIS Council Bo Lind spoke."],
      "Member of the IPA CIS Council",
    ],
    [
      "a person's name is not an acronym's expansion; a general abbreviation is",
      "member of the WG",
      ["Wolfgang Gerhardt spoke.", "Then member of the WG Ann Berg spoke."],
      "Member of the working group",
    ],
    [
      "'the aforementioned WG of X' is the working group named before it",
      "Leader of the aforementioned WG of the Saeima",
      ["The Saeima working group for relations with Georgia held talks on 3 May.", "Leader of the aforementioned WG of the Saeima Ann Berg spoke."],
      "Leader of the Saeima working group for relations with Georgia",
    ],
    [
      "a shorter description of a body is completed from the fuller one (a date after it is not part of it)",
      "Head of the Sejm friendship group",
      ["They met the Sejm parliamentary friendship group for Armenia on 3 May.", "Head of the Sejm friendship group Bo Lind spoke."],
      "Head of the Sejm parliamentary friendship group for Armenia",
    ],
    [
      "two different bodies fit: the reference is ambiguous and stays as written",
      "Head of the friendship group",
      ["The Sejm friendship group for Armenia and the Senate friendship group for Georgia met.", "Head of the friendship group Bo Lind spoke."],
      "Head of the friendship group",
    ],
    [
      "a proper name (capitalised head) is complete as written",
      "Chair of the Foreign Affairs Committee",
      ["The Foreign Affairs Committee of the Sejm met.", "Chair of the Foreign Affairs Committee Bo Lind spoke."],
      "Chair of the Foreign Affairs Committee",
    ],
    [
      "'aforementioned' points back only: a description written after it is not used",
      "Head of the aforementioned group",
      ["Head of the aforementioned group Bo Lind spoke.", "The Sejm friendship group for Armenia met."],
      "Head of the aforementioned group",
    ],
    [
      "a capitalised head alone ('the Committee') is a reference too",
      "Chairman of the Committee",
      ["The Committee on Agrarian Policy of the Sejm met the guests.", "Chairman of the Committee Bo Lind spoke."],
      "Chairman of the Committee on Agrarian Policy of the Sejm",
    ],
    [
      "a description ends before a person's name",
      "member of the working group",
      ["Head of the working group for relations with Estonia Ann Berg opened it.", "Then member of the working group Bo Lind spoke."],
      "Member of the working group for relations with Estonia",
    ],
    [
      "capitalised words right after 'on' are the body's field, so the name is complete",
      "Chair of the Committee on Gender Equality and Child Affairs",
      ["He met the President of the IPU Committee on Middle East Questions.", "Ann Berg, Chair of the Committee on Gender Equality and Child Affairs, spoke."],
      "Chair of the Committee on Gender Equality and Child Affairs",
    ],
    [
      "a label already in full is unchanged",
      "Head of the Azerbaijan-Latvia inter-parliamentary working group",
      ["Head of the Azerbaijan-Latvia inter-parliamentary working group Ali Veli attended."],
      "Head of the Azerbaijan-Latvia inter-parliamentary working group",
    ],
  ])("%s", (_name, label, paragraphs, want) => {
    expect(resolve(label, paragraphs)).toBe(want);
  });

  it("keeps a complete label as written (acronyms and all) and gives the label of a completed reference in full", () => {
    const acronym = resolveBoth("MA President", ["Ann Berg received the delegation of the Municipal Assembly of Belgrade led by the MA President Ana Jovic."]);
    expect(acronym).toEqual({ label: "MA President", resolved: "President of the Municipal Assembly of Belgrade" });
    const reference = resolveBoth("member of the Saeima WG", ["The Saeima working group for relations with Georgia met.", "member of the Saeima WG Ann Berg spoke."]);
    expect(reference).toEqual({ label: "Member of the Saeima working group for relations with Georgia", resolved: "Member of the Saeima working group for relations with Georgia" });
  });

  it("is a pure function of the label and the release: the same input gives the same label", () => {
    const paragraphs = ["The Saeima working group for relations with Georgia met.", "member of the Saeima WG Ann Berg spoke."];
    expect(resolve("member of the Saeima WG", paragraphs)).toBe("Member of the Saeima working group for relations with Georgia");
    expect(resolve("member of the Saeima WG", paragraphs)).toBe(resolve("member of the Saeima WG", paragraphs));
  });

  it("looks up at most 20 distinct acronyms per release (each lookup reads the whole body)", () => {
    const words = ["Alpha", "Bravo", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo", "Lima", "Mike", "Oscar", "Papa", "Romeo", "Sierra", "Tango", "Victor", "Whiskey", "Yankee", "Zulu", "Quebec"];
    const paragraphs = words.map((w) => `The ${w} Regional Assembly met.`);
    const text = { paragraphs, tokens: paragraphs.map(tokenize) };
    const labels = words.map((w) => resolvePosition(`${w[0]}RA Speaker`, { paragraph: paragraphs.length, start: 0, end: 0 }, text, k).resolved);
    expect(labels.slice(0, 20)).toEqual(words.slice(0, 20).map((w) => `Speaker of the ${w} Regional Assembly`));
    expect(labels.slice(20)).toEqual(["ZRA Speaker", "QRA Speaker"]);
  });
});
