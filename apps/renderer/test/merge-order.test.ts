import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { validateRelease, type Release } from "@parlwire/schema";
import { renderPopolo } from "../src/popolo.js";
import { buildSite } from "../src/static-site/build-site.js";
import { generateRelease } from "./generate-releases.js";

// Issue 11, item 1: parliaments and officials merged across releases, each fact from the newest
// release stating it, so the site is byte-identical whatever order the releases come in.
const work = mkdtempSync(join(tmpdir(), "parlwire-order-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Twelve releases whose facts disagree: seats, electoral system and term differ by release, the
// same post is worded two ways, one release is undated, one meeting is undated, and one meeting
// is reported by two releases.
function corpus(): Release[] {
  const releases = Array.from({ length: 12 }, (_, i) => generateRelease(i, { officials: 5, parliaments: 3 }));
  releases.forEach((release, i) => {
    for (const parliament of release.parliaments) {
      if (i % 3 === 0) delete parliament.seats;
      else parliament.seats = { count: 100 + i };
      if (i % 2) parliament.electoralSystem = i % 4 === 1 ? "majoritarian" : "mixed";
      if (i % 5 === 2) parliament.termYears = 4 + (i % 3);
    }
    for (const official of release.officials) {
      for (const position of official.positions ?? []) position.label = i % 2 ? position.label.replace("Chair", "Speaker") : position.label;
    }
  });
  delete releases[4]?.published;
  delete releases[6]?.meetings[0]?.date;
  const copy = releases[9]?.meetings[0];
  const original = releases[3]?.meetings[0];
  if (copy && original) {
    releases[9]?.meetings.push({ ...original, status: "cancelled" });
    for (const p of original.participants) {
      const official = releases[3]?.officials.find((o) => o.id === p.official);
      if (official && !releases[9]?.officials.some((o) => o.id === official.id)) releases[9]?.officials.push(official);
      const parliament = releases[3]?.parliaments.find((x) => official?.positions?.some((pos) => pos.organization && "parliament" in pos.organization && pos.organization.parliament === x.id));
      if (parliament && !releases[9]?.parliaments.some((x) => x.id === parliament.id)) releases[9]?.parliaments.push(parliament);
    }
  }
  return releases;
}

function siteDigest(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [relative(root, join(e.parentPath, e.name)), createHash("sha256").update(readFileSync(join(e.parentPath, e.name))).digest("hex")]));
}

let builds = 0;
async function build(releases: readonly Release[]): Promise<Map<string, string>> {
  const input = join(work, `in-${builds}.ndjson`);
  const out = join(work, `site-${builds++}`);
  writeFileSync(input, releases.map((r) => JSON.stringify(r)).join("\n"));
  await buildSite([input], { out, baseUrl: "https://example.org/" });
  return siteDigest(out);
}

describe("merging is independent of input order", () => {
  const releases = corpus();

  it("the corpus is valid", () => {
    for (const release of releases) {
      const result = validateRelease(release);
      expect(result.ok ? [] : result.issues).toEqual([]);
    }
  });

  it("Popolo is the same document for every order of the releases", () => {
    const expected = JSON.stringify(renderPopolo(releases, { baseUrl: "https://example.org/" }));
    fc.assert(
      fc.property(fc.shuffledSubarray(releases, { minLength: releases.length }), (shuffled) => {
        expect(JSON.stringify(renderPopolo(shuffled, { baseUrl: "https://example.org/" }))).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });

  it("the whole site is byte-identical for shuffled inputs", async () => {
    const expected = await build(releases);
    expect(expected.size).toBeGreaterThan(20);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(releases, { minLength: releases.length }), async (shuffled) => {
        const got = await build(shuffled);
        const differing = [...expected.keys()].filter((path) => got.get(path) !== expected.get(path));
        expect(differing).toEqual([]);
        expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it("keeps the newest fact with its date, and one position per post", async () => {
    const popolo = renderPopolo(releases);
    // The newest statement of a parliament's seats wins, whatever came before or after it.
    const stated = new Map<string, { date: string; count: number }>();
    for (const release of releases) {
      for (const parliament of release.parliaments) {
        const date = release.published?.date;
        if (!parliament.seats || !date) continue;
        const known = stated.get(parliament.id);
        if (!known || date > known.date) stated.set(parliament.id, { date, count: parliament.seats.count });
      }
    }
    for (const organization of popolo.organizations) {
      const newest = stated.get(organization.id as string);
      if (newest) expect(organization.seats, organization.id as string).toBe(newest.count);
    }
    // Each official holds one post, worded "Chair" or "Speaker" by turns: one membership each.
    const perPerson = new Map<string, number>();
    for (const m of popolo.memberships) perPerson.set(m.person_id as string, (perPerson.get(m.person_id as string) ?? 0) + 1);
    for (const count of perPerson.values()) expect(count).toBe(1);
    // The meeting reported twice is as the newer release tells it.
    const twice = popolo.events.find((e) => e.id === releases[3]?.meetings[0]?.id);
    expect(twice?.status).toBe("cancelled");
    const out = join(work, "facts");
    await buildSite([join(work, "in-0.ndjson")], { out });
    const slug = (stated.keys().next().value as string).split(":")[1];
    const page = readFileSync(join(out, `parliaments/${slug}.html`), "utf8");
    expect(page).toMatch(/<dt>Seats<\/dt><dd>\d+ as of <time datetime="\d{4}-\d{2}-\d{2}">/);
  });
});
