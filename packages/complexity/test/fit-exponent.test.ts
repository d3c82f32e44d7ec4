import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitExponent } from "../src/fit-exponent.js";

describe("fitExponent", () => {
  it("recovers k from work c·n^k at n, 2n, 4n, 8n", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.integer({ min: 1, max: 1e6 }), (k, c, n) => {
        const sizes = [n, 2 * n, 4 * n, 8 * n];
        expect(fitExponent(sizes, sizes.map((s) => c * s ** k))).toBeCloseTo(k, 6);
      }),
    );
  });

  it.each([
    ["linear with a constant on top", [100, 200, 400, 800], [110, 210, 410, 810], [0.9, 1.0]],
    ["quadratic", [1, 2, 4, 8], [3, 12, 48, 192], [2, 2]],
  ])("%s", (_name, sizes, work, [low, high]) => {
    const k = fitExponent(sizes, work);
    expect(k).toBeGreaterThanOrEqual(low! - 1e-9);
    expect(k).toBeLessThanOrEqual(high! + 1e-9);
  });

  it("says what it expected when given too little", () => {
    expect(() => fitExponent([1], [1])).toThrow("expected two or more sizes with one work figure each, found 1 and 1");
  });
});
