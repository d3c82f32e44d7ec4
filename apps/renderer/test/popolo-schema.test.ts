import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { importRelease } from "@parlwire/importer";
import { buildSite } from "../src/static-site/build-site.js";
import { repoRoot } from "./helpers.js";

// Issue 11, item 5: the Popolo export of a site built from the dev corpus (imported here with the
// real importer) passes the Popolo schemas, checked by Python jsonschema (draft-03).
const checker = fileURLToPath(new URL("./popolo-check.py", import.meta.url));
const corpus = join(repoRoot, "../shared/corpus/dev");
const python = spawnSync("/usr/bin/python3", ["-c", "import jsonschema"]);
const skip = python.status !== 0 && !process.env.CI;
const work = mkdtempSync(join(tmpdir(), "parlwire-popolo-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function check(path: string) {
  const result = spawnSync("/usr/bin/python3", [checker, path], { encoding: "utf8" });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe.skipIf(skip)("Popolo export against the Popolo schemas (Python jsonschema)", () => {
  it("finds the errors the old export had (the check is not vacuous)", () => {
    const old = {
      persons: [{ id: "official:a", name: "A" }],
      organizations: [],
      memberships: [{ id: "membership:1", person_id: "official:a", role: "Chair" }],
      events: [{ id: "meeting:x", location: { name: "Baku", country: "AZ" }, participants: [], sources: [{ note: "release:x" }] }],
    };
    writeFileSync(join(work, "old.json"), JSON.stringify(old));
    const result = check(join(work, "old.json"));
    expect(result.code).toBe(1);
    expect(result.out).toContain("events[0].location: {'name': 'Baku', 'country': 'AZ'} is not of type 'string', 'null'");
    expect(result.out).toContain("events[0].sources[0].url: 'url' is a required property");
    expect(result.out).toContain("memberships[0].organization_id: 'organization_id' is a required property");
  });

  it("has 0 errors on a site built from ../shared/corpus/dev", async () => {
    const texts = readdirSync(corpus).filter((name) => name.endsWith(".txt")).sort();
    expect(texts.length).toBeGreaterThan(30);
    const lines: string[] = [];
    for (const name of texts) {
      try {
        lines.push(JSON.stringify(importRelease({ text: readFileSync(join(corpus, name), "utf8") }).release));
      } catch {
        // A capture the importer rejects is the importer's business; the site gets the rest.
      }
    }
    expect(lines.length).toBeGreaterThan(texts.length * 0.8);
    writeFileSync(join(work, "dev.ndjson"), lines.join("\n"));
    const out = join(work, "site");
    const summary = await buildSite([join(work, "dev.ndjson")], { out, baseUrl: "https://example.org/news/" });
    expect(summary.releases).toBe(lines.length);
    const result = check(join(out, "data/popolo.json"));
    expect(result.out).toMatch(/^0 errors \(\d+ persons, \d+ organizations, \d+ memberships, \d+ events\)$/m);
    expect(result.code).toBe(0);
    const popolo = JSON.parse(readFileSync(join(out, "data/popolo.json"), "utf8"));
    expect(popolo.events.length).toBeGreaterThan(20);
    for (const event of popolo.events) expect(event.sources.length).toBeGreaterThan(0);
  }, 120_000);
});
