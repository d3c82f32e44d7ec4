import type { Meeting, Official, Parliament, Position, Release } from "@parlwire/schema";
import { jsonForScript, safeHttpUrl } from "./escape.js";
import { countryName, indexRelease, type ReleaseIndex } from "./lookup.js";
import { officialPath, parliamentPath, releasePath } from "./paths.js";

type Node = Record<string, unknown>;

/**
 * Where the nodes live. In a site (`root` is the site's absolute base URL, or the relative prefix
 * back to its root), each official, parliament and release has one IRI on every page: its own
 * page. A page rendered alone uses fragments of itself.
 */
export interface JsonLdPlace {
  root?: string;
}

function iri(place: JsonLdPlace, id: string, releaseId?: string): string {
  if (place.root === undefined) return `#${id}`;
  if (id.startsWith("official:")) return `${place.root}${officialPath(id)}#person`;
  if (id.startsWith("parliament:")) return `${place.root}${parliamentPath(id)}#organization`;
  if (id.startsWith("release:")) return `${place.root}${releasePath(id)}#article`;
  return `${place.root}${releasePath(releaseId ?? "")}#${id}`;
}

// url and mainEntityOfPage only when the site's absolute address is known.
function pageOf(place: JsonLdPlace, path: string): Node {
  if (!place.root || !/^https?:\/\//.test(place.root)) return {};
  const url = `${place.root}${path}`;
  return { url, mainEntityOfPage: url };
}
type IdentifierValue = { scheme: string; identifier: string };

const wikidataId = /^[QP][1-9]\d{0,11}$/;
const isniId = /^\d{15}[\dX]$/;

/** Links for `sameAs`: Wikidata and ISNI identifiers as their canonical URLs, http(s) identifiers as they are. */
export function sameAsUrls(identifiers: readonly IdentifierValue[] | undefined): string[] {
  const urls: string[] = [];
  for (const { scheme, identifier } of identifiers ?? []) {
    if (scheme === "wikidata" && wikidataId.test(identifier)) urls.push(`https://www.wikidata.org/wiki/${identifier}`);
    else if (scheme === "isni" && isniId.test(identifier.replaceAll(" ", "")))
      urls.push(`https://isni.org/isni/${identifier.replaceAll(" ", "")}`);
    else {
      const url = safeHttpUrl(identifier);
      if (url) urls.push(url);
    }
  }
  return urls;
}

function withSameAs(node: Node, identifiers: readonly IdentifierValue[] | undefined): Node {
  const sameAs = sameAsUrls(identifiers);
  if (sameAs.length) node.sameAs = sameAs;
  if (identifiers?.length) {
    node.identifier = identifiers.map((i) => ({ "@type": "PropertyValue", propertyID: i.scheme, value: i.identifier }));
  }
  return node;
}

function parliamentNode(parliament: Parliament, place: JsonLdPlace): Node {
  const node: Node = { "@type": "GovernmentOrganization", "@id": iri(place, parliament.id), name: parliament.name };
  if (parliament.otherNames?.length) node.alternateName = parliament.otherNames.map((n) => n.name);
  const website = safeHttpUrl(parliament.website);
  if (website) node.url = website;
  if (parliament.country) node.areaServed = { "@type": "Country", name: countryName(parliament.country), identifier: parliament.country };
  return withSameAs(node, parliament.identifiers);
}

function roleNode(position: Position, index: ReleaseIndex, place: JsonLdPlace): Node {
  const role: Node = { "@type": "OrganizationRole", roleName: position.label };
  if (position.start) role.startDate = position.start;
  if (position.end) role.endDate = position.end;
  const organization = position.organization;
  if (organization && "parliament" in organization) {
    const parliament = index.parliaments.get(organization.parliament);
    role.memberOf = { "@type": "GovernmentOrganization", "@id": iri(place, organization.parliament), ...(parliament ? { name: parliament.name } : {}) };
  } else if (organization) {
    role.memberOf = { "@type": "Organization", name: organization.name };
  }
  return role;
}

function personNode(official: Official, index: ReleaseIndex, place: JsonLdPlace): Node {
  const node: Node = { "@type": "Person", "@id": iri(place, official.id), name: official.name };
  if (official.honorific) node.honorificPrefix = official.honorific;
  if (official.otherNames?.length) node.alternateName = official.otherNames.map((n) => n.name);
  if (official.positions?.length) {
    node.jobTitle = official.positions[0]?.label;
    node.memberOf = official.positions.map((p) => roleNode(p, index, place));
  }
  const country = official.positions?.find((p) => p.country)?.country;
  if (country) node.nationality = { "@type": "Country", name: countryName(country), identifier: country };
  return withSameAs(node, official.identifiers);
}

const eventStatus: Record<Meeting["status"], string> = {
  held: "https://schema.org/EventScheduled",
  announced: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
};

function eventNode(meeting: Meeting, index: ReleaseIndex, described: Set<string>, place: JsonLdPlace, releaseId: string): Node {
  const names = meeting.participants.map((p) => p.name);
  const node: Node = {
    "@type": "Event",
    "@id": iri(place, meeting.id, releaseId),
    name: `Meeting of ${names.join(", ")}`,
    eventStatus: eventStatus[meeting.status],
  };
  if (meeting.format) {
    node.eventAttendanceMode =
      meeting.format === "in_person" ? "https://schema.org/OfflineEventAttendanceMode" : "https://schema.org/OnlineEventAttendanceMode";
  }
  if (meeting.date) node.startDate = meeting.date;
  if (meeting.endDate) node.endDate = meeting.endDate;
  if (meeting.occasion) node.description = meeting.occasion;
  if (meeting.place) {
    const place: Node = { "@type": "Place", name: meeting.place.name };
    if (meeting.place.country) {
      place.containedInPlace = { "@type": "Country", name: countryName(meeting.place.country), identifier: meeting.place.country };
    }
    node.location = place;
  }
  node.attendee = meeting.participants.map((participant) => {
    const official = index.officials.get(participant.official);
    if (!official) return { "@type": "Person", name: participant.name };
    // Each person is described in full once; later mentions refer to it by @id, so the JSON-LD
    // grows with officials + participants, not their product (100 meetings × 1,000 participants).
    if (described.has(official.id)) return { "@type": "Person", "@id": iri(place, official.id), name: official.name };
    described.add(official.id);
    return personNode(official, index, place);
  });
  return node;
}

/** The release as schema.org JSON-LD: a NewsArticle (press release) about its meetings as Events. */
export function renderJsonLd(release: Release, place: JsonLdPlace = {}): Record<string, unknown> {
  const index = indexRelease(release);
  const article: Node = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": iri(place, release.id),
    ...pageOf(place, releasePath(release.id)),
    identifier: release.id,
    headline: release.title,
    genre: "press release",
    inLanguage: release.language,
  };
  if (release.published) article.datePublished = release.published.dateTime ?? release.published.date;
  if (release.modified) article.dateModified = release.modified;
  if (release.category) article.articleSection = release.category;
  if (release.topics?.length) article.keywords = release.topics;
  article.articleBody = release.body.join("\n\n");

  const publisherParliament = release.publisher?.parliament ? index.parliaments.get(release.publisher.parliament) : undefined;
  if (publisherParliament) {
    const publisher = parliamentNode(publisherParliament, place);
    if (release.publisher?.department) {
      publisher.department = { "@type": "GovernmentOrganization", name: release.publisher.department };
    }
    article.publisher = publisher;
  } else if (release.publisher?.department || release.publisher?.signature) {
    article.publisher = {
      "@type": "GovernmentOrganization",
      name: release.publisher.department ?? release.publisher.signature?.join(", "),
    };
  }
  // A press release is authored by its publisher (search engines ask for an author on articles).
  if (article.publisher) {
    const publisher = article.publisher as Node;
    article.author = { "@type": "GovernmentOrganization", name: release.publisher?.department ?? publisher.name };
  }
  const described = new Set<string>();
  if (release.meetings.length) article.about = release.meetings.map((m) => eventNode(m, index, described, place, release.id));
  const mentioned = release.parliaments.filter((p) => p.id !== publisherParliament?.id).map((p) => parliamentNode(p, place));
  if (mentioned.length) article.mentions = mentioned;
  const based = release.sources.map((s) => safeHttpUrl(s.url)).filter((u): u is string => u !== undefined);
  if (based.length) article.isBasedOn = based;
  const translations = release.translations?.flatMap((t) => {
    const url = safeHttpUrl(t.url);
    return url ? [{ "@type": "NewsArticle", inLanguage: t.language, url, ...(t.title ? { headline: t.title } : {}) }] : [];
  });
  if (translations?.length) article.workTranslation = translations;
  return article;
}

/** The JSON-LD as text safe to place inside a `<script type="application/ld+json">` element. */
export function renderJsonLdScript(release: Release, place: JsonLdPlace = {}): string {
  return jsonForScript(renderJsonLd(release, place));
}

/** JSON-LD for an official's page: the Person, their posts, and the page as its main entity. */
export function renderPersonJsonLd(official: Official, parliamentNames: (id: string) => string | undefined, place: JsonLdPlace): string {
  const parliaments = new Map<string, Parliament>();
  for (const position of official.positions ?? []) {
    const organization = position.organization;
    if (organization && "parliament" in organization) parliaments.set(organization.parliament, { id: organization.parliament, name: parliamentNames(organization.parliament) ?? organization.parliament });
  }
  const node = personNode(official, { officials: new Map(), parliaments }, place);
  return jsonForScript({ "@context": "https://schema.org", ...node, ...pageOf(place, officialPath(official.id)) });
}

/** JSON-LD for a parliament's page: the GovernmentOrganization, and the page as its main entity. */
export function renderParliamentJsonLd(parliament: Parliament, place: JsonLdPlace): string {
  const node = parliamentNode(parliament, place);
  const page = pageOf(place, parliamentPath(parliament.id));
  // The parliament's own website stays its url; our page is where it is described.
  if (page.mainEntityOfPage) node.mainEntityOfPage = page.mainEntityOfPage;
  return jsonForScript({ "@context": "https://schema.org", ...node });
}
