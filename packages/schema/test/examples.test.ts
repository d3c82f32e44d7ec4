import { describe, expect, it } from "vitest";
import { validateRelease } from "../src/index.js";
import { compileShippedSchema } from "./support/ajv.js";
import { invalidExamples, readJson, seedExamplePath } from "./support/files.js";

const ajvRelease = compileShippedSchema("release.schema.json");

describe("the seed example", () => {
  it("is valid under zod and under the shipped JSON Schema", () => {
    const doc = readJson(seedExamplePath);
    expect(validateRelease(doc)).toMatchObject({ ok: true });
    expect(ajvRelease(doc)).toBe(true);
  });

  it("uses every entity: one meeting, two officials, two parliaments, boilerplate facts", () => {
    const result = validateRelease(readJson(seedExamplePath));
    if (!result.ok) throw new Error("seed invalid");
    const release = result.value;
    expect(release.meetings).toHaveLength(1);
    expect(release.meetings[0]?.participants.map((p) => p.name)).toEqual(["Sahiba Gafarova", "Maulen Ashimbayev"]);
    expect(release.meetings[0]?.date).toBe("2021-04-15");
    expect(release.officials).toHaveLength(2);
    expect(release.parliaments.map((p) => p.country)).toEqual(["AZ", "KZ"]);
    expect(release.parliaments[0]).toMatchObject({ seats: { count: 125 }, structure: "unicameral", termYears: 5, electoralSystem: "majoritarian" });
  });
});

// Each invalid example is named for the rule it breaks; it must break that rule and no other.
const expectedCode: Record<string, string> = {
  "country-name-not-code": "invalid_format",
  "date-time-without-offset": "invalid_format",
  "impossible-date": "invalid_format",
  "javascript-url": "invalid_format",
  "no-sources": "too_small",
  "title-too-long": "too_big",
  "unknown-key": "unknown_key",
  "unknown-role": "invalid_value",
  "wrong-type": "invalid_type",
  "duplicate-id": "duplicate_id",
  "end-date-before-date": "date_order",
  "evidence-outside-paragraph": "span_out_of_range",
  "unresolved-reference": "unresolved_reference",
};

describe.each(["shape", "semantic"] as const)("invalid examples (%s)", (kind) => {
  it.each(invalidExamples(kind))("%s breaks exactly its rule", (rule, path) => {
    const result = validateRelease(readJson(path));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toEqual([expectedCode[rule]]);
  });

  it.each(invalidExamples(kind))("%s gets the documented JSON Schema verdict", (_rule, path) => {
    // Shape rules live in the JSON Schema; semantic rules are the documented difference.
    expect(ajvRelease(readJson(path))).toBe(kind === "semantic");
  });
});
