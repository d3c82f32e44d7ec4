import type { Meeting, Release } from "@parlwire/schema";
import { formatReducedDate, timeWithZone } from "./dates.js";
import { escapeHtml, safeHttpUrl } from "./escape.js";
import { renderJsonLdScript } from "./jsonld.js";
import { capacityOf, countryName, indexRelease, type ReleaseIndex } from "./lookup.js";
import { renderPage, standalonePage, type PageContext } from "./page-layout.js";
import { officialPath, parliamentPath } from "./paths.js";
import { isTruncated, meetingStatusLine, participantPart, truncatedNotice, words } from "./words.js";

/** Untrusted inline text, escaped and bidi-isolated so right-to-left overrides can't spill out. */
export function inline(value: string): string {
  return `<bdi>${escapeHtml(value)}</bdi>`;
}

/** A category as readers see it: the source's back-tick apostrophe ("Chair`s Travels") as a real one. */
export function displayCategory(category: string): string {
  return category.replaceAll("`", "’");
}

/** An external link, only for http(s) URLs; anything else is shown as text. */
export function externalLink(text: string, url: string | undefined): string {
  const safe = safeHttpUrl(url);
  return safe ? `<a href="${escapeHtml(safe)}" rel="noopener noreferrer nofollow">${inline(text)}</a>` : inline(text);
}

function timeElement(date: string): string {
  return `<time datetime="${escapeHtml(date)}">${escapeHtml(formatReducedDate(date))}</time>`;
}

function meetingBlock(meeting: Meeting, heading: string, index: ReleaseIndex, context: PageContext): string {
  const facts: string[] = [];
  if (meeting.kind) facts.push(`<dt>Kind</dt><dd>${escapeHtml(words.meetingKind[meeting.kind])}</dd>`);
  facts.push(`<dt>Status</dt><dd>${escapeHtml(meetingStatusLine(meeting))}</dd>`);
  if (meeting.date) {
    const end = meeting.endDate ? ` to ${timeElement(meeting.endDate)}` : "";
    facts.push(`<dt>When</dt><dd>${timeElement(meeting.date)}${end}</dd>`);
  }
  if (meeting.place) {
    const country = meeting.place.country ? ` <span class="role">(${escapeHtml(countryName(meeting.place.country))})</span>` : "";
    facts.push(`<dt>Where</dt><dd>${inline(meeting.place.name)}${country}</dd>`);
  }
  if (meeting.occasion) facts.push(`<dt>Occasion</dt><dd>${inline(meeting.occasion)}</dd>`);
  const people = meeting.participants.map((participant) => {
    const official = index.officials.get(participant.official);
    const name = context.inSite
      ? `<a href="${context.root}${officialPath(participant.official)}">${inline(participant.name)}</a>`
      : inline(participant.name);
    const capacity = capacityOf(official);
    const part = participantPart(participant);
    const side = part ? ` <span class="role">(${escapeHtml(part)})</span>` : "";
    return `<li>${name}${capacity ? `, <span class="role">${inline(capacity)}</span>` : ""}${side}</li>`;
  });
  facts.push(`<dt>Participants</dt><dd><ul class="people">${people.join("")}</ul></dd>`);
  return `<section class="meeting" aria-label="${escapeHtml(heading)}"><h2>${escapeHtml(heading)}</h2><dl class="facts">${facts.join("")}</dl></section>`;
}

/** The `<article>` of a release: header, meetings, body, signature, boilerplate, sources. */
export function renderReleaseArticle(release: Release, context: PageContext = standalonePage): string {
  const index = indexRelease(release);
  const parts: string[] = [`<article lang="${escapeHtml(release.language)}">`, "<header>"];
  if (release.category) parts.push(`<p class="kicker">${inline(displayCategory(release.category))}</p>`);
  parts.push(`<h1>${inline(release.title)}</h1>`);
  const meta: string[] = [];
  const published = release.published;
  if (published) {
    const zoned = timeWithZone(published);
    const time = zoned ? `, ${escapeHtml(zoned)}` : "";
    meta.push(`<time datetime="${escapeHtml(published.dateTime ?? published.date)}">${escapeHtml(formatReducedDate(published.date))}${time}</time>`);
  }
  const publisherId = release.publisher?.parliament;
  const publisher = publisherId ? index.parliaments.get(publisherId) : undefined;
  if (publisher && publisherId) {
    meta.push(context.inSite ? `<a href="${context.root}${parliamentPath(publisherId)}">${inline(publisher.name)}</a>` : inline(publisher.name));
  }
  if (release.status && release.status !== "published") meta.push(`<strong>${words.releaseStatus[release.status]}</strong>`);
  if (meta.length) parts.push(`<p class="meta">${meta.join(" · ")}</p>`);
  if (isTruncated(release)) parts.push(`<p class="notice" role="note"><strong>Incomplete.</strong> ${escapeHtml(truncatedNotice.replace("This release is incomplete: ", "").replace(/^./, (c) => c.toUpperCase()))}</p>`);
  parts.push("</header>");
  release.meetings.forEach((meeting, i) => {
    parts.push(meetingBlock(meeting, release.meetings.length > 1 ? `Meeting ${i + 1}` : "The meeting", index, context));
  });
  parts.push(`<div class="body">${release.body.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}</div>`);
  const signature = release.publisher?.signature;
  if (signature?.length) parts.push(`<p class="signature">${signature.map(inline).join("<br>")}</p>`);
  if (release.boilerplate) parts.push(`<aside class="boilerplate" aria-label="About the publisher"><p>${escapeHtml(release.boilerplate.text)}</p></aside>`);
  const translations = release.translations?.filter((t) => safeHttpUrl(t.url)) ?? [];
  if (translations.length) {
    const links = translations.map(
      (t) => `<a href="${escapeHtml(t.url as string)}" hreflang="${escapeHtml(t.language)}" lang="${escapeHtml(t.language)}" rel="alternate noopener noreferrer nofollow">${inline(t.title ?? t.language)}</a>`,
    );
    parts.push(`<p class="sources">Also published in: ${links.join(", ")}</p>`);
  }
  const sources = release.sources.filter((s) => safeHttpUrl(s.url));
  if (sources.length) {
    parts.push(`<p class="sources">Source: ${sources.map((s) => externalLink(s.name ?? "original release", s.url)).join(", ")}</p>`);
  }
  parts.push("</article>");
  return parts.join("\n");
}

// At most `max` UTF-16 units, never splitting a surrogate pair.
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const code = value.charCodeAt(max - 1);
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** A complete HTML page for one release, with its JSON-LD embedded. */
export function renderHtmlPage(release: Release, context: PageContext = standalonePage): string {
  return renderPage(context, {
    title: release.title,
    description: release.body[0] && cut(release.body[0], 200),
    head: `<script type="application/ld+json">${renderJsonLdScript(release, context.inSite ? { root: context.baseUrl ?? context.root } : {})}</script>\n`,
    main: renderReleaseArticle(release, context),
  });
}
