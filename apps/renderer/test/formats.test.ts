import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderHtmlPage } from "../src/html-page.js";
import { renderJsonLd } from "../src/jsonld.js";
import { renderMarkdown } from "../src/markdown.js";
import { renderPopolo } from "../src/popolo.js";
import { renderTextLayout } from "../src/text-layout.js";
import { contentSecurityPolicy } from "../src/page-style.js";
import { seed, seedCapturePath } from "./helpers.js";

// Whole documents are compared against committed snapshots; `npx vitest run -u` updates them.
describe("the seed release", () => {
  const release = seed();

  it("renders to the capture layout it was imported from (trailing spaces aside)", () => {
    const capture = readFileSync(seedCapturePath, "utf8").replace(/[^\S\n]+$/gm, "").trimEnd();
    expect(renderTextLayout(release).trimEnd()).toBe(capture);
  });

  it("renders an HTML page with semantic structure, a CSP and its JSON-LD", async () => {
    const html = renderHtmlPage(release);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`);
    expect(html).toContain('<article lang="en">');
    expect(html).toContain('<time datetime="2021-04-15T21:25:00+04:00">15 April 2021, 21:25 Baku time (UTC+4)</time>');
    expect(html).toContain("<h1><bdi>Chair of Milli Majlis Sahiba Gafarova Met with Chair of Kazakhstan Parliament’s Senate</bdi></h1>");
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    expect(JSON.parse(jsonLd ?? "")).toEqual(renderJsonLd(release));
    await expect(html).toMatchFileSnapshot("snapshots/seed.html");
  });

  it("renders JSON-LD: a press-release NewsArticle about an Event with attendees in their roles", async () => {
    const ld = renderJsonLd(release) as Record<string, any>;
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.genre).toBe("press release");
    expect(ld.inLanguage).toBe("en");
    expect(ld.publisher["@type"]).toBe("GovernmentOrganization");
    const event = ld.about[0];
    expect(event).toMatchObject({ "@type": "Event", startDate: "2021-04-15", location: { "@type": "Place", containedInPlace: { "@type": "Country", identifier: "RU" } } });
    expect(event.attendee.map((a: any) => a.name)).toEqual(["Sahiba Gafarova", "Maulen Ashimbayev"]);
    expect(event.attendee[0].memberOf[0]).toMatchObject({ "@type": "OrganizationRole", roleName: "Chair of the Milli Majlis", memberOf: { "@type": "GovernmentOrganization" } });
    await expect(`${JSON.stringify(ld, null, 2)}\n`).toMatchFileSnapshot("snapshots/seed.jsonld.json");
  });

  it("renders Markdown with front matter", async () => {
    const md = renderMarkdown(release);
    expect(md.startsWith('---\nid: "release:2021-04-15-chair-of-milli-majlis-sahiba-gafarova-met-with-chair-of-kazakhstan"\n')).toBe(true);
    await expect(md).toMatchFileSnapshot("snapshots/seed.md");
  });

  it("renders Popolo persons, organisations, memberships and events", async () => {
    const popolo = renderPopolo([release, release]);
    expect(popolo.persons.map((p) => p.id)).toEqual(["official:maulen-ashimbayev", "official:sahiba-gafarova"]);
    expect(popolo.organizations.map((o) => o.id)).toEqual(["parliament:az-milli-majlis", "parliament:kz-parliament"]);
    expect(popolo.memberships).toContainEqual(
      expect.objectContaining({ person_id: "official:sahiba-gafarova", organization_id: "parliament:az-milli-majlis", role: "Chair of the Milli Majlis" }),
    );
    expect(popolo.events).toHaveLength(1);
    await expect(`${JSON.stringify(popolo, null, 2)}\n`).toMatchFileSnapshot("snapshots/seed.popolo.json");
  });
});

describe("translations", () => {
  it("are linked with hreflang only when their URL is http(s)", () => {
    const release = seed();
    release.translations = [
      { language: "az", url: "https://meclis.gov.az/news-az/1", title: "Sahibə Qafarova" },
      { language: "ru", title: "Без ссылки" },
    ];
    const html = renderHtmlPage(release);
    expect(html).toContain('<a href="https://meclis.gov.az/news-az/1" hreflang="az" lang="az" rel="alternate noopener noreferrer nofollow"><bdi>Sahibə Qafarova</bdi></a>');
    expect(html).not.toContain("Без ссылки");
  });
});

describe("sameAs", () => {
  it("links Wikidata identifiers and drops anything that isn't a safe URL", () => {
    const release = seed();
    const official = release.officials[0]!;
    official.identifiers = [
      { scheme: "wikidata", identifier: "Q4231557" },
      { scheme: "wikidata", identifier: "javascript:alert(1)" },
      { scheme: "website", identifier: "data:text/html,x" },
      { scheme: "website", identifier: "https://example.org/gafarova" },
    ];
    const person = (renderJsonLd(release) as any).about[0].attendee[0];
    expect(person.sameAs).toEqual(["https://www.wikidata.org/wiki/Q4231557", "https://example.org/gafarova"]);
  });
});
