import { describe, expect, it } from "vitest";
import { expandAcronym } from "../../src/extract/acronyms.js";
import { tokenize } from "../../src/extract/tokens.js";
import { knowledge } from "../../src/knowledge/knowledge.js";

const k = knowledge();
const expand = (acronym: string, ...texts: string[]) => expandAcronym(acronym, texts.map(tokenize), texts, k);

describe("expandAcronym", () => {
  it("finds the capitalised phrase whose initials spell it, through 'of' to the end of the name", () => {
    expect(expand("LA", "the delegation of the Legislative Assembly of St Petersburg led by the LA Chairman")).toBe("Legislative Assembly of St Petersburg");
  });

  it("skips of/the/and between the spelled words", () => {
    expect(expand("GNAT", "Chairman of the Great National Assembly of Turkey spoke.")).toBe("Great National Assembly of Turkey");
  });

  it("stops before a person named right after the expansion", () => {
    expect(expand("GNA", "Speaker of the Grand National Assembly of Turkey Ali Veli arrived.")).toBe("Grand National Assembly of Turkey");
    expect(expand("GNAT", "Chairman of the Great National Assembly of Turkey Ali Veli spoke.")).toBe("Great National Assembly of Turkey");
  });

  it("does not take a person's name for an expansion", () => {
    expect(expand("WG", "Wolfgang Gerhardt spoke.")).toBeUndefined();
  });

  it("reads a definition in brackets first, and one initial per part of a hyphenated word", () => {
    expect(expand("IPU", "Members of the Inter-Parliamentary Union (IPU) met.")).toBe("Inter-Parliamentary Union");
    expect(expand("IPU", "The Inter-Parliamentary Union held its assembly.")).toBe("Inter-Parliamentary Union");
    expect(expand("NA", "the National Assembly (NA) of Zambia")).toBe("National Assembly");
    expect(expand("PACE", "a session of the Parliamentary Assembly of the Council of Europe (PACE) opened")).toBe("Parliamentary Assembly of the Council of Europe");
  });

  it("returns nothing when no phrase spells it, or for non-acronyms", () => {
    expect(expand("WG", "The working group met.")).toBeUndefined();
    expect(expand("Chair", "Chair of the Home Affairs")).toBeUndefined();
  });
});
