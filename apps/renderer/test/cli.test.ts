import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtmlPage } from "../src/html-page.js";
import { renderMarkdown } from "../src/markdown.js";
import { renderTextLayout } from "../src/text-layout.js";
import { buildSite } from "../src/static-site/build-site.js";
import { bundleDefines } from "../src/static-site/validate-page.js";
import { slugOf } from "../src/paths.js";
import { generateRelease } from "./generate-releases.js";
import { hostile, hostilePath, seed, seedPath } from "./helpers.js";
import packageJson from "../package.json" with { type: "json" };

// The CLI as a black box. It is bundled from source here with tsup (the source condition, and
// @parlwire/* bundled) so the test never runs a stale dist/, then run as a plain node process.
const outDir = fileURLToPath(new URL("../test-output/cli-under-test/", import.meta.url));
const cli = join(outDir, "cli.js");
const work = mkdtempSync(join(tmpdir(), "parlwire-cli-"));
beforeAll(async () => {
  const { build } = await import("tsup");
  await build({
    config: false,
    // With the release outputs worker beside it, as in dist/: a big site's pages are made on it.
    entry: {
      cli: fileURLToPath(new URL("../src/cli.ts", import.meta.url)),
      "release-outputs-worker": fileURLToPath(new URL("../src/static-site/release-outputs-worker.ts", import.meta.url)),
    },
    outDir,
    format: ["esm"],
    platform: "node",
    target: "node20",
    silent: true,
    noExternal: [/^@parlwire\//],
    // validate.html's script and its CSP worked out ahead of time, as the package build does (tsup.config.ts).
    define: await bundleDefines(),
    esbuildOptions: (options) => {
      options.conditions = ["@parlwire/source"];
    },
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("parlwire-render", () => {
  it("prints help and version", () => {
    const help = run("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: parlwire-render <command>");
    expect(run("--version").stdout).toBe(`${packageJson.version}\n`);
  });

  it("renders one release to stdout in each format", () => {
    const release = seed();
    expect(run("text", seedPath).stdout).toBe(renderTextLayout(release));
    expect(run("md", seedPath).stdout).toBe(renderMarkdown(release));
    expect(run("html", seedPath).stdout).toBe(renderHtmlPage(release));
    expect(JSON.parse(run("jsonld", seedPath).stdout)["@type"]).toBe("NewsArticle");
  });

  it("reports an invalid release as file:line: path: message and exits 1", () => {
    const bad = join(work, "bad.json");
    const release = JSON.parse(readFileSync(seedPath, "utf8"));
    release.meetings[0].participants[1].official = "official:nobody";
    writeFileSync(bad, JSON.stringify(release, null, 2));
    const result = run("html", bad);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+: meetings\\[0\\]\\.participants\\[1\\]\\.official: expected the id of an official`, "m"));
  });

  it("builds a site, skipping bad records, and says where to open it", async () => {
    const ndjson = join(work, "batch.ndjson");
    writeFileSync(ndjson, `${readFileSync(seedPath, "utf8").replace(/\n\s*/g, "")}\n{"id": 1}\n`);
    const out = join(work, "site");
    const result = run("site", ndjson, "--out", out, "--base-url", "https://example.org/news");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${ndjson}:2: id: expected a string`);
    expect(result.stdout).toContain("1 release rendered, 1 skipped");
    expect(result.stdout).toContain(`open file://${out}/index.html`);
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(readFileSync(join(out, "sitemap.xml"), "utf8")).toContain("https://example.org/news/index.html");
    // The CLI's validation page (its script bundled ahead of time) is the one a build from source
    // writes (its script bundled by esbuild when the site is built).
    const fromSource = join(work, "site-from-source");
    await buildSite([ndjson], { out: fromSource, baseUrl: "https://example.org/news", search: false });
    expect(readFileSync(join(out, "validate.html"), "utf8")).toBe(readFileSync(join(fromSource, "validate.html"), "utf8"));
  });

  // The built CLI makes release pages, feeds and Popolo on a worker thread (release-outputs-thread.ts):
  // started at once for a big input file, after 64 releases for a folder of small files.
  const releaseFiles = (root: string) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      .sort();
  it.each(["an NDJSON file", "a folder"])("makes a site's release pages, feeds and Popolo from %s on a worker thread, byte for byte as one thread does", async (form) => {
    const releases = [...Array.from({ length: 150 }, (_, i) => generateRelease(i)), hostile(), seed()];
    const input = join(work, form === "a folder" ? "big-folder" : "big.ndjson");
    if (form === "a folder") {
      mkdirSync(input);
      releases.forEach((release, i) => writeFileSync(join(input, `${String(i).padStart(3, "0")}.json`), JSON.stringify(release, null, 2)));
    } else writeFileSync(input, releases.map((release) => `${JSON.stringify(release)}\n`).join(""));
    const out = `${input}-site`;
    const result = run("site", input, "--out", out, "--no-search", "--base-url", "https://example.org/");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // The same inputs built in this process, from the TypeScript source: no worker file, one thread.
    const oneThread = `${input}-one-thread`;
    await buildSite([input], { out: oneThread, baseUrl: "https://example.org/", search: false });
    expect(releaseFiles(out)).toEqual(releaseFiles(oneThread));
    expect(releaseFiles(out).filter((file) => file.startsWith("releases/"))).toHaveLength(releases.length);
    for (const file of releaseFiles(out)) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join(oneThread, file))), file).toBe(true);
    }
  });

  it("fails naming the site folder and the page when the worker thread cannot write a release page", () => {
    const ndjson = join(work, "blocked.ndjson");
    const releases = Array.from({ length: 100 }, (_, i) => generateRelease(i));
    writeFileSync(ndjson, releases.map((release) => `${JSON.stringify(release)}\n`).join(""));
    const out = join(work, "blocked-site");
    // A non-empty folder where the 90th release's page goes: no file can be renamed over it.
    const blocked = join(out, "releases", `${slugOf((releases[89] as { id: string }).id)}.html`);
    mkdirSync(join(blocked, "inside"), { recursive: true });
    const result = run("site", ndjson, "--out", out, "--no-search", "--base-url", "https://example.org/");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`cannot write the release pages and feeds in ${out}:`);
    expect(result.stderr).toContain(blocked);
    // Nothing half-made is left: no temporary folder, no manifest of a build that failed.
    expect(existsSync(join(out, ".parlwire-tmp"))).toBe(false);
    expect(existsSync(join(out, ".parlwire-site.json"))).toBe(false);
  });

  it("merges releases into Popolo JSON", () => {
    const result = run("popolo", seedPath, hostilePath);
    expect(result.code).toBe(0);
    const popolo = JSON.parse(result.stdout);
    expect(popolo.events.map((e: { id: string }) => e.id)).toEqual([
      "meeting:2021-04-15-chair-of-milli-majlis-sahiba-gafarova-met-with-chair-of-kazakhstan-1",
      "meeting:hostile-1",
    ]);
    expect(popolo.persons).toHaveLength(4);
  });

  it("rejects usage errors with exit status 2", () => {
    expect(run().code).toBe(2);
    expect(run("html").code).toBe(2);
    expect(run("pdf", seedPath).code).toBe(2);
    expect(run("site", seedPath).stderr).toContain("needs --out DIR");
    expect(run("site", seedPath, "--out", join(work, "x"), "--base-url", "javascript:alert(1)").code).toBe(2);
    expect(run("html", join(work, "missing.json")).stderr).toContain("no such file");
  });

  // Issue 10, items 6, 8 and 13, through the shared input layer (@parlwire/cli-input).
  it("builds a site from a folder with a symlinked release, an unreadable entry and a FIFO: reports both, renders the rest", () => {
    const folder = join(work, "mixed-inputs");
    mkdirSync(join(folder, "sub"), { recursive: true });
    writeFileSync(join(folder, "sub", "a.json"), readFileSync(seedPath));
    symlinkSync(hostilePath, join(folder, "linked.json"));
    symlinkSync(join(folder, "gone.json"), join(folder, "dangling.json"));
    expect(spawnSync("mkfifo", [join(folder, "pipe.ndjson")]).status).toBe(0);
    const out = join(work, "mixed-site");
    const result = run("site", folder, "--out", out, "--base-url", "https://example.org/");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(folder, "dangling.json")}:1: cannot read: no such file or folder [input_unreadable]`);
    expect(result.stderr).toContain(`${join(folder, "pipe.ndjson")}:1: not a regular file (a FIFO)`);
    expect(result.stdout).toContain("2 releases rendered, 2 skipped");
  });

  it("refuses invalid UTF-8 with its byte offset instead of rendering U+FFFD", () => {
    const latin1 = join(work, "latin1.json");
    const text = readFileSync(seedPath, "utf8");
    writeFileSync(latin1, Buffer.concat([Buffer.from(text.slice(0, 50)), Buffer.from([0xe9]), Buffer.from(text.slice(50))]));
    const result = run("html", latin1);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${latin1}:${text.slice(0, 50).split("\n").length}: invalid UTF-8 at byte 50; expected UTF-8 text`);
  });

  it("escapes control characters of file names and input in its messages", () => {
    const evil = join(work, "evil\u001b]0;owned\u0007.ndjson");
    writeFileSync(evil, '{"id":"\u001b[2J"}\n');
    const result = run("popolo", evil);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(result.stderr).toContain("evil\\u001b]0;owned\\u0007.ndjson:1:");
  });
});
