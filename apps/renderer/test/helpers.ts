import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseRelease, type Release } from "@parlwire/schema";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const seedPath = `${repoRoot}examples/milli-majlis-2021-04-15-gafarova-ashimbayev.release.json`;
export const seedCapturePath = `${repoRoot}examples/milli-majlis-2021-04-15-gafarova-ashimbayev.txt`;
export const hostilePath = fileURLToPath(new URL("./fixtures/hostile.release.json", import.meta.url));

/** Reads and validates a Release JSON file (throws with the validation issues if invalid). */
export function loadRelease(path: string): Release {
  return parseRelease(JSON.parse(readFileSync(path, "utf8")));
}

export const seed = (): Release => loadRelease(seedPath);
export const hostile = (): Release => loadRelease(hostilePath);

/** Every string in a value, recursively: the untrusted inputs a renderer must escape. */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) allStrings(v, out);
  return out;
}
