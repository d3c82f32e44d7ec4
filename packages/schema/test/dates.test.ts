import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DateTimeSchema, LocalDateSchema, LocalDateTimeSchema, ReducedDateSchema, TimeZoneSchema, isBeforeReduced } from "../src/index.js";
import { calendarDate } from "./support/arbitraries.js";

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: string) => schema.safeParse(value).success;

describe("dates", () => {
  it.each([
    ["2021", true], ["2021-04", true], ["2021-04-15", true], ["2020-02-29", true], ["2000-02-29", true], ["1900-02-29", false],
    ["2100-02-29", false], ["2021-02-29", false], ["2021-04-31", false], ["2021-13", false], ["2021-00", false], ["21", false],
    ["2021-4-15", false], ["2021-04-15 ", false], ["15 April 2021", false],
  ])("reduced date %s → %s", (value, valid) => expect(ok(ReducedDateSchema, value)).toBe(valid));

  it("accepts exactly the real calendar days (checked against Date)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        expect(ok(LocalDateSchema, text)).toBe(real);
      }),
      { numRuns: 3_000 },
    );
    fc.assert(
      fc.property(calendarDate, (date) => {
        expect(ok(LocalDateSchema, date)).toBe(true);
      }),
    );
  });

  it.each([
    ["2021-04-15T21:25:00+04:00", true], ["2021-04-15T21:25:00Z", true], ["2021-04-15T21:25:00.123456789-03:30", true],
    ["2021-04-15T21:25:00", false], ["2021-04-15T21:25+04:00", false], ["2021-04-15t21:25:00z", false], ["2021-04-15 21:25:00Z", false],
    ["2021-04-15T24:00:00Z", false], ["2021-04-15T21:60:00Z", false], ["2021-04-15T21:25:60Z", false], ["2021-04-15T21:25:00+24:00", false],
    ["2021-04-15T21:25:00+0400", false], ["2021-02-30T00:00:00Z", false],
  ])("date-time %s → %s", (value, valid) => expect(ok(DateTimeSchema, value)).toBe(valid));

  it.each([
    ["2021-04-15T21:25", true], ["2021-04-15T21:25:00", true], ["2020-02-29T00:00", true], ["2021-04-15T23:59:59", true],
    ["2021-04-15T21:25:00+04:00", false], ["2021-04-15T21:25Z", false], ["2021-04-15T21:25:00.5", false], ["2021-04-15t21:25", false],
    ["2021-04-15 21:25", false], ["2021-04-15T24:00", false], ["2021-04-15T21:60", false], ["2021-04-15T21:25:60", false],
    ["2021-04-15T9:25", false], ["2021-02-29T10:00", false], ["2021-04-15", false], ["2021-04-15T21", false],
  ])("local date-time %s → %s", (value, valid) => expect(ok(LocalDateTimeSchema, value)).toBe(valid));

  it.each([["Asia/Baku", true], ["UTC", true], ["America/Argentina/Buenos_Aires", true], ["Etc/GMT+4", true], ["asia/baku", false], ["+04:00", false]])(
    "time zone %s → %s",
    (value, valid) => expect(ok(TimeZoneSchema, value)).toBe(valid),
  );

  it.each([
    ["2021-04-14", "2021-04-15", true], ["2021-04", "2021-04-15", false], ["2021", "2021-04-15", false], ["2021-04-16", "2021", false], ["2020-12", "2021", true],
  ])("%s is before %s: %s", (later, earlier, before) => expect(isBeforeReduced(later, earlier)).toBe(before));
});
