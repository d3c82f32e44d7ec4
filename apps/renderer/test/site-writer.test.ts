import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { validateRelease, type Release } from "@parlwire/schema";
const temporaryFolderName = ".parlwire-tmp";
const stagingMarker = ".parlwire-new-";
import { buildSite } from "../src/static-site/build-site.js";
import { generateRelease } from "./generate-releases.js";
import { seedPath } from "./helpers.js";

// Regression tests for issue 10's site-writer findings (items 5, 7, 10, 11).
const work = mkdtempSync(join(tmpdir(), "parlwire-writer-"));
// Generous: with the search index the sites here hold thousands of files, on a shared disk.
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

// Every entry under a folder, links included but never followed.
function entriesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      out.push(relative(root, path));
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(root);
  return out.sort();
}

function writeReleases(name: string, releases: readonly Release[]): string {
  const path = join(work, name);
  writeFileSync(path, releases.map((r) => JSON.stringify(r)).join("\n"));
  return path;
}

describe("reserved output names (issue 10, item 7)", () => {
  it("gives official:index and parliament:index their own pages, and lists each URL once in the sitemap", async () => {
    const release = generateRelease(1, { officials: 4, parliaments: 2 });
    const parliament = release.parliaments[0] as Release["parliaments"][number];
    const oldParliamentId = parliament.id;
    parliament.id = "parliament:index";
    const official = release.officials[0] as Release["officials"][number];
    const oldOfficialId = official.id;
    official.id = "official:index";
    // Re-point every reference at the renamed ids.
    const text = JSON.stringify(release).replaceAll(`"${oldParliamentId}"`, '"parliament:index"').replaceAll(`"${oldOfficialId}"`, '"official:index"');
    const input = join(work, "reserved.json");
    writeFileSync(input, text);
    const out = join(work, "reserved-site");
    const issues: unknown[] = [];
    await buildSite([input], { out, baseUrl: "https://example.org/", onIssue: (i) => issues.push(i) });
    expect(issues).toEqual([]);
    // The listings are still the listings...
    expect(readFileSync(join(out, "officials/index.html"), "utf8")).toContain("<h1>Officials</h1>");
    expect(readFileSync(join(out, "parliaments/index.html"), "utf8")).toContain("<h1>Parliaments</h1>");
    // ...and the things called "index" have pages of their own, linked from the listings.
    expect(readFileSync(join(out, "officials/index_.html"), "utf8")).toContain(official.name);
    expect(readFileSync(join(out, "parliaments/index_.html"), "utf8")).toContain(parliament.name);
    expect(readFileSync(join(out, "officials/index.html"), "utf8")).toContain('href="../officials/index_.html"');
    const locs = [...readFileSync(join(out, "sitemap.xml"), "utf8").matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain("https://example.org/officials/index_.html");
  });
});

describe("symbolic links inside the output folder (issue 10, item 11)", () => {
  it("neither writes through a linked folder nor deletes through one", async () => {
    const outside = join(work, "outside");
    mkdirSync(outside);
    writeFileSync(join(outside, "keep.html"), "not the site's");
    const input = writeReleases("links.ndjson", [generateRelease(1, { officials: 4, parliaments: 2 })]);
    const out = join(work, "links-site");
    await buildSite([input, seedPath], { out });
    // Swap the real releases/ for a link to a folder outside, holding a file the old manifest lists.
    const seedPage = readdirSync(join(out, "releases")).find((name) => name.startsWith("2021-04-15"));
    expect(seedPage).toBeDefined();
    writeFileSync(join(outside, seedPage as string), "also not the site's");
    rmSync(join(out, "releases"), { recursive: true });
    symlinkSync(outside, join(out, "releases"));
    // The next build no longer has the seed, so its page is stale, and it would write releases/…
    await expect(buildSite([input], { out })).rejects.toThrow(/releases is a symbolic link/);
    expect(readdirSync(outside).sort()).toEqual(["keep.html", seedPage].sort());
    expect(readFileSync(join(outside, seedPage as string), "utf8")).toBe("also not the site's");
    // Stale-file removal alone (the manifest lists a page under the linked folder) deletes nothing outside.
    rmSync(join(out, "releases"));
    await buildSite([input], { out });
    symlinkSync(outside, join(out, "old"));
    writeFileSync(join(out, ".parlwire-site.json"), JSON.stringify({ files: ["old/keep.html", "index.html"] }));
    await buildSite([input], { out });
    expect(readFileSync(join(outside, "keep.html"), "utf8")).toBe("not the site's");
  });

  it("replaces a link planted at a page's name instead of writing through it", async () => {
    const input = writeReleases("planted.ndjson", [generateRelease(2, { officials: 4, parliaments: 2 })]);
    const out = join(work, "planted-site");
    await buildSite([input], { out });
    const victim = join(work, "victim.txt");
    writeFileSync(victim, "untouched");
    rmSync(join(out, "index.html"));
    symlinkSync(victim, join(out, "index.html"));
    await buildSite([input], { out });
    expect(readFileSync(victim, "utf8")).toBe("untouched");
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("<!DOCTYPE html>");
  });
});

// Enough releases that a build from source can be caught half-way.
const manyReleases = () => Array.from({ length: 4_000 }, (_, i) => generateRelease(i, { officials: 40, parliaments: 6 }));

function startSiteBuild(input: string, out: string, ...flags: string[]): ChildProcess {
  const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
  return spawn(process.execPath, ["--import", "tsx", "--conditions=@parlwire/source", cli, "site", input, "--out", out, ...flags], { stdio: "ignore" });
}

// Kills the build (SIGKILL: no clean-up can run) once `releases` holds 200 pages, after `check`; resolves when it has exited.
async function killHalfWay(child: ChildProcess, releases: string, check: () => void = () => {}): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (existsSync(releases) && readdirSync(releases).length > 200) {
        clearInterval(timer);
        check();
        child.kill("SIGKILL");
        resolve();
      }
    }, 20);
    child.on("exit", () => {
      clearInterval(timer);
      reject(new Error("the build finished before it could be killed"));
    });
  });
  await new Promise((resolve) => child.on("exit", resolve));
}

describe("temporary files (issue 10, items 5 and 10)", () => {
  it("leaves none after a build, and none among the published files while it runs", async () => {
    const input = writeReleases("temp.ndjson", Array.from({ length: 5 }, (_, i) => generateRelease(i, { officials: 4, parliaments: 2 })));
    const out = join(work, "temp-site");
    // A folder that exists: files are written under temporary names and renamed into place.
    mkdirSync(out);
    await buildSite([input], { out, onRelease: () => {
      // While the pass runs, temporary files exist only in the hidden folder.
      for (const entry of entriesUnder(out)) if (entry.endsWith(".tmp")) expect(entry.startsWith(`${temporaryFolderName}/`)).toBe(true);
    } });
    expect(entriesUnder(out).filter((e) => e.includes("tmp"))).toEqual([]);
  });

  it("cleans the temporary files of a killed build on the next run", async () => {
    const input = writeReleases("killed.ndjson", manyReleases());
    const out = join(work, "killed-site");
    mkdirSync(out);
    const child = startSiteBuild(input, out);
    await killHalfWay(child, join(out, "releases"));
    // The killed run left its scratch files, but only in the hidden folder.
    const leftovers = entriesUnder(out).filter((e) => e.endsWith(".tmp"));
    expect(leftovers.length).toBeGreaterThan(0);
    for (const entry of leftovers) expect(entry.startsWith(`${temporaryFolderName}/${child.pid}/`)).toBe(true);
    await buildSite([input], { out });
    expect(entriesUnder(out).filter((e) => e.includes("tmp"))).toEqual([]);
  }, 120_000);
});

describe("a new output folder", () => {
  it("is built beside its name and appears whole at the end; a killed build's is removed by the next", async () => {
    const releases = manyReleases();
    const input = writeReleases("new-folder.ndjson", releases);
    const out = join(work, "new-site");
    const child = startSiteBuild(input, out, "--no-search");
    const building = join(work, `new-site${stagingMarker}${child.pid}`);
    // While it runs the site is not at its name.
    await killHalfWay(child, join(building, "releases"), () => expect(existsSync(out)).toBe(false));
    expect(existsSync(out)).toBe(false);
    expect(existsSync(building)).toBe(true);
    const summary = await buildSite([input], { out, search: false });
    expect(summary.releases).toBe(releases.length);
    expect(readdirSync(work).filter((name) => name.startsWith(`new-site${stagingMarker}`))).toEqual([]);
    expect(readdirSync(join(out, "releases"))).toHaveLength(releases.length);
    expect(entriesUnder(out).filter((e) => e.includes("tmp"))).toEqual([]);
  }, 120_000);

  it("is removed whole when the build fails", async () => {
    const out = join(work, "failed-new-site");
    const input = writeReleases("failing.ndjson", [generateRelease(1)]);
    await expect(buildSite([input], { out, search: false, onRelease: () => {
      throw new Error("stop here");
    } })).rejects.toThrow("stop here");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(work).filter((name) => name.startsWith(`failed-new-site${stagingMarker}`))).toEqual([]);
  });
});

describe("a very large valid release (issue 10, item 5)", () => {
  // Within the schema's caps: 1,000 officials with 10 positions each, 20 meetings of 1,000
  // participants, 200 paragraphs of 20,000 characters. It used to crash `site` ("Invalid string
  // length" at 4.2 GB): every participant's page entry copied every other participant, the JSON-LD
  // described each attendee in full at every meeting, and the feeds held whole releases.
  function largeRelease(): Release {
    const base = generateRelease(3, { officials: 4, parliaments: 2 });
    const parliament = base.parliaments[0]?.id as string;
    const officials = Array.from({ length: 1_000 }, (_, o) => ({
      id: `official:person-${o}`,
      name: `Person ${o}`,
      positions: Array.from({ length: 10 }, (_, p) => ({ label: `Member of committee ${p} of the assembly`, role: "member_of_parliament" as const, organization: { parliament } })),
    }));
    const meetings = Array.from({ length: 20 }, (_, m) => ({
      id: `meeting:big-${m}`,
      status: "held" as const,
      date: "2024-01-02",
      participants: officials.map((o) => ({ official: o.id, name: o.name })),
    }));
    const paragraph = "Words of a very long release. ".repeat(666);
    return { ...base, id: "release:2024-01-02-very-large", body: Array.from({ length: 200 }, () => paragraph), meetings, officials };
  }

  it("builds, with bounded pages and feeds and no temporary files left", async () => {
    const release = largeRelease();
    expect(validateRelease(release).ok).toBe(true);
    const input = writeReleases("large.ndjson", [release, generateRelease(4, { officials: 4, parliaments: 2 })]);
    const out = join(work, "large-site");
    const summary = await buildSite([input], { out });
    expect(summary.releases).toBe(2);
    const size = (path: string) => statSync(join(out, path)).size;
    // The page holds the whole text (about 4 MB) and 20,000 participant lines; its JSON-LD describes each person once.
    expect(size("releases/2024-01-02-very-large.html")).toBeLessThan(25_000_000);
    const jsonLd = readFileSync(join(out, "releases/2024-01-02-very-large.html"), "utf8").split('<script type="application/ld+json">')[1]?.split("</script>")[0] ?? "";
    expect(JSON.parse(jsonLd).about[1].attendee[0]).toEqual({ "@type": "Person", "@id": "../officials/person-0.html#person", name: "Person 0" });
    // An official's page lists 12 names per meeting and counts the rest.
    const official = readFileSync(join(out, "officials/person-0.html"), "utf8");
    expect(official).toContain("987 others");
    expect(size("officials/person-0.html")).toBeLessThan(200_000);
    for (const feed of ["feeds/atom.xml", "feeds/rss.xml", "feeds/feed.json"]) expect(size(feed)).toBeLessThan(1_000_000);
    expect(readFileSync(join(out, "feeds/atom.xml"), "utf8")).toContain("too long for a feed");
    expect(entriesUnder(out).filter((e) => e.includes("tmp"))).toEqual([]);
  }, 120_000);
});

describe("official pages (issue 10, item 9)", () => {
  it("are paginated, 100 meetings a page, newest first, linked both ways", async () => {
    const releases = Array.from({ length: 250 }, (_, i) => generateRelease(i, { officials: 2, parliaments: 1 }));
    const out = join(work, "paged-site");
    await buildSite([writeReleases("paged.ndjson", releases)], { out });
    const slug = releases[0]?.officials[0]?.id.split(":")[1] as string;
    const first = readFileSync(join(out, `officials/${slug}.html`), "utf8");
    const third = readFileSync(join(out, `officials/${slug}/3.html`), "utf8");
    expect(existsSync(join(out, `officials/${slug}/4.html`))).toBe(false);
    expect(first.match(/<li><span class="title">/g)).toHaveLength(100);
    expect(third.match(/<li><span class="title">/g)).toHaveLength(50);
    expect(first).toContain(`href="../officials/${slug}/2.html" rel="next"`);
    expect(third).toContain(`href="../../officials/${slug}/2.html" rel="prev"`);
    expect(third).toContain("Meetings 201–250 of 250");
    const dates = (html: string) => [...html.matchAll(/<span class="title"><time datetime="([^"]+)"/g)].map((m) => m[1] as string);
    const all = [...dates(first), ...dates(readFileSync(join(out, `officials/${slug}/2.html`), "utf8")), ...dates(third)];
    expect(all).toEqual([...all].sort().reverse());
    expect(readFileSync(join(out, "sitemap.xml"), "utf8")).toContain(`officials/${slug}/3.html`);
  });
});
