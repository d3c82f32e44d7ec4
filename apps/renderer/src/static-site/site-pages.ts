import { formatReducedDate } from "../dates.js";
import { escapeHtml } from "../escape.js";
import { externalLink, inline } from "../html-page.js";
import { countryName } from "../lookup.js";
import { renderPage, type PageContext } from "../page-layout.js";
import { indexPath, officialPath, parliamentPath, releasePath } from "../paths.js";
import { compareNewestFirst, type Appearance, type OfficialEntry, type ParliamentEntry, type ReleaseEntry } from "./site-index.js";

function time(date: string): string {
  return `<time datetime="${escapeHtml(date)}">${escapeHtml(formatReducedDate(date))}</time>`;
}

function releaseItem(entry: ReleaseEntry, context: PageContext, publisherName?: string): string {
  const sub = [entry.date ? time(entry.date) : "", entry.category ? inline(entry.category) : "", publisherName ? inline(publisherName) : ""]
    .filter(Boolean)
    .join(" · ");
  return `<li><a class="title" href="${context.root}${releasePath(entry.id)}">${inline(entry.title)}</a>${sub ? `<span class="sub">${sub}</span>` : ""}</li>`;
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
  const pager: string[] = [];
  if (page > 1) pager.push(`<a href="${context.root}${indexPath(page - 1)}" rel="prev">← Newer releases</a>`);
  pager.push(`<span>Page ${page} of ${pages}</span>`);
  if (page < pages) pager.push(`<a href="${context.root}${indexPath(page + 1)}" rel="next">Older releases →</a>`);
  const heading = page === 1 ? "Press releases" : `Press releases, page ${page}`;
  const main = `<h1>${heading}</h1>
<p class="meta">${total} release${total === 1 ? "" : "s"}, newest first.</p>
${items.length ? `<ul class="list">\n${items.join("\n")}\n</ul>` : "<p>No releases yet.</p>"}
<nav class="pager" aria-label="Pages">${pager.join("")}</nav>`;
  return renderPage(context, { title: heading, main });
}

/** Names listed with each meeting on an official's page; the rest are counted. */
const maxNamedOthers = 12;

function appearanceItem(appearance: Appearance, context: PageContext): string {
  const when = appearance.date ? `${time(appearance.date)}${appearance.endDate ? ` to ${time(appearance.endDate)}` : ""}` : "Undated";
  const others = appearance.participants.filter((p) => p.id !== appearance.official);
  const named = others.slice(0, maxNamedOthers).map((o) => `<a href="${context.root}${officialPath(o.id)}">${inline(o.name)}</a>`);
  if (others.length > maxNamedOthers) named.push(`${others.length - maxNamedOthers} others`);
  const withOthers = named.length ? ` with ${named.join(", ")}` : "";
  const place = appearance.place ? ` in ${inline(appearance.place)}` : "";
  const status = appearance.status === "held" ? "" : ` (${escapeHtml(appearance.status)})`;
  const capacity = appearance.capacity ? `<span class="sub">As ${inline(appearance.capacity)}</span>` : "";
  return `<li><span class="title">${when}</span>${withOthers}${place}${status}${capacity}<span class="sub">Reported in <a href="${context.root}${releasePath(appearance.release.id)}">${inline(appearance.release.title)}</a></span></li>`;
}

/** Meetings per page of an official: pages stay small however often someone appears. */
export const meetingsPerPage = 100;

/** Sorts an official's appearances newest first (undated last), then by meeting id; in place. */
export function sortAppearances(appearances: Appearance[]): Appearance[] {
  return appearances.sort((a, b) => compareNewestFirst({ sortKey: a.date ?? "", id: a.meetingId }, { sortKey: b.date ?? "", id: b.meetingId }));
}

/**
 * Page `page` (1-based) of an official's page: names and positions on every page, and
 * {@link meetingsPerPage} of the meetings they appear in, newest first (appearances already sorted).
 */
export function renderOfficialPage(official: OfficialEntry, context: PageContext, page = 1): string {
  const total = official.appearances.length;
  const pages = Math.max(1, Math.ceil(total / meetingsPerPage));
  const appearances = official.appearances.slice((page - 1) * meetingsPerPage, page * meetingsPerPage);
  const parts = [`<h1>${official.honorific ? `<span class="role">${inline(official.honorific)}</span> ` : ""}${inline(official.name)}</h1>`];
  if (official.otherNames.length) parts.push(`<p class="meta">Also written ${official.otherNames.map(inline).join(", ")}</p>`);
  if (official.positions.size) {
    const positions = [...official.positions.values()].map(
      (p) => `<li>${inline(p.label)}${p.organization ? ` <span class="role">(${inline(p.organization)})</span>` : ""}</li>`,
    );
    parts.push(`<h2>Positions</h2><ul class="people">${positions.join("")}</ul>`);
  }
  parts.push(`<h2>Meetings (${total})</h2>`);
  parts.push(
    appearances.length
      ? `<ul class="list">\n${appearances.map((a) => appearanceItem(a, context)).join("\n")}\n</ul>`
      : "<p>Named in releases, but in no meeting.</p>",
  );
  if (pages > 1) {
    const pager: string[] = [];
    if (page > 1) pager.push(`<a href="${context.root}${officialPath(official.id, page - 1)}" rel="prev">← Newer meetings</a>`);
    pager.push(`<span>Meetings ${(page - 1) * meetingsPerPage + 1}–${(page - 1) * meetingsPerPage + appearances.length} of ${total}</span>`);
    if (page < pages) pager.push(`<a href="${context.root}${officialPath(official.id, page + 1)}" rel="next">Older meetings →</a>`);
    parts.push(`<nav class="pager" aria-label="Pages">${pager.join("")}</nav>`);
  }
  const title = page === 1 ? official.name : `${official.name}, page ${page}`;
  return renderPage(context, { title, main: parts.join("\n") });
}

/** The list of every official, by name. */
export function renderOfficialsPage(officials: readonly OfficialEntry[], context: PageContext): string {
  const items = officials.map((o) => {
    const position = o.positions.values().next().value;
    const sub = `${position ? `${inline(position.label)} · ` : ""}${o.appearances.length} meeting${o.appearances.length === 1 ? "" : "s"}`;
    return `<li><a class="title" href="${context.root}${officialPath(o.id)}">${inline(o.name)}</a><span class="sub">${sub}</span></li>`;
  });
  const main = `<h1>Officials</h1>\n<ul class="list">\n${items.join("\n")}\n</ul>`;
  return renderPage(context, { title: "Officials", main });
}

const maxListedReleases = 200;

/** A parliament's page: its facts, its officials, and the releases it published, newest first. */
export function renderParliamentPage(entry: ParliamentEntry, context: PageContext): string {
  const p = entry.parliament;
  const facts: string[] = [];
  if (p.country) facts.push(`<dt>Country</dt><dd>${escapeHtml(countryName(p.country))}</dd>`);
  if (p.structure) facts.push(`<dt>Structure</dt><dd>${p.structure}</dd>`);
  if (p.chambers?.length) {
    const chambers = p.chambers.map((c) => `${c.name ? inline(c.name) : c.kind}${c.seats ? ` (${c.seats} seats)` : ""}`);
    facts.push(`<dt>Chambers</dt><dd>${chambers.join(", ")}</dd>`);
  }
  if (p.seats) facts.push(`<dt>Seats</dt><dd>${p.seats.count}${p.seats.asOf ? ` as of ${time(p.seats.asOf)}` : ""}</dd>`);
  if (p.electoralSystem) facts.push(`<dt>Electoral system</dt><dd>${p.electoralSystem}</dd>`);
  if (p.termYears) facts.push(`<dt>Term</dt><dd>${p.termYears} years</dd>`);
  if (p.website) facts.push(`<dt>Website</dt><dd>${externalLink(p.website, p.website)}</dd>`);
  const parts = [`<h1>${inline(p.name)}</h1>`];
  if (p.otherNames?.length) parts.push(`<p class="meta">Also known as ${p.otherNames.map((n) => inline(n.name)).join(", ")}</p>`);
  if (facts.length) parts.push(`<section class="meeting" aria-label="Facts"><dl class="facts">${facts.join("")}</dl></section>`);
  const officials = [...entry.officials.entries()].sort((a, b) => (a[1].name < b[1].name ? -1 : a[1].name > b[1].name ? 1 : 0));
  if (officials.length) {
    const items = officials.map(
      ([id, o]) => `<li><a href="${context.root}${officialPath(id)}">${inline(o.name)}</a>, <span class="role">${inline(o.label)}</span></li>`,
    );
    parts.push(`<h2>Officials</h2><ul class="people">${items.join("")}</ul>`);
  }
  const releases = [...entry.releases].sort(compareNewestFirst);
  parts.push(`<h2>Releases published (${releases.length})</h2>`);
  if (releases.length) {
    const shown = releases.slice(0, maxListedReleases).map((r) => releaseItem(r, context));
    parts.push(`<ul class="list">\n${shown.join("\n")}\n</ul>`);
    if (releases.length > maxListedReleases) {
      parts.push(`<p>The newest ${maxListedReleases} are listed; all are in the <a href="${context.root}index.html">index</a>.</p>`);
    }
  } else {
    parts.push("<p>None: this parliament is mentioned in releases published by others.</p>");
  }
  return renderPage(context, { title: p.name, main: parts.join("\n") });
}

/** The list of every parliament, by name. */
export function renderParliamentsPage(entries: readonly ParliamentEntry[], context: PageContext): string {
  const items = entries.map(
    (e) =>
      `<li><a class="title" href="${context.root}${parliamentPath(e.parliament.id)}">${inline(e.parliament.name)}</a><span class="sub">${e.releases.length} release${e.releases.length === 1 ? "" : "s"} published</span></li>`,
  );
  return renderPage(context, { title: "Parliaments", main: `<h1>Parliaments</h1>\n<ul class="list">\n${items.join("\n")}\n</ul>` });
}
