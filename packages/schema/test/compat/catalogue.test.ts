import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compatibilityModes, diffSchemas, type CompatibilityMode } from "../../src/compat/index.js";

interface Case {
  name: string;
  old: unknown;
  new: unknown;
  /** Rule names expected, sorted (a rule appears once per difference). */
  rules: string[];
  compatible: Record<CompatibilityMode, boolean>;
  /** Paths expected among the differences, when the case pins them. */
  paths?: string[];
}

const cases = JSON.parse(readFileSync(new URL("./cases.json", import.meta.url), "utf8")) as Case[];

describe("change catalogue (test/compat/cases.json)", () => {
  it("holds at least 40 cases with unique names", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const differences = diffSchemas(c.old, c.new);
    expect(differences.map((d) => d.rule).sort()).toEqual(c.rules);
    for (const mode of compatibilityModes) {
      expect({ mode, compatible: !differences.some((d) => d.breaks[mode]) }).toEqual({ mode, compatible: c.compatible[mode] });
    }
    for (const path of c.paths ?? []) expect(differences.map((d) => d.path)).toContain(path);
  });

  it("refuses what it cannot compare faithfully, naming the place", () => {
    expect(() => diffSchemas({ $ref: "other.json#/x" }, {})).toThrow(/points outside this document/);
    expect(() => diffSchemas({ $ref: "#/$defs/missing" }, {})).toThrow(/points at nothing/);
    expect(() => diffSchemas({ $defs: { A: { $id: "https://example.org/a", type: "string" } } }, {})).toThrow(/embedded schema resources/);
    expect(() => diffSchemas("not a schema", {})).toThrow(/expected a JSON Schema/);
  });

  it("reports a change behind a $ref once, where the file writes it", () => {
    const schema = (max: number) => ({
      type: "object",
      properties: { a: { $ref: "#/$defs/Name" }, b: { type: "array", items: { $ref: "#/$defs/Name" } } },
      $defs: { Name: { type: "string", maxLength: max } },
    });
    expect(diffSchemas(schema(10), schema(5)).map((d) => [d.path, d.rule])).toEqual([["#/$defs/Name/maxLength", "MAX_LENGTH_DECREASED"]]);
  });

  it("stays linear on $ref fan-out: 20 levels of two references each (issue 10, finding 12)", () => {
    // Followed naively this is 2^20 paths (a minute, gigabytes, a million differences).
    const chain = (leaf: object) => ({
      $ref: "#/$defs/L0",
      $defs: Object.fromEntries([
        ...Array.from({ length: 20 }, (_, i) => [`L${i}`, { type: "object", properties: { a: { $ref: `#/$defs/L${i + 1}` }, b: { $ref: `#/$defs/L${i + 1}` } } }]),
        ["L20", leaf],
      ]),
    });
    const differences = diffSchemas(chain({ type: "string" }), chain({ type: "string", maxLength: 3 }));
    expect(differences.map((d) => d.path)).toEqual(["#/$defs/L20/maxLength"]);
  });

  it.each(cases.map((c) => [c.name, c] as const))("reversed: %s", (_name, c) => {
    // Swapping old and new swaps backward and forward.
    const differences = diffSchemas(c.new, c.old);
    expect(!differences.some((d) => d.breaks.backward)).toBe(c.compatible.forward);
    expect(!differences.some((d) => d.breaks.forward)).toBe(c.compatible.backward);
  });
});
