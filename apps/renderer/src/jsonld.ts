import type { Meeting, Official, Parliament, Position, Release } from "@parlwire/schema";
import { jsonForScript, safeHttpUrl } from "./escape.js";
import { countryName, indexRelease, type ReleaseIndex } from "./lookup.js";

type Node = Record<string, unknown>;
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

function parliamentNode(parliament: Parliament): Node {
  const node: Node = { "@type": "GovernmentOrganization", "@id": `#${parliament.id}`, name: parliament.name };
  if (parliament.otherNames?.length) node.alternateName = parliament.otherNames.map((n) => n.name);
  const website = safeHttpUrl(parliament.website);
  if (website) node.url = website;
  if (parliament.country) node.areaServed = { "@type": "Country", name: countryName(parliament.country), identifier: parliament.country };
  return withSameAs(node, parliament.identifiers);
}

function roleNode(position: Position, index: ReleaseIndex): Node {
  const role: Node = { "@type": "OrganizationRole", roleName: position.label };
  if (position.start) role.startDate = position.start;
  if (position.end) role.endDate = position.end;
  const organization = position.organization;
  if (organization && "parliament" in organization) {
    const parliament = index.parliaments.get(organization.parliament);
    role.memberOf = { "@type": "GovernmentOrganization", "@id": `#${organization.parliament}`, ...(parliament ? { name: parliament.name } : {}) };
  } else if (organization) {
    role.memberOf = { "@type": "Organization", name: organization.name };
  }
  return role;
}

function personNode(official: Official, index: ReleaseIndex): Node {
  const node: Node = { "@type": "Person", "@id": `#${official.id}`, name: official.name };
  if (official.honorific) node.honorificPrefix = official.honorific;
  if (official.otherNames?.length) node.alternateName = official.otherNames.map((n) => n.name);
  if (official.positions?.length) {
    node.jobTitle = official.positions[0]?.label;
    node.memberOf = official.positions.map((p) => roleNode(p, index));
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

function eventNode(meeting: Meeting, index: ReleaseIndex, described: Set<string>): Node {
  const names = meeting.participants.map((p) => p.name);
  const node: Node = {
    "@type": "Event",
    "@id": `#${meeting.id}`,
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
    if (described.has(official.id)) return { "@type": "Person", "@id": `#${official.id}`, name: official.name };
    described.add(official.id);
    return personNode(official, index);
  });
  return node;
}

/** The release as schema.org JSON-LD: a NewsArticle (press release) about its meetings as Events. */
export function renderJsonLd(release: Release): Record<string, unknown> {
  const index = indexRelease(release);
  const article: Node = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `#${release.id}`,
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
    const publisher = parliamentNode(publisherParliament);
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
  if (release.meetings.length) article.about = release.meetings.map((m) => eventNode(m, index, described));
  const mentioned = release.parliaments.filter((p) => p.id !== publisherParliament?.id).map(parliamentNode);
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
export function renderJsonLdScript(release: Release): string {
  return jsonForScript(renderJsonLd(release));
}
