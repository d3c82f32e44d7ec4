import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../src/static-site/build-site.js";
import { generateRelease } from "./generate-releases.js";
import { hostilePath, seedPath } from "./helpers.js";

// Issue 11 done-when: html-validate (recommended rules) finds 0 errors on every page of a site
// with the seed, the hostile fixture and generated releases (paginated index and official pages).
const work = mkdtempSync(join(tmpdir(), "parlwire-html-validate-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("html-validate", () => {
  it("finds no error on any page of the site", async () => {
    const input = join(work, "generated.ndjson");
    writeFileSync(input, Array.from({ length: 120 }, (_, i) => JSON.stringify(generateRelease(i, { officials: 3, parliaments: 2 }))).join("\n"));
    const out = join(work, "site");
    await buildSite([seedPath, hostilePath, input], { out, baseUrl: "https://example.org/", lang: "en" });
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    const pages = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(130);
    const problems: string[] = [];
    for (const page of pages) {
      const path = join(page.parentPath, page.name);
      const report = await validator.validateString(readFileSync(path, "utf8"), relative(out, path));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${result.filePath}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
