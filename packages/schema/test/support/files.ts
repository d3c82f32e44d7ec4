import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Release } from "../../src/index.js";

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const repoRoot = join(packageRoot, "..", "..");
export const examplesDir = join(repoRoot, "examples");
export const seedExamplePath = join(examplesDir, "milli-majlis-2021-04-15-gafarova-ashimbayev.release.json");

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** A fresh copy of the seed example release. */
export function seedRelease(): Release {
  return readJson(seedExamplePath) as Release;
}

/** The invalid examples of one kind, as [rule name, path]. */
export function invalidExamples(kind: "shape" | "semantic"): [string, string][] {
  const dir = join(examplesDir, "invalid", kind);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => [name.replace(".release.json", ""), join(dir, name)]);
}
