import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateRelease } from "@parlwire/schema";
import { buildSite } from "../src/static-site/build-site.js";
import { formatInputIssue, type InputIssue } from "../src/static-site/inputs.js";
import { generateRelease } from "./generate-releases.js";
import { hostilePath, seedPath } from "./helpers.js";

const work = mkdtempSync(join(tmpdir(), "parlwire-site-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out.sort();
}

// Inputs: the seed, the hostile fixture, an NDJSON file of generated releases with one broken
// line and one invalid release, and a duplicate of the seed.
const inputs = join(work, "inputs");
const generated = Array.from({ length: 7 }, (_, i) => generateRelease(i, { officials: 6, parliaments: 3 }));
const invalid = { ...generateRelease(99), title: "" };
writeFileSync(
  join(work, "releases.ndjson"),
  [...generated.slice(0, 3).map((r) => JSON.stringify(r)), "{not json", JSON.stringify(invalid), ...generated.slice(3).map((r) => JSON.stringify(r))].join("\n"),
);
const allInputs = [seedPath, hostilePath, join(work, "releases.ndjson"), seedPath];

describe("the static site", async () => {
  const issues: InputIssue[] = [];
  const outA = join(work, "a");
  const summary = await buildSite(allInputs, { out: outA, pageSize: 4, baseUrl: "https://example.org/sub/path/", onIssue: (i) => issues.push(i) });

  it("generated releases are valid", () => {
    for (const release of generated) expect(validateRelease(release).ok).toBe(true);
  });

  it("renders every valid release and reports the invalid ones at file:line, then keeps going", () => {
    expect(summary.releases).toBe(9);
    expect(summary.skipped).toBe(3);
    const lines = issues.map(formatInputIssue);
    expect(lines).toContainEqual(expect.stringMatching(/releases\.ndjson:4: expected a JSON document, not valid JSON$/));
    expect(lines).toContainEqual(expect.stringMatching(/releases\.ndjson:5: title: expected a non-empty string/));
    expect(lines).toContainEqual(expect.stringMatching(/\.release\.json:1: id: expected a release id not seen before/));
  });

  it("writes the pages, feeds, Popolo and sitemap", () => {
    const files = filesUnder(outA);
    for (const file of ["index.html", "pages/2.html", "pages/3.html", "releases/hostile-fixture.html", "officials/index.html", "officials/sahiba-gafarova.html", "parliaments/index.html", "parliaments/az-milli-majlis.html", "feeds/atom.xml", "feeds/rss.xml", "feeds/feed.json", "data/popolo.json", "sitemap.xml"]) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => f.startsWith("releases/"))).toHaveLength(9);
    expect(files.some((f) => f.endsWith(".tmp"))).toBe(false);
  });

  it("writes Popolo JSON for every release, events streamed through a scratch file that is removed", () => {
    const popolo = JSON.parse(readFileSync(join(outA, "data/popolo.json"), "utf8"));
    expect(popolo.events).toHaveLength(9);
    expect(popolo.persons.map((p: { id: string }) => p.id)).toContain("official:sahiba-gafarova");
    expect(popolo.memberships.length).toBeGreaterThan(0);
    expect(filesUnder(outA).some((f) => f.includes("popolo-events"))).toBe(false);
  });

  it("lists releases newest first across the index pages", () => {
    const pages = ["index.html", "pages/2.html", "pages/3.html"].map((p) => readFileSync(join(outA, p), "utf8"));
    const dates = pages.flatMap((html) => [...html.matchAll(/<li><a class="title"[^>]*>.*?<time datetime="([^"]+)"/g)].map((m) => m[1] as string));
    expect(dates).toHaveLength(9);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("links only with relative paths that exist, so it works from file:// and any sub-path", () => {
    for (const file of filesUnder(outA).filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(join(outA, file), "utf8");
      for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
        if (/^https?:/.test(href!)) continue;
        expect(href, `${file} links to ${href}`).not.toMatch(/^\/|^[a-z]+:/);
        const target = resolve(dirname(join(outA, file)), href!.split("#")[0]!);
        expect(existsSync(target), `${file} links to missing ${href}`).toBe(true);
      }
    }
  });

  it("gives an official a page listing every meeting across releases", () => {
    const official = generated[0]!.officials[0]!;
    const appearances = generated.filter((r) => r.officials.some((o) => o.id === official.id)).length;
    const html = readFileSync(join(outA, "officials", `${official.id.slice(9)}.html`), "utf8");
    expect(html).toContain(`<h2>Meetings (${appearances})</h2>`);
    expect(html.match(/Reported in <a href="\.\.\/releases\//g)).toHaveLength(appearances);
  });

  it("uses the base URL only for absolute links in feeds and the sitemap", () => {
    expect(readFileSync(join(outA, "sitemap.xml"), "utf8")).toContain("<loc>https://example.org/sub/path/releases/hostile-fixture.html</loc>");
    const feed = JSON.parse(readFileSync(join(outA, "feeds/feed.json"), "utf8"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items[0].url).toMatch(/^https:\/\/example\.org\/sub\/path\/releases\//);
  });

  it("refuses a missing input before writing anything", async () => {
    const out = join(work, "never");
    await expect(buildSite([seedPath, join(work, "missing.json")], { out })).rejects.toThrow(/cannot read .*missing\.json: no such file or folder/);
    expect(existsSync(out)).toBe(false);
  });

  it("gives byte-identical output for the same input, and removes files an earlier build left", async () => {
    const outB = join(work, "b");
    writeFileSync(join(work, "stale-seed.json"), readFileSync(seedPath));
    await buildSite([join(work, "stale-seed.json"), hostilePath], { out: outB, pageSize: 4, baseUrl: "https://example.org/sub/path/" });
    expect(filesUnder(outB)).toContain("releases/hostile-fixture.html");
    await buildSite(allInputs, { out: outB, pageSize: 4, baseUrl: "https://example.org/sub/path/" });
    const a = filesUnder(outA);
    expect(filesUnder(outB)).toEqual(a);
    for (const file of a) expect(readFileSync(join(outB, file)).equals(readFileSync(join(outA, file))), file).toBe(true);
    await buildSite([seedPath], { out: outB });
    expect(filesUnder(outB)).not.toContain("releases/hostile-fixture.html");
  });
});
