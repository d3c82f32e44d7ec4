import type { Position } from "@parlwire/schema";
import { formatReducedDate } from "../dates.js";
import { escapeHtml } from "../escape.js";
import { displayCategory, externalLink, inline } from "../html-page.js";
import { countryName } from "../lookup.js";
import { renderPage, type PageContext } from "../page-layout.js";
import { indexPath, officialPath, parliamentPath, releasePath } from "../paths.js";
import { words } from "../words.js";
import { compareNewestFirst, type Appearance, type OfficialEntry, type ParliamentEntry, type ReleaseEntry } from "./site-index.js";

function time(date: string): string {
  return `<time datetime="${escapeHtml(date)}">${escapeHtml(formatReducedDate(date))}</time>`;
}

/** One release in a list: its title linked, then date, category and publisher. */
export function releaseItem(entry: ReleaseEntry, context: PageContext, publisherName?: string): string {
  const sub = [entry.date ? time(entry.date) : "", entry.category ? inline(displayCategory(entry.category)) : "", publisherName ? inline(publisherName) : ""]
    .filter(Boolean)
    .join(" · ");
  // WCAG 3.1.2: a title in another language than the page's says so.
  const lang = entry.language !== (context.lang ?? "en") ? ` lang="${escapeHtml(entry.language)}"` : "";
  return `<li><a class="title" href="${context.root}${releasePath(entry.id)}"${lang}>${inline(entry.title)}</a>${sub ? `<span class="sub">${sub}</span>` : ""}</li>`;
}

/** One page of the newest-first index of releases, with links to the newer and older pages. */
export function renderIndexPage(
  entries: readonly ReleaseEntry[],
  page: number,
  pages: number,
  total: number,
  context: PageContext,
  publisherNames: ReadonlyMap<string, string>,
): string {
  const items = entries.map((e) => releaseItem(e, context, e.publisherId ? publisherNames.get(e.publisherId) : undefined));
  // No pager at all on a one-page index ("Page 1 of 1" tells a reader nothing).
  const pager: string[] = [];
  if (page > 1) pager.push(`<a href="${context.root}${indexPath(page - 1)}" rel="prev">← Newer releases</a>`);
  if (pages > 1) pager.push(`<span>Page ${page} of ${pages}</span>`);
  if (page < pages) pager.push(`<a href="${context.root}${indexPath(page + 1)}" rel="next">Older releases →</a>`);
  const heading = page === 1 ? "Press releases" : `Press releases, page ${page}`;
  const main = `<h1>${heading}</h1>
<p class="meta">${total} release${total === 1 ? "" : "s"}, newest first.</p>
${items.length ? `<ul class="list">\n${items.join("\n")}\n</ul>` : "<p>No releases yet.</p>"}
${pager.length ? `<nav class="pager" aria-label="Pages">${pager.join("")}</nav>` : ""}`;
  return renderPage(context, { title: heading, main });
}

/** Names listed with each meeting on an official's page; the rest are counted. */
const maxNamedOthers = 12;

/** Resolves the names the pages show for other things: merged parliaments and officials. */
export interface SiteNames {
  parliament(id: string): string | undefined;
  official(id: string): string | undefined;
}

function appearanceItem(appearance: Appearance, context: PageContext): string {
  const when = appearance.date ? `${time(appearance.date)}${appearance.endDate ? ` to ${time(appearance.endDate)}` : ""}` : "Date not given";
  const others = appearance.participants.filter((p) => p.id !== appearance.official);
  const named = others.slice(0, maxNamedOthers).map((o) => `<a href="${context.root}${officialPath(o.id)}">${inline(o.name)}</a>`);
  if (others.length > maxNamedOthers) named.push(`${others.length - maxNamedOthers} others`);
  const withOthers = named.length ? ` with ${named.join(", ")}` : "";
  const place = appearance.place ? ` in ${inline(appearance.place)}` : "";
  const status = appearance.status === "held" ? "" : ` (${escapeHtml(words.meetingStatus[appearance.status as keyof typeof words.meetingStatus].toLowerCase())})`;
  const kind = appearance.kind ? `${escapeHtml(words.meetingKind[appearance.kind])}: ` : "";
  const capacity = appearance.capacity ? `<span class="sub">As ${inline(appearance.capacity)}${appearance.part ? `, ${escapeHtml(appearance.part)}` : ""}</span>` : "";
  return `<li><span class="title">${kind}${when}</span>${withOthers}${place}${status}${capacity}<span class="sub">Reported in <a href="${context.root}${releasePath(appearance.release.id)}">${inline(appearance.release.title)}</a></span></li>`;
}

/** Meetings per page of an official: pages stay small however often someone appears. */
export const meetingsPerPage = 100;

/** Sorts an official's appearances newest first (by meeting date, else release date), then by meeting and release id; in place. */
export function sortAppearances(appearances: Appearance[]): Appearance[] {
  return appearances.sort(
    (a, b) =>
      compareNewestFirst({ sortKey: a.sortDate ?? "", id: a.meetingId }, { sortKey: b.sortDate ?? "", id: b.meetingId }) ||
      (a.release.id < b.release.id ? -1 : a.release.id > b.release.id ? 1 : 0),
  );
}

function positionItem(position: Position, names: SiteNames, context: PageContext): string {
  const organization = position.organization;
  let where = "";
  if (organization && "parliament" in organization) {
    const name = names.parliament(organization.parliament);
    if (name) where = ` <span class="role">(<a href="${context.root}${parliamentPath(organization.parliament)}">${inline(name)}</a>)</span>`;
  } else if (organization) {
    where = ` <span class="role">(${inline(organization.name)})</span>`;
  }
  const dates = position.start || position.end ? ` <span class="role">${position.start ? `from ${time(position.start)}` : ""}${position.start && position.end ? " " : ""}${position.end ? `until ${time(position.end)}` : ""}</span>` : "";
  return `<li>${inline(position.label)}${where}${dates}</li>`;
}

/**
 * Page `page` (1-based) of an official's page: names and positions on every page, and
 * {@link meetingsPerPage} of the meetings they appear in, newest first (appearances already sorted).
 */
export function renderOfficialPage(entry: OfficialEntry, context: PageContext, page: number, names: SiteNames, head?: string): string {
  const official = entry.merged.value;
  const total = entry.appearances.length;
  const pages = Math.max(1, Math.ceil(total / meetingsPerPage));
  const appearances = entry.appearances.slice((page - 1) * meetingsPerPage, page * meetingsPerPage);
  const parts = [`<h1>${official.honorific ? `<span class="role">${inline(official.honorific)}</span> ` : ""}${inline(official.name)}</h1>`];
  if (official.otherNames?.length) {
    const others = official.otherNames.map((n) => (n.language ? `<span lang="${escapeHtml(n.language)}">${inline(n.name)}</span>` : inline(n.name)));
    parts.push(`<p class="meta">Also written ${others.join(", ")}</p>`);
  }
  if (official.positions?.length) {
    parts.push(`<h2>Positions</h2><ul class="people">${official.positions.map((p) => positionItem(p, names, context)).join("")}</ul>`);
  }
  parts.push(`<h2>Meetings (${total})</h2>`);
  if (appearances.length) {
    parts.push(`<ul class="list">\n${appearances.map((a) => appearanceItem(a, context)).join("\n")}\n</ul>`);
  } else {
    // Not a dead end: the releases that name them, newest first.
    const named = [...entry.namedIn].sort(compareNewestFirst).slice(0, maxListedReleases);
    parts.push(`<p>In no meeting so far. Named in:</p>\n<ul class="list">\n${named.map((r) => releaseItem(r, context)).join("\n")}\n</ul>`);
  }
  if (pages > 1) {
    const pager: string[] = [];
    if (page > 1) pager.push(`<a href="${context.root}${officialPath(official.id, page - 1)}" rel="prev">← Newer meetings</a>`);
    pager.push(`<span>Meetings ${(page - 1) * meetingsPerPage + 1}–${(page - 1) * meetingsPerPage + appearances.length} of ${total}</span>`);
    if (page < pages) pager.push(`<a href="${context.root}${officialPath(official.id, page + 1)}" rel="next">Older meetings →</a>`);
    parts.push(`<nav class="pager" aria-label="Pages">${pager.join("")}</nav>`);
  }
  const title = page === 1 ? official.name : `${official.name}, page ${page}`;
  return renderPage(context, { title, main: parts.join("\n"), ...(head ? { head } : {}) });
}

/** The list of every official, by name. */
export function renderOfficialsPage(officials: readonly OfficialEntry[], context: PageContext): string {
  const items = officials.map((o) => {
    const position = o.merged.value.positions?.[0];
    const count = o.appearances.length;
    const sub = `${position ? `${inline(position.label)}` : ""}${position && count ? " · " : ""}${count ? `${count} meeting${count === 1 ? "" : "s"}` : ""}`;
    return `<li><a class="title" href="${context.root}${officialPath(o.id)}">${inline(o.merged.value.name)}</a>${sub ? `<span class="sub">${sub}</span>` : ""}</li>`;
  });
  const main = `<h1>Officials</h1>\n<ul class="list">\n${items.join("\n")}\n</ul>`;
  return renderPage(context, { title: "Officials", main });
}

const maxListedReleases = 200;

function releaseList(heading: string, releases: readonly ReleaseEntry[], context: PageContext): string[] {
  if (!releases.length) return [];
  const sorted = [...releases].sort(compareNewestFirst);
  const parts = [`<h2>${heading} (${sorted.length})</h2>`, `<ul class="list">\n${sorted.slice(0, maxListedReleases).map((r) => releaseItem(r, context)).join("\n")}\n</ul>`];
  if (sorted.length > maxListedReleases) {
    parts.push(`<p>The newest ${maxListedReleases} are listed; all are in the <a href="${context.root}index.html">index</a>.</p>`);
  }
  return parts;
}

/**
 * A parliament's page: its facts (each from the newest release that states it; seats with the
 * date they hold for), its officials, the releases it published and the releases that mention it.
 */
export function renderParliamentPage(entry: ParliamentEntry, officials: readonly { id: string; name: string; label: string }[], context: PageContext, head?: string): string {
  const p = entry.merged.value;
  const facts: string[] = [];
  if (p.country) facts.push(`<dt>Country</dt><dd>${escapeHtml(countryName(p.country))}</dd>`);
  if (p.structure) facts.push(`<dt>Chambers</dt><dd>${escapeHtml(words.structure[p.structure])}</dd>`);
  if (p.chambers?.length) {
    const chambers = p.chambers.map((c) => `${c.name ? inline(c.name) : escapeHtml(words.chamberKind[c.kind])}${c.seats ? ` (${c.seats} seats)` : ""}`);
    facts.push(`<dt>${p.chambers.length === 1 ? "Chamber" : "Houses"}</dt><dd>${chambers.join(", ")}</dd>`);
  }
  if (p.seats) facts.push(`<dt>Seats</dt><dd>${p.seats.count}${p.seats.asOf ? ` as of ${time(p.seats.asOf)}` : ""}</dd>`);
  if (p.electoralSystem) facts.push(`<dt>Electoral system</dt><dd>${escapeHtml(words.electoralSystem[p.electoralSystem])}</dd>`);
  if (p.termYears) facts.push(`<dt>Term</dt><dd>${p.termYears} years</dd>`);
  if (p.website) facts.push(`<dt>Website</dt><dd>${externalLink(p.website, p.website)}</dd>`);
  const parts = [`<h1>${inline(p.name)}</h1>`];
  if (p.otherNames?.length) {
    const others = p.otherNames.map((n) => (n.language ? `<span lang="${escapeHtml(n.language)}">${inline(n.name)}</span>` : inline(n.name)));
    parts.push(`<p class="meta">Also known as ${others.join(", ")}</p>`);
  }
  if (facts.length) parts.push(`<section class="meeting" aria-label="Facts"><dl class="facts">${facts.join("")}</dl></section>`);
  if (officials.length) {
    const items = officials.map((o) => `<li><a href="${context.root}${officialPath(o.id)}">${inline(o.name)}</a>, <span class="role">${inline(o.label)}</span></li>`);
    parts.push(`<h2>Officials</h2><ul class="people">${items.join("")}</ul>`);
  }
  parts.push(...releaseList("Releases published", entry.releases, context));
  parts.push(...releaseList("Mentioned in", entry.mentions, context));
  return renderPage(context, { title: p.name, main: parts.join("\n"), ...(head ? { head } : {}) });
}

/** The list of every parliament, by name, with how many releases it published or is mentioned in. */
export function renderParliamentsPage(entries: readonly ParliamentEntry[], context: PageContext): string {
  const items = entries.map((e) => {
    const counts = [
      e.releases.length ? `${e.releases.length} release${e.releases.length === 1 ? "" : "s"} published` : "",
      e.mentions.length ? `mentioned in ${e.mentions.length}` : "",
    ].filter(Boolean);
    return `<li><a class="title" href="${context.root}${parliamentPath(e.merged.value.id)}">${inline(e.merged.value.name)}</a>${counts.length ? `<span class="sub">${counts.join(" · ")}</span>` : ""}</li>`;
  });
  return renderPage(context, { title: "Parliaments", main: `<h1>Parliaments</h1>\n<ul class="list">\n${items.join("\n")}\n</ul>` });
}
