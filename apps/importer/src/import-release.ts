import { createHash } from "node:crypto";
import { limits, type Boilerplate, type Parliament, type Publisher, type Published, type Release, type Source } from "@parlwire/schema";
import { extractMeetings } from "./extract/extract-meetings.js";
import { maxPeoplePerRelease } from "./extract/people.js";
import { buildParliaments } from "./extract/parliaments.js";
import { publishedFromHint, toPublished } from "./extract/published.js";
import { cutSlug, slugify } from "./extract/slug.js";
import { cutToCap } from "./cut-to-cap.js";
import { ImportError } from "./import-error.js";
import { detectSource, hostOf } from "./knowledge/detect-source.js";
import { findParliament } from "./knowledge/find-parliament.js";
import { homeCountry } from "./knowledge/home-country.js";
import { knowledge, type Knowledge } from "./knowledge/knowledge.js";
import { boilerplateFacts } from "./layout/boilerplate.js";
import { readCaptureLayout } from "./layout/capture-layout.js";
import { departmentOf } from "./layout/signature.js";

export { ImportError } from "./import-error.js";

/** One capture to import. */
export interface ImportInput {
  /** The capture text (for HTML the I/O side converts the page to this layout). */
  text: string;
  /** Source URL when known (http/https only). */
  url?: string;
  /** Source profile name, or "auto"/undefined to detect it from the URL or the text. */
  source?: string;
  /** Default "text/plain". */
  mediaType?: string;
  /** SHA-256 of the original bytes, lowercase hex; computed from `text` (UTF-8) when absent. */
  sha256?: string;
  /** What an HTML page states outright; fills what the text layout lacks. */
  hints?: { title?: string; published?: string /* RFC 3339 or YYYY-MM-DD */; category?: string };
}

/** Something worth knowing about an import that still succeeded. */
export interface ImportWarning {
  /** Stable: "truncated", "no_date", "unknown_source_time_zone", "unknown_source", "no_meeting", "too_many_people", "cut_to_cap". */
  code: string;
  message: string;
}

export interface ImportResult {
  release: Release;
  warnings: ImportWarning[];
}

/** Longest title slug inside a release id. */
const titleSlugLength = 70;

/**
 * Turns one press-release capture into a Release: layout (title, date line, body, signature,
 * boilerplate), then meetings, officials and parliaments. Pure, synchronous and deterministic.
 * Throws {@link ImportError} when there is nothing to import.
 */
export function importRelease(input: ImportInput): ImportResult {
  return importReleaseWith(input, knowledge());
}

/** {@link importRelease} with other knowledge (the evaluation's leave-one-source-out runs). */
export function importReleaseWith(input: ImportInput, k: Knowledge): ImportResult {
  if (typeof input?.text !== "string") throw new ImportError("no_text", "expected input.text to be a string");
  const warnings: ImportWarning[] = [];
  const url = input.url !== undefined && hostOf(input.url) && !/\s/.test(input.url) ? input.url : undefined;
  if (input.url !== undefined && url === undefined) {
    warnings.push({ code: "bad_url", message: `ignored the source URL: expected an http(s) URL, found ${JSON.stringify(input.url.slice(0, 60))}` });
  }
  const profile = detectSource(k, input.text, url, input.source);
  if (input.source && input.source !== "auto" && !profile) {
    warnings.push({ code: "unknown_source", message: `no source profile named ${JSON.stringify(input.source.slice(0, 60))}; importing without one` });
  }

  const layout = readCaptureLayout(input.text, k, profile);
  if (!layout) throw new ImportError("empty", "the capture is empty: expected a title line and body text");
  if (layout.body.length === 0) {
    throw new ImportError("no_body", `the capture has a title (${JSON.stringify(layout.title.slice(0, 60))}) but no body paragraphs`);
  }
  const hintedTitle = input.hints?.title?.trim();
  // A capture without a headline is titled by its first sentence, and says so (titleDerived).
  const titleDerived = !hintedTitle && layout.untitled === true;
  const title = cutToCap(hintedTitle || (titleDerived ? titleFromFirstSentence(layout.body[0]!) : layout.title), limits.title, "the title", warnings);

  let published: Published | undefined;
  if (layout.date) {
    const result = toPublished(layout.date, profile?.timeZone);
    published = result.published;
    if (result.unknownZone) {
      warnings.push({
        code: "unknown_source_time_zone",
        message: `the date line has a time (${layout.date.asPrinted}) but the source's time zone is unknown; kept it as a local date-time without offset`,
      });
    }
  } else if (input.hints?.published) {
    published = publishedFromHint(input.hints.published);
  } else if (layout.crawlerDate) {
    // The crawler's record of the page's date: used only when the page prints none.
    published = publishedFromHint(layout.crawlerDate);
  }
  if (!published) warnings.push({ code: "no_date", message: "no publication date found in the capture" });
  if (layout.truncated) warnings.push({ code: "truncated", message: "the capture looks cut off mid-text; imported what is there" });

  const sha256 = input.sha256 && /^[0-9a-f]{64}$/.test(input.sha256) ? input.sha256 : createHash("sha256").update(input.text, "utf8").digest("hex");
  const id = releaseId(title, published?.date, url, sha256);
  const language = languageOf(layout.body, profile?.language ?? "en");

  let publisher: Publisher | undefined;
  if (layout.signature && layout.signature.length > 0) {
    publisher = { signature: layout.signature.map((s, i) => cutToCap(s, limits.name, `signature line ${i + 1}`, warnings)) };
    const department = departmentOf(layout.signature);
    if (department) publisher.department = cutToCap(department, limits.label, "the department", warnings);
    const signed = layout.signature.map((s) => findParliament(k, s)).find((p) => p !== undefined);
    const parliament = signed?.id ?? profile?.parliament;
    if (parliament) publisher.parliament = parliament;
  }

  let boilerplate: Boilerplate | undefined;
  const facts: { parliament?: string; facts: ReturnType<typeof boilerplateFacts>; asOf?: string } = { facts: {} };
  if (layout.boilerplate) {
    boilerplate = { text: cutToCap(layout.boilerplate.text, limits.boilerplate, "the boilerplate", warnings) };
    const about = findParliament(k, layout.boilerplate.text.slice(0, 200))?.id ?? profile?.parliament;
    if (about) {
      boilerplate.parliament = about;
      facts.parliament = about;
      facts.facts = boilerplateFacts(layout.boilerplate.text);
      if (published) facts.asOf = published.date;
    }
    if (layout.boilerplate.truncated) boilerplate.truncated = true;
  }

  const year = published ? Number(published.date.slice(0, 4)) : undefined;
  const extracted = extractMeetings({
    k,
    title,
    body: layout.body,
    releaseSlug: id.slice("release:".length),
    published: published?.date,
    year,
    hostCountry: (profile?.parliament ? k.parliamentById.get(profile.parliament)?.country : undefined) ?? homeCountry(k, title, layout.body[0] ?? "", layout.datelinePlace),
    datelinePlace: layout.datelinePlace,
    undatedMeetingOnPublicationDay: profile?.undatedMeetingOnPublicationDay === true,
  });
  if (extracted.peopleCapped) {
    warnings.push({
      code: "too_many_people",
      message: `the release names more than ${maxPeoplePerRelease} distinct people (maxPeoplePerRelease); imported the first ${maxPeoplePerRelease} and ignored later names`,
    });
  }
  if (extracted.meetings.length === 0) warnings.push({ code: "no_meeting", message: "no meeting with a named participant found" });

  const referenced = [publisher?.parliament, boilerplate?.parliament, ...extracted.parliaments];
  const parliaments: Parliament[] = buildParliaments(k, referenced, facts);

  if (layout.body.length > limits.list.body) {
    warnings.push({ code: "cut_to_cap", message: `the body has ${layout.body.length} paragraphs, over the cap of ${limits.list.body}; kept the first ${limits.list.body}` });
  }
  const body = layout.body.slice(0, limits.list.body).map((p, i) => cutToCap(p, limits.paragraph, `body paragraph ${i + 1}`, warnings));
  const mediaType = input.mediaType && /^[a-z]+\/[a-z0-9.+-]+$/.test(input.mediaType) ? input.mediaType : "text/plain";
  // Keys in a fixed order, so the same input always serialises to the same bytes.
  const source: Source = {
    ...(url ? { url } : {}),
    ...(profile ? { name: profile.name } : {}),
    mediaType,
    sha256,
    ...(layout.truncated ? { truncated: true } : {}),
  };
  const categoryText = input.hints?.category?.trim() || layout.category;
  const category = categoryText === undefined ? undefined : cutToCap(categoryText, limits.shortText, "the category", warnings);
  const release: Release = {
    id,
    language,
    title,
    ...(titleDerived ? { titleDerived: true } : {}),
    ...(category ? { category } : {}),
    ...(published ? { published } : {}),
    body,
    ...(publisher ? { publisher } : {}),
    ...(boilerplate ? { boilerplate } : {}),
    meetings: extracted.meetings,
    officials: extracted.officials,
    parliaments,
    sources: [source],
  };
  return { release, warnings };
}

/**
 * `release:<date>-<title slug>` when the date is known; otherwise `release:<host and path slug>`
 * from the URL, or `release:<title slug>-<first 12 hex digits of the sha256>` (see ARCHITECTURE.md).
 */
function releaseId(title: string, date: string | undefined, url: string | undefined, sha256: string): string {
  const titleSlug = cutSlug(slugify(title), titleSlugLength) || "untitled";
  if (date) return `release:${date}-${titleSlug}`;
  if (url) {
    const parsed = new URL(url);
    const slug = cutSlug(slugify(`${parsed.hostname} ${parsed.pathname} ${parsed.search}`), 120);
    if (slug) return `release:${slug}`;
  }
  return `release:${titleSlug}-${sha256.slice(0, 12)}`;
}

/** The release's language: Cyrillic text is Russian, schwa-bearing Latin text Azerbaijani, else the source's. */
function languageOf(body: string[], fallback: string): string {
  const sample = body.join(" ").slice(0, 5000);
  let letters = 0;
  let cyrillic = 0;
  let schwa = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters++;
    else if (code >= 0x400 && code <= 0x4ff) {
      letters++;
      cyrillic++;
    } else if (code === 0x259 || code === 0x18f) {
      letters++;
      schwa++;
    } else if (code >= 0xc0 && /\p{L}/u.test(sample[i]!)) letters++;
  }
  if (letters > 0 && cyrillic / letters > 0.3) return "ru";
  if (letters > 0 && schwa / letters > 0.01) return "az";
  return fallback;
}

/** Longest title made from a first sentence. */
const derivedTitleLength = 160;

/** The first sentence of a paragraph, without a wire dateline, cut at a word boundary. */
function titleFromFirstSentence(paragraph: string): string {
  const withoutDateline = paragraph.replace(/^[^:]{2,60}:\s*/, (m) => (/[.!?]/.test(m.slice(0, -2)) ? m : ""));
  const sentence = /^.*?[.!?](?=\s|$)/.exec(withoutDateline.slice(0, 400))?.[0] ?? withoutDateline;
  if (sentence.length <= derivedTitleLength) return sentence.trim();
  const cut = sentence.slice(0, derivedTitleLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40)).trim()}…`;
}
