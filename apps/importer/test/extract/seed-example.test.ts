import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateRelease } from "@parlwire/schema";
import { describe, expect, it } from "vitest";
import { importRelease } from "../../src/index.js";

const examples = fileURLToPath(new URL("../../../../examples/", import.meta.url));
const capture = readFileSync(`${examples}milli-majlis-2021-04-15-gafarova-ashimbayev.txt`, "utf8");
const example = JSON.parse(readFileSync(`${examples}milli-majlis-2021-04-15-gafarova-ashimbayev.release.json`, "utf8"));

describe("the seed capture", () => {
  const { release, warnings } = importRelease({ text: capture });

  it("imports to the hand-written example Release, field for field", () => {
    expect(JSON.parse(JSON.stringify(release))).toEqual(example);
  });

  it("serialises with the example's key order, byte for byte", () => {
    expect(`${JSON.stringify(release, null, 2)}\n`).toBe(readFileSync(`${examples}milli-majlis-2021-04-15-gafarova-ashimbayev.release.json`, "utf8"));
  });

  it("is valid under @parlwire/schema and raises no warning", () => {
    expect(validateRelease(JSON.parse(JSON.stringify(release)))).toMatchObject({ ok: true });
    expect(warnings).toEqual([]);
  });

  it("is deterministic: the same input gives the same bytes", () => {
    expect(JSON.stringify(importRelease({ text: capture }).release)).toBe(JSON.stringify(release));
  });
});
