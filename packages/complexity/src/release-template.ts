import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The seed release (examples/), the shape every generated release starts from. */
export function seedRelease(): Record<string, unknown> & { body: string[]; meetings: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(fileURLToPath(new URL("../../../examples/milli-majlis-2021-04-15-gafarova-ashimbayev.release.json", import.meta.url)), "utf8"));
}

/** A copy of the seed with its own id (slug suffix `n`). */
export function releaseNumbered(n: number): ReturnType<typeof seedRelease> {
  const r = seedRelease();
  r.id = `release:2021-04-15-generated-${n}`;
  r.meetings = r.meetings.map((m, i) => ({ ...m, id: `meeting:2021-04-15-generated-${n}-${i + 1}` }));
  return r;
}
