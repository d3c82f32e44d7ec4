/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Functions passed to page.evaluate run in the browser, hence the DOM types above.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../src/static-site/build-site.js";
import { executablePath, launchChromium, recordPageCalls, serveFolder } from "./chromium.js";
import { generateRelease } from "./generate-releases.js";
import { hostilePath, seedPath } from "./helpers.js";

// Real Chromium (Debian's /usr/bin/chromium, installed by .ci/run) driven by playwright-core.
const haveChromium = existsSync(executablePath);
// In CI a missing browser is a failure, never a skip; locally without CI set it may be skipped.
const skip = !haveChromium && !process.env.CI;
if (!haveChromium && process.env.CI) {
  throw new Error(`Chromium not found at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH. Browser tests never skip in CI.`);
}

const outputDir = fileURLToPath(new URL("../test-output/", import.meta.url));
const seedPage = "releases/2021-04-15-chair-of-milli-majlis-sahiba-gafarova-met-with-chair-of-kazakhstan.html";
const hostilePage = "releases/hostile-fixture.html";
const officialPage = "officials/sahiba-gafarova.html";
const mediaTypes: Record<string, string> = { ".html": "text/html; charset=utf-8", ".xml": "application/xml", ".json": "application/json" };

describe.skipIf(skip)("the site in a real browser", () => {
  let site: string;
  let server: Server;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), "parlwire-browser-"));
    const extra = join(site, "..", `${site.split(sep).pop()}-generated.ndjson`);
    writeFileSync(extra, Array.from({ length: 5 }, (_, i) => JSON.stringify(generateRelease(i, { officials: 4, parliaments: 2 }))).join("\n"));
    await buildSite([seedPath, hostilePath, extra], { out: site, baseUrl: "https://example.org/" });
    rmSync(extra);
    ({ server, origin } = await serveFolder(site, mediaTypes));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
    if (site) rmSync(site, { recursive: true, force: true });
  });

  async function open(path: string, options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${origin}/${path}`);
    return { context, page };
  }

  it("shows the seed release's title, date, participants and body", async () => {
    const { context, page } = await open(seedPage);
    await expect(page.locator("h1").textContent()).resolves.toBe("Chair of Milli Majlis Sahiba Gafarova Met with Chair of Kazakhstan Parliament’s Senate");
    await expect(page.locator("article header time").getAttribute("datetime")).resolves.toBe("2021-04-15T21:25:00+04:00");
    expect(await page.locator("article header time").innerText()).toBe("15 April 2021, 21:25 Baku time (UTC+4)");
    const people = await page.locator(".meeting .people li").allInnerTexts();
    // The seed's meeting has a kind and its participants' roles, shown in words.
    expect(people).toEqual(["Sahiba Gafarova, Chair of the Milli Majlis (speaker)", "Maulen Ashimbayev, Chair of the Kazakhstan Parliament’s Senate (speaker)"]);
    const body = await page.locator(".body p").allInnerTexts();
    expect(body).toHaveLength(7);
    expect(body[6]).toBe("Other matters of shared interest were also talked about at the meeting.");
    await page.locator(".meeting .people a", { hasText: "Sahiba Gafarova" }).click();
    await page.waitForURL(`${origin}/${officialPage}`);
    expect(await page.locator("h1").innerText()).toContain("Sahiba Gafarova");
    await context.close();
  });

  // Twice: with the page's CSP, and with CSP bypassed to prove the escaping alone keeps it inert.
  for (const bypassCSP of [false, true]) {
    it(`runs no script, opens no dialog and requests nothing elsewhere on the hostile page${bypassCSP ? " (CSP bypassed)" : ""}`, async () => {
      const context = await browser.newContext({ bypassCSP });
      const requests: string[] = [];
      const dialogs: string[] = [];
      context.on("request", (r) => requests.push(r.url()));
      const page = await context.newPage();
      // Injected by the browser before any page script: records dialogs and calls.
      await recordPageCalls(page, dialogs);
      await page.goto(`${origin}/${hostilePage}`, { waitUntil: "load" });
      // Focus and hover everything, as a user would, to trigger any event handler that got through.
      for (const element of await page.locator("main :is(p, li, dd, h1, h2, bdi, a, time, span)").all()) {
        await element.hover({ timeout: 100 }).catch(() => {});
      }
      await page.keyboard.press("Tab");
      await page.waitForTimeout(300);
      const found = await page.evaluate(() => ({
        calls: (window as unknown as { __calls: string[] }).__calls,
        scripts: [...document.scripts].map((s) => s.type),
        active: document.querySelectorAll("iframe, img, svg, object, embed, base, form, input, style:not(head > style), meta[http-equiv=refresh]").length,
        handlers: [...document.querySelectorAll("*")].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        hrefs: [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).protocol),
        title: document.querySelector("h1")?.textContent,
      }));
      expect(found.calls).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(found.scripts).toEqual(["application/ld+json"]);
      expect(found.active).toBe(0);
      expect(found.handlers).toEqual([]);
      for (const protocol of found.hrefs) expect(["http:", "https:"]).toContain(protocol);
      expect(found.title).toContain('<script>alert("x")</script><img src=x onerror=alert(1)>');
      for (const url of requests) expect(url.startsWith(`${origin}/`), url).toBe(true);
      expect(requests).toContain(`${origin}/${hostilePage}`);
      await context.close();
    });
  }

  it("embeds JSON-LD that parses and has the schema.org types", async () => {
    const { context, page } = await open(seedPage);
    const ld = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? "null"));
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.publisher["@type"]).toBe("GovernmentOrganization");
    expect(ld.about[0]["@type"]).toBe("Event");
    expect(ld.about[0].location["@type"]).toBe("Place");
    expect(ld.about[0].location.containedInPlace["@type"]).toBe("Country");
    expect(ld.about[0].attendee.map((p: { "@type": string }) => p["@type"])).toEqual(["Person", "Person"]);
    expect(ld.about[0].attendee[0].memberOf[0]["@type"]).toBe("OrganizationRole");
    const hostile = await page.goto(`${origin}/${hostilePage}`).then(() =>
      page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? "null")),
    );
    expect(hostile.headline).toContain("</script><!-- ]]>");
    await context.close();
  });

  it("catches a real injection with the same probes (negative control)", async () => {
    writeFileSync(join(site, "control.html"), '<!doctype html><title>control</title><img src="x" onerror="alert(1)"><p>x</p>');
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${origin}/control.html`, { waitUntil: "load" });
    await page.waitForTimeout(200);
    expect(dialogs).toEqual(["1"]);
    rmSync(join(site, "control.html"));
    await context.close();
  });

  it("parses the feeds and the sitemap as well-formed XML", async () => {
    const { context, page } = await open("index.html");
    for (const path of ["feeds/atom.xml", "feeds/rss.xml", "sitemap.xml"]) {
      const text = readFileSync(join(site, path), "utf8");
      const errors = await page.evaluate((t) => new DOMParser().parseFromString(t, "application/xml").getElementsByTagName("parsererror").length, text);
      expect(errors, path).toBe(0);
    }
    await context.close();
  });

  // axe-core is injected as a script, which the pages' CSP forbids: this test alone uses
  // Playwright's bypassCSP so that axe can run; nothing else in the page changes.
  it("has no serious or critical axe-core violations on the index, a release page and an official's page", async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const path of ["index.html", seedPage, officialPage, hostilePage]) {
      await page.goto(`${origin}/${path}`);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical"), path).toEqual([]);
    }
    await context.close();
  });

  it("works from file:// with relative links, and saves screenshots (desktop, phone, print)", async () => {
    mkdirSync(outputDir, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(site, "index.html")).href);
    await page.locator("a.title", { hasText: "Chair of Milli Majlis Sahiba Gafarova" }).click();
    await page.waitForURL(/releases\/2021-04-15-/);
    expect(await page.locator("h1").innerText()).toContain("Sahiba Gafarova");
    await page.screenshot({ path: join(outputDir, "release-page.png"), fullPage: true });
    await page.setViewportSize({ width: 375, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(outputDir, "release-page-phone.png"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 800, height: 1100 });
    await page.screenshot({ path: join(outputDir, "release-page-print.png"), fullPage: true });
    await page.goto(pathToFileURL(join(site, hostilePage)).href);
    await page.screenshot({ path: join(outputDir, "hostile-page.png"), fullPage: true });
    expect(existsSync(join(outputDir, "release-page.png"))).toBe(true);
    await context.close();
  });
});
