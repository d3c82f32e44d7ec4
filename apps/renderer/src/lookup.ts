import type { Official, Parliament, Position, Release } from "@parlwire/schema";

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
const countryCache = new Map<string, string>();

/** English name of an ISO 3166-1 alpha-2 code (`RU` → `Russia`), the code itself when unknown. */
export function countryName(code: string): string {
  let name = countryCache.get(code);
  if (name === undefined) {
    name = regionNames.of(code) ?? code;
    countryCache.set(code, name);
  }
  return name;
}

/** Officials and parliaments of one release by id (validated releases have unique ids). */
export interface ReleaseIndex {
  officials: Map<string, Official>;
  parliaments: Map<string, Parliament>;
}

export function indexRelease(release: Release): ReleaseIndex {
  return {
    officials: new Map(release.officials.map((o) => [o.id, o])),
    parliaments: new Map(release.parliaments.map((p) => [p.id, p])),
  };
}

/** The name of the body a position belongs to, resolved through the release's parliaments. */
export function organizationName(position: Position, index: ReleaseIndex): string | undefined {
  const organization = position.organization;
  if (!organization) return undefined;
  if ("parliament" in organization) return index.parliaments.get(organization.parliament)?.name;
  return organization.name;
}

/** The first position's label, the capacity an official acts in within a release. */
export function capacityOf(official: Official | undefined): string | undefined {
  return official?.positions?.[0]?.label;
}

/** Only ASCII-lowercase hyphenated words: a slug safe in any path or XML attribute. */
export function slugify(value: string): string {
  const slug = value
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "x";
}
