/// <reference lib="dom" />
// Search, browse and validation pages in real Chromium, axe-core and html-validate on every kind
// of page, and the screenshots .ci/run checks (test-output/<page>-1280.png and -390.png).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { HtmlValidate } from "html-validate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateRelease as precompiledValidate } from "@parlwire/schema/precompiled";
import type { Release } from "@parlwire/schema";
import { browsePath } from "../src/static-site/browse-pages.js";
import { buildSite } from "../src/static-site/build-site.js";
import { lineOfPointer } from "../src/static-site/json-lines.js";
import { executablePath, launchChromium, serveFolder } from "./chromium.js";
import { generateRelease } from "./generate-releases.js";
import { hostilePath, repoRoot, seedPath } from "./helpers.js";

const haveChromium = existsSync(executablePath);
if (!haveChromium && process.env.CI) throw new Error(`Chromium not found at ${executablePath}: browser tests never skip in CI.`);
const outputDir = fileURLToPath(new URL("../test-output/", import.meta.url));
const mediaTypes: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".xml": "application/xml" };

const seedPage = "releases/2021-04-15-chair-of-milli-majlis-sahiba-gafarova-met-with-chair-of-kazakhstan.html";
const officialPage = "officials/sahiba-gafarova.html";
const parliamentPage = "parliaments/az-milli-majlis.html";
const invalidExamples = ["semantic", "shape"].flatMap((folder) =>
  readdirSync(join(repoRoot, "examples/invalid", folder)).sort().map((name) => join(repoRoot, "examples/invalid", folder, name)),
);

// The site: the seed, the hostile fixture and 24 generated releases whose officials share surnames
// with the seed's (generated official 12 is "Sahiba Ashimbayev 12").
const work = mkdtempSync(join(tmpdir(), "parlwire-site-pages-"));
const site = join(work, "site");
const generated: Release[] = Array.from({ length: 24 }, (_, i) => generateRelease(i, { officials: 24, parliaments: 3 }));
const releasesOf = (surname: string, releases: Release[]) =>
  releases.filter((r) => r.officials.some((o) => o.name.split(" ").includes(surname))).map((r) => `releases/${r.id.slice("release:".length)}.html`);

// What `parlwire-validate --format json` reports, run from source (never a stale dist/).
function cliIssues(files: string[]): { file: string; line: number; column?: number; path?: string; code: string; message: string }[] {
  const cli = join(repoRoot, "packages/schema/src/cli/cli.ts");
  let out: string;
  try {
    out = execFileSync(process.execPath, ["--import", "tsx", "--conditions=@parlwire/source", cli, "--format", "json", ...files], { cwd: repoRoot, encoding: "utf8" });
  } catch (error) {
    out = (error as { stdout: string }).stdout; // exit status 1: something was invalid
  }
  return JSON.parse(out).issues;
}
const formatLine = (i: { line: number; column?: number; path?: string; code: string; message: string }) =>
  `${i.column ? `line ${i.line}, column ${i.column}` : `line ${i.line}`}: ${i.path ? `${i.path}: ` : ""}${i.message} [${i.code}]`;

let built: Promise<void> | undefined;
const buildOnce = () =>
  (built ??= (async () => {
    const ndjson = join(work, "generated.ndjson");
    writeFileSync(ndjson, generated.map((r) => JSON.stringify(r)).join("\n"));
    await buildSite([seedPath, hostilePath, ndjson], { out: site, baseUrl: "https://example.org/" });
  })());
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** One page of each kind, for axe, html-validate and screenshots. */
const pageKinds = {
  index: "index.html",
  release: seedPage,
  official: officialPage,
  parliament: parliamentPage,
  officials: "officials/index.html",
  parliaments: "parliaments/index.html",
  browse: "browse/index.html",
  year: browsePath("2021"),
  kind: browsePath("bilateral_meeting"),
  hostile: "releases/hostile-fixture.html",
  search: "search.html",
  validate: "validate.html",
};

describe("html-validate", () => {
  it("finds no errors on any page of the site", async () => {
    await buildOnce();
    // The rules in .htmlvalidate.json, the same file `npx html-validate` reads in .ci/run.
    const validator = new HtmlValidate(JSON.parse(readFileSync(new URL("../.htmlvalidate.json", import.meta.url), "utf8")));
    const pages = readdirSync(site, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).sort();
    expect(pages.length).toBeGreaterThan(40);
    for (const kind of Object.values(pageKinds)) expect(pages).toContain(kind.split("/").join(sep));
    const errors: string[] = [];
    for (const path of pages) {
      const report = await validator.validateString(readFileSync(join(site, path), "utf8"), path);
      for (const result of report.results) for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
    }
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!haveChromium)("search, browse and validation in Chromium", () => {
  let server: Server;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    await buildOnce();
    ({ server, origin } = await serveFolder(site, mediaTypes));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  /** A page with CSP on, recording requests, CSP violations and script errors. */
  async function open(url: string, viewport = { width: 1280, height: 900 }) {
    const context = await browser.newContext({ viewport });
    const requests: string[] = [];
    const errors: string[] = [];
    context.on("request", (r) => requests.push(r.url()));
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(() => {
      const found: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = found;
      document.addEventListener("securitypolicyviolation", (e) => found.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(url);
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    return { context, page, requests, errors, violations };
  }

  async function search(page: Page, query: string, kind = ""): Promise<string[]> {
    await page.locator("#search-form").waitFor({ state: "visible" });
    await page.selectOption("#search-kind", kind);
    await page.fill("#search-query", query);
    // The status of the previous search would satisfy the wait below at once: clear it first.
    await page.locator("#search-status").evaluate((status) => (status.textContent = ""));
    await page.click("#search-form button");
    await expect.poll(() => page.locator("#search-status").innerText(), { timeout: 15_000 }).toMatch(/result/);
    return (await page.locator("#search-results a.title").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).map((href) =>
      href.slice(origin.length + 1),
    );
  }

  /** The validation page with a report on an invalid example and the valid seed. */
  async function showReport(page: Page): Promise<void> {
    await page.locator("#validate-form").waitFor({ state: "visible" });
    await page.setInputFiles("#validate-file", [invalidExamples[0] as string, seedPath]);
    await page.locator(".report").first().waitFor();
  }

  it("lists an official's releases when their surname is searched", async () => {
    const { context, page, requests, errors, violations } = await open(`${origin}/search.html`);
    const all = [JSON.parse(readFileSync(seedPath, "utf8")) as Release, ...generated];
    const expected = releasesOf("Ashimbayev", all);
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThanOrEqual(20);
    expect((await search(page, "Ashimbayev", "release")).sort()).toEqual(expected.sort());
    expect(await search(page, "Maulen Ashimbayev", "official")).toContain("officials/maulen-ashimbayev.html");
    expect(await search(page, "Milli Majlis", "parliament")).toContain(parliamentPage);
    await page.locator("#search-results a.title").first().click();
    await page.waitForURL(`${origin}/${parliamentPage}`);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    for (const url of requests) expect(url.startsWith(`${origin}/`), url).toBe(true);
    await context.close();
  });

  it("shows hostile titles in results as text, and reads ?q= from the address", async () => {
    const { context, page, errors, violations } = await open(`${origin}/search.html?q=${encodeURIComponent("onerror alert")}`);
    await expect.poll(() => page.locator("#search-status").innerText(), { timeout: 15_000 }).toMatch(/result/);
    expect(await page.locator("#search-results a.title").first().innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator("#search-results img, #search-results script").count()).toBe(0);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says why search is unavailable from file://", async () => {
    const { context, page } = await open(pathToFileURL(join(site, "search.html")).href);
    await expect.poll(() => page.locator("#search-status").innerText()).toMatch(/web server/);
    await context.close();
  });

  it("browses by year, newest first, and by kind of meeting", async () => {
    const { context, page } = await open(`${origin}/browse/index.html`);
    await page.locator("a", { hasText: "2021" }).first().click();
    await page.waitForURL(`${origin}/${browsePath("2021")}`);
    const links = await page.locator("main .list a.title").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const expected = [JSON.parse(readFileSync(seedPath, "utf8")) as Release, ...generated].filter((r) => r.published?.date.startsWith("2021"));
    expect(links).toHaveLength(expected.length);
    expect(links).toContain(`${origin}/${seedPage}`);
    const dates = await page.locator("main .list time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
    expect(dates).toEqual([...dates].sort().reverse());
    await page.goto(`${origin}/browse/index.html`);
    await page.locator("a", { hasText: "Official visits" }).click();
    await page.waitForURL(`${origin}/${browsePath("official_visit")}`);
    const visits = generated.filter((r) => r.meetings.some((m) => m.kind === "official_visit"));
    expect(await page.locator("main .list a.title").count()).toBe(visits.length);
    expect(await page.locator("h1").innerText()).toBe("Official visits");
    await context.close();
  });

  it("validates each invalid example exactly as parlwire-validate --format json does, from file:// and with nothing sent", async () => {
    const expected = cliIssues(invalidExamples);
    const { context, page, requests, errors, violations } = await open(pathToFileURL(join(site, "validate.html")).href);
    await page.locator("#validate-form").waitFor({ state: "visible" });
    const mismatches: string[] = [];
    for (const file of invalidExamples) {
      await page.setInputFiles("#validate-file", file);
      await page.locator(".report h2").filter({ hasText: file.split(sep).pop() as string }).waitFor();
      expect(await page.locator(".report").getAttribute("data-verdict")).toBe("invalid");
      const shown = await page.locator(".report .issues li").allInnerTexts();
      const want = expected.filter((i) => i.file === file).map(formatLine);
      expect(want.length, file).toBeGreaterThan(0);
      if (JSON.stringify(shown) !== JSON.stringify(want)) mismatches.push(`${relative(repoRoot, file)}\n  page: ${shown.join(" | ")}\n  cli:  ${want.join(" | ")}`);
      // Always the same as the precompiled validator in Node, located at the same line.
      const text = readFileSync(file, "utf8");
      const result = precompiledValidate(JSON.parse(text));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(shown).toEqual(result.issues.map((i) => formatLine({ ...i, line: lineOfPointer(text, i.pointer) })));
    }
    expect(mismatches).toEqual([]);
    expect(requests.every((url) => url.startsWith("file://"))).toBe(true);
    expect(requests).toHaveLength(1);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("gives each NDJSON record and pasted text its verdict, as parlwire-validate does", async () => {
    const seed = readFileSync(seedPath, "utf8");
    const duplicate = readFileSync(invalidExamples[0] as string, "utf8");
    const lines = [JSON.stringify(JSON.parse(seed)), "", "{not json", JSON.stringify(JSON.parse(duplicate)), JSON.stringify(generated[0])];
    const ndjson = join(work, "batch.ndjson");
    writeFileSync(ndjson, `${lines.join("\n")}\n`);
    const expected = cliIssues([ndjson]).map(formatLine);
    const { context, page } = await open(`${origin}/validate.html`);
    await page.locator("#validate-form").waitFor({ state: "visible" });
    await page.setInputFiles("#validate-file", ndjson);
    await page.locator(".report").waitFor();
    expect(await page.locator(".report h2").innerText()).toBe("batch.ndjson: invalid (2 of 4 releases valid)");
    expect(await page.locator(".record .verdict").allInnerTexts()).toEqual(["Line 1: valid", "Line 3: invalid", "Line 4: invalid", "Line 5: valid"]);
    // A syntax error is placed at the same line and column with the same code; the CLI's reason
    // ("expected a property name in double quotes, …") comes from a scanner the schema package does
    // not export, so the page says "not valid JSON". Every other issue is word for word the CLI's.
    const syntaxPlace = (line: string) => (line.endsWith("[invalid_json]") ? line.slice(0, line.indexOf(": ")) : line);
    expect((await page.locator(".report .issues li").allInnerTexts()).map(syntaxPlace)).toEqual(expected.map(syntaxPlace));
    expect(expected[0]).toMatch(/^line 3, column 2: .* \[invalid_json\]$/);
    await page.fill("#validate-text", seed);
    await page.click("#validate-form button");
    await expect.poll(() => page.locator(".report h2").innerText()).toBe("Pasted text: valid");
    expect(await page.locator("#validate-status").innerText()).toBe("1 input checked: all valid.");
    await context.close();
  });

  it("has no axe-core violations on any kind of page, including search results and a validation report", async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    // Injecting axe is a script the pages' CSP forbids, so this context bypasses CSP.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const [kind, path] of Object.entries(pageKinds)) {
      await page.goto(`${origin}/${path}`);
      if (kind === "search") await search(page, "Gafarova");
      if (kind === "validate") await showReport(page);
      await page.addScriptTag({ content: axeSource });
      const found = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
        return result.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
      });
      expect(found, path).toEqual([]);
    }
    await context.close();
  });

  it("saves screenshots of each page kind at 1280 and 390 px, with no sideways scrolling on a phone", async () => {
    mkdirSync(outputDir, { recursive: true });
    const shots = { index: "index.html", release: seedPage, official: officialPage, parliament: parliamentPage, search: "search.html", validate: "validate.html" };
    for (const width of [1280, 390]) {
      const { context, page } = await open(`${origin}/index.html`, { width, height: width === 390 ? 844 : 900 });
      for (const [name, path] of Object.entries(shots)) {
        await page.goto(`${origin}/${path}`);
        if (name === "search") await search(page, "Gafarova");
        if (name === "validate") await showReport(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(outputDir, `${name}-${width}.png`), fullPage: true });
        expect(readFileSync(join(outputDir, `${name}-${width}.png`)).length).toBeGreaterThan(5_000);
      }
      await context.close();
    }
  });
});
