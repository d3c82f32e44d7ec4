import { describe, expectTypeOf, it } from "vitest";
import type * as FromJsonSchema from "../generated/release-json-schema.js";
import type { Meeting, Official, Parliament, Release } from "../src/index.js";

// The declarations generated from the JSON Schema (for teams without zod) and the zod-inferred types must
// be the same types in both directions; `toEqualTypeOf` fails to compile otherwise (checked by `tsc`).
describe("types generated from the JSON Schema", () => {
  it("equal the zod-inferred types", () => {
    expectTypeOf<FromJsonSchema.Release>().toEqualTypeOf<Release>();
    expectTypeOf<FromJsonSchema.Meeting>().toEqualTypeOf<Meeting>();
    expectTypeOf<FromJsonSchema.Official>().toEqualTypeOf<Official>();
    expectTypeOf<FromJsonSchema.Parliament>().toEqualTypeOf<Parliament>();
  });

  it("reject what the zod types reject", () => {
    // @ts-expect-error status is a closed enum
    expectTypeOf<{ status: "postponed" }>().toMatchTypeOf<Pick<FromJsonSchema.Meeting, "status">>();
    // @ts-expect-error closed objects: no extra keys on a Release
    const extra: FromJsonSchema.Release = { ...({} as Release), unknown: 1 };
    void extra;
  });
});
