import { describe, expect, it } from "vitest";
import { ReleaseValidationError, formatPath, formatPointer, parseRelease, validateRelease } from "../src/index.js";
import { seedRelease } from "./support/files.js";

describe("validateRelease", () => {
  it("returns the typed value of a valid release", () => {
    const result = validateRelease(seedRelease());
    expect(result).toEqual({ ok: true, value: seedRelease() });
  });

  it("reports every problem with a readable path, a pointer, a stable code and what was expected and found", () => {
    const doc = seedRelease() as unknown as { meetings: { participants: { official: unknown }[]; date: unknown }[]; title: unknown };
    doc.title = 42;
    doc.meetings[0]!.date = "15 April 2021";
    const result = validateRelease(doc);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { path: "title", pointer: "/title", code: "invalid_type", message: "expected a string, found number 42" },
      {
        path: "meetings[0].date",
        pointer: "/meetings/0/date",
        code: "invalid_format",
        message: 'expected a date YYYY, YYYY-MM or YYYY-MM-DD, found "15 April 2021"',
      },
    ]);
  });

  it("says which key is missing", () => {
    const { sources: _dropped, ...doc } = seedRelease();
    expect(validateRelease(doc)).toEqual({
      ok: false,
      issues: [{ path: "sources", pointer: "/sources", code: "missing_key", message: "expected an array, found nothing" }],
    });
  });

  it("checks semantic rules only on a well-shaped document", () => {
    const doc = seedRelease();
    doc.meetings[0]!.participants[0]!.official = "official:nobody";
    doc.meetings[0]!.endDate = "2021-04-01";
    const codes = validateRelease(doc);
    expect(!codes.ok && codes.issues.map((i) => [i.path, i.code])).toEqual([
      ["meetings[0].participants[0].official", "unresolved_reference"],
      ["meetings[0].endDate", "date_order"],
    ]);
  });

  it.each([
    ["a date-time on another day", { dateTime: "2021-04-16T01:00:00+04:00" }, "date_mismatch"],
    ["a date-time on the same day", { dateTime: "2021-04-15T00:00:00-12:00" }, undefined],
    ["a local date-time on another day", { localDateTime: "2021-04-14T21:25" }, "date_mismatch"],
    ["a local date-time on the same day", { localDateTime: "2021-04-15T21:25" }, undefined],
    ["a local date-time with seconds and no offset known", { localDateTime: "2021-04-15T21:25:00", dateTime: undefined, timeZone: undefined }, undefined],
    ["a local date-time with an offset", { localDateTime: "2021-04-15T21:25:00+04:00" }, "invalid_format"],
  ])("published: %s", (_name, change, code) => {
    const doc = seedRelease();
    Object.assign(doc.published!, change);
    const result = validateRelease(JSON.parse(JSON.stringify(doc)));
    expect(result.ok ? undefined : result.issues[0]?.code).toBe(code);
  });

  it.each([
    ["kind", (doc: ReturnType<typeof seedRelease>) => Object.assign(doc.meetings[0]!, { kind: "committee_meeting" }), undefined],
    ["an unknown kind", (doc: ReturnType<typeof seedRelease>) => Object.assign(doc.meetings[0]!, { kind: "summit" }), "invalid_value"],
    ["a participant role", (doc: ReturnType<typeof seedRelease>) => Object.assign(doc.meetings[0]!.participants[0]!, { role: "head_of_delegation" }), undefined],
    ["a role and a side together", (doc: ReturnType<typeof seedRelease>) => Object.assign(doc.meetings[0]!.participants[0]!, { role: "planned", side: "host" }), undefined],
    ["an unknown role", (doc: ReturnType<typeof seedRelease>) => Object.assign(doc.meetings[0]!.participants[0]!, { role: "Chair" }), "invalid_value"],
  ])("meetings: %s", (_name, change, code) => {
    const doc = seedRelease();
    change(doc);
    const result = validateRelease(doc);
    expect(result.ok ? undefined : result.issues[0]?.code).toBe(code);
  });

  it.each([
    ["its JSON Schema URL", "https://parlwire.dev/schema/v1/release.schema.json", undefined],
    ["a relative path", "./release.schema.json", "invalid_format"],
  ])("$schema: %s", (_name, value, code) => {
    const result = validateRelease({ $schema: value, ...seedRelease() });
    expect(result.ok ? undefined : result.issues[0]?.code).toBe(code);
  });

  it.each([
    ["a derived title", true, undefined],
    ["titleDerived false (only true is meaningful)", false, "invalid_value"],
    ["titleDerived as a string", "yes", "invalid_value"],
  ])("titleDerived: %s", (_name, value, code) => {
    const doc = { ...seedRelease(), titleDerived: value };
    const result = validateRelease(doc);
    expect(result.ok ? undefined : result.issues[0]?.code).toBe(code);
  });

  it("never lets __proto__ or constructor keys pollute anything", () => {
    const doc = JSON.parse(JSON.stringify(seedRelease()).replace('"language":"en"', '"language":"en","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}')) as unknown;
    const result = validateRelease(doc);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(["__proto__", "constructor"]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("rejects over-long lists without walking hostile input forever", () => {
    const doc = seedRelease() as unknown as { body: unknown[] };
    doc.body = Array.from({ length: 100_000 }, () => "x");
    const result = validateRelease(doc);
    expect(!result.ok && result.issues).toEqual([expect.objectContaining({ path: "body", code: "too_big", message: "expected at most 2000 items, found 100000" })]);
  });
});

describe("parseRelease", () => {
  it("returns the release or throws a ReleaseValidationError with a stable code", () => {
    expect(parseRelease(seedRelease()).id).toBe(seedRelease().id);
    const doc = { ...seedRelease(), language: "English" };
    expect(() => parseRelease(doc)).toThrow(ReleaseValidationError);
    try {
      parseRelease(doc);
    } catch (error) {
      expect(error).toMatchObject({ code: "PARLWIRE_INVALID_RELEASE", name: "ReleaseValidationError" });
      expect((error as Error).message).toBe('Invalid release: language: expected a BCP 47 language tag like en or az-Latn, found "English"');
    }
  });
});

describe("paths", () => {
  it.each([
    [["meetings", 0, "participants", 1, "official"], "meetings[0].participants[1].official", "/meetings/0/participants/1/official"],
    [[], "", ""],
    [["a b", "c/d", "e~f"], '["a b"]["c/d"]["e~f"]', "/a b/c~1d/e~0f"],
  ] as const)("%j → %s and %s", (path, readable, pointer) => {
    expect(formatPath(path)).toBe(readable);
    expect(formatPointer(path)).toBe(pointer);
  });
});

describe("semanticIssues", () => {
  it("checks the cross-field rules alone, in the same issue format", async () => {
    const { semanticIssues } = await import("../src/index.js");
    const doc = seedRelease();
    expect(semanticIssues(doc)).toEqual([]);
    doc.meetings[0]!.participants[1]!.official = "official:nobody";
    expect(semanticIssues(doc)).toEqual([
      {
        path: "meetings[0].participants[1].official",
        pointer: "/meetings/0/participants/1/official",
        code: "unresolved_reference",
        message: "expected the id of an official in this document, found official:nobody",
      },
    ]);
  });
});
