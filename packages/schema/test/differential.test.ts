import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReleaseShapeSchema, validateRelease } from "../src/index.js";
import { compileShippedSchema } from "./support/ajv.js";
import { mutantRelease, validRelease } from "./support/arbitraries.js";

// zod and the shipped JSON Schema (read by ajv as another team would) must give the same verdict on
// every document. The only allowed difference is the documented semantic rules, which JSON Schema
// cannot express: so ajv is compared with zod's shape schema, and the full validator may only reject more.
const ajvRelease = compileShippedSchema("release.schema.json");
export const differentialRuns = { valid: 2_000, mutants: 8_000 };

describe("zod and the shipped JSON Schema agree", () => {
  it(`accept ${differentialRuns.valid} generated valid releases`, () => {
    fc.assert(
      fc.property(validRelease, (release) => {
        const full = validateRelease(release);
        expect(full.ok ? [] : full.issues).toEqual([]);
        expect(ajvRelease(release) ? [] : ajvRelease.errors).toEqual([]);
      }),
      { numRuns: differentialRuns.valid },
    );
  });

  it(`give the same verdict on ${differentialRuns.mutants} mutants`, () => {
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(mutantRelease, ({ doc }) => {
        const byZod = ReleaseShapeSchema.safeParse(doc).success;
        const byAjv = ajvRelease(doc);
        expect({ byZod, byAjv, errors: byAjv ? null : ajvRelease.errors?.[0] }).toMatchObject({ byZod: byAjv });
        // Semantic rules only ever reject more.
        if (validateRelease(doc).ok) expect(byAjv).toBe(true);
        verdicts[byAjv ? "valid" : "invalid"]++;
      }),
      { numRuns: differentialRuns.mutants },
    );
    // The mutants must exercise both verdicts, or the test proves little.
    expect(verdicts.invalid).toBeGreaterThan(differentialRuns.mutants / 2);
    expect(verdicts.valid).toBeGreaterThan(100);
  });
});
