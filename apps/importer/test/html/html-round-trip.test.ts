import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pageFromCapture } from "../../bench/html-page.js";
import { htmlToCapture } from "../../src/html/html-to-capture.js";
import { importRelease } from "../../src/import-release.js";

const repo = join(import.meta.dirname, "..", "..", "..", "..");
const captures = [
  join(repo, "examples", "milli-majlis-2021-04-15-gafarova-ashimbayev.txt"),
  join(repo, "apps", "importer", "test", "fixtures", "io", "speaker-meets-delegation.txt"),
];

describe("an HTML page made from a capture", () => {
  it.each(captures)("imports to the same release as the capture itself, sources aside: %s", (path) => {
    const text = readFileSync(path, "utf8");
    const url = "https://meclis.gov.az/news-en.php?id=1";
    const page = htmlToCapture(pageFromCapture(text, url));
    const fromText = importRelease({ text, url }).release;
    const fromPage = importRelease({ text: page.text, hints: page.hints, url: page.url, mediaType: "text/html" }).release;
    expect({ ...fromPage, sources: [] }).toEqual({ ...fromText, sources: [] });
    expect(fromPage.sources[0]).toMatchObject({ url, mediaType: "text/html" });
  });
});
