import type { Official, Parliament, Position, Release } from "@parlwire/schema";
import { safeHttpUrl } from "./escape.js";
import { countryName, slugify } from "./lookup.js";
import { factStamp, mergeOfficial, mergeParliament, type Merged } from "./merge-facts.js";
import { releasePath } from "./paths.js";
import { httpUrlAsUri } from "./uri.js";
import { participantPart, words } from "./words.js";

// Popolo (https://www.popoloproject.com/specs/) persons, organizations, memberships and events,
// shaped to pass the popolo-spec JSON Schemas (draft-03): events have `attendees` (person objects)
// and a string `location`; every `sources[]`/`links[]` entry has a `url`.
type Json = Record<string, unknown>;

export interface PopoloDocument {
  persons: Json[];
  organizations: Json[];
  memberships: Json[];
  events: Json[];
}

export interface PopoloOptions {
  /** Absolute http(s) URL of the site, ending in `/`: events without an http(s) source cite their release page there. */
  baseUrl?: string;
  /**
   * Receives each event (one per meeting, the part that grows with the corpus) with the stamp of
   * the release it came from (larger is newer) instead of keeping it; see {@link PopoloBuilder.build}.
   */
  onEvent?: (event: Json, stamp: string) => void;
  /**
   * The caller merges persons and parliaments itself, with the same functions (a site's index
   * does anyway): {@link PopoloBuilder.add} leaves them out and {@link PopoloBuilder.build} is given them.
   */
  mergedElsewhere?: boolean;
}

/** Persons and parliaments merged across releases by the caller (see `mergedElsewhere`), in the order first met. */
export interface MergedElsewhere {
  persons: readonly Official[];
  parliaments: readonly Parliament[];
}

function otherNames(names: Official["otherNames"]): Json[] | undefined {
  if (!names?.length) return undefined;
  return names.map((n) => ({ name: n.name, ...(n.language ? { lang: n.language } : {}), ...(n.note ? { note: n.note } : {}) }));
}

function identifiers(list: Official["identifiers"]): Json[] | undefined {
  return list?.length ? list.map((i) => ({ scheme: i.scheme, identifier: i.identifier })) : undefined;
}

/** An http(s) URL safe to publish, as the RFC 3986 URI Popolo's `format: "uri"` asks for. */
function popoloUrl(url: string | undefined): string | undefined {
  const safe = safeHttpUrl(url);
  return safe === undefined ? undefined : httpUrlAsUri(safe);
}

function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

function area(country: string | undefined): Json | undefined {
  return country ? { id: `country:${country.toLowerCase()}`, name: countryName(country) } : undefined;
}

function parliamentOrganization(parliament: Parliament): Json {
  const website = popoloUrl(parliament.website);
  return compact({
    id: parliament.id,
    name: parliament.name,
    classification: "legislature",
    other_names: otherNames(parliament.otherNames),
    identifiers: identifiers(parliament.identifiers),
    area: area(parliament.country),
    seats: parliament.seats?.count,
    links: website ? [{ url: website, note: "website" }] : undefined,
  });
}

/** The Popolo id of a named (non-parliament) organisation: its name and country as a slug. */
function namedOrganizationId(organization: { name: string; country?: string }): string {
  return `organization:${slugify(organization.name)}${organization.country ? `-${organization.country.toLowerCase()}` : ""}`;
}

/**
 * A membership's id from what it is, so it never changes when other inputs come and go:
 * `membership:<person>--<organisation>--<role>[--<chamber>]`.
 */
function membershipId(personId: string, organizationId: string, position: Position): string {
  const slug = (id: string) => id.slice(id.indexOf(":") + 1);
  return `membership:${slug(personId)}--${slug(organizationId)}--${position.role.replaceAll("_", "-")}${position.chamber ? `--${position.chamber}` : ""}`;
}

/**
 * Persons, organisations, memberships and events of a set of releases, merged by id (each fact
 * from the newest release that states it, so input order never matters) and sorted by id.
 */
export function renderPopolo(releases: Iterable<Release>, options: Omit<PopoloOptions, "onEvent"> = {}): PopoloDocument {
  const builder = new PopoloBuilder(options);
  for (const release of releases) builder.add(release);
  return builder.build();
}

/**
 * Collects Popolo objects release by release, keeping only the merged objects, not the releases.
 * With `onEvent`, events are handed over as they are found instead of kept, and are left out of
 * {@link PopoloBuilder.build}; the receiver keeps the newest per id and sorts them.
 */
export class PopoloBuilder {
  private readonly persons = new Map<string, ReturnType<typeof mergeOfficial>>();
  private readonly parliaments = new Map<string, Merged<Parliament>>();
  private readonly organizations = new Map<string, { value: Json; stamp: string }>();
  private readonly events = new Map<string, { value: Json; stamp: string }>();

  constructor(private readonly options: PopoloOptions = {}) {}

  add(release: Release): void {
    const stamp = factStamp(release);
    const mergeHere = !this.options.mergedElsewhere;
    if (mergeHere) {
      for (const parliament of release.parliaments) {
        this.parliaments.set(parliament.id, mergeParliament(this.parliaments.get(parliament.id), parliament, release));
      }
    }
    for (const official of release.officials) {
      if (mergeHere) this.persons.set(official.id, mergeOfficial(this.persons.get(official.id), official, release));
      for (const position of official.positions ?? []) {
        const organization = position.organization;
        if (!organization || "parliament" in organization) continue;
        const id = namedOrganizationId(organization);
        const known = this.organizations.get(id);
        if (!known || stamp > known.stamp) {
          this.organizations.set(id, { value: compact({ id, name: organization.name, area: area(organization.country) }), stamp });
        }
      }
    }
    const source = release.sources.map((s) => popoloUrl(s.url)).find((u) => u !== undefined);
    const page = this.options.baseUrl ? popoloUrl(new URL(releasePath(release.id), this.options.baseUrl).href) : undefined;
    const sources = [source, page].filter((u): u is string => u !== undefined).map((url) => ({ url, note: url === page ? `release page (${release.id})` : `source of ${release.id}` }));
    for (const meeting of release.meetings) {
      const place = meeting.place ? `${meeting.place.name}${meeting.place.country ? `, ${countryName(meeting.place.country)}` : ""}` : undefined;
      const event = compact({
        id: meeting.id,
        name: release.title,
        classification: meeting.kind ? words.meetingKind[meeting.kind].toLowerCase() : "meeting",
        status: meeting.status === "held" ? "passed" : meeting.status === "cancelled" ? "cancelled" : "confirmed",
        start_date: meeting.date,
        end_date: meeting.endDate,
        location: place,
        description: meeting.occasion,
        organization_id: release.publisher?.parliament,
        attendees: meeting.participants.map((p) => {
          const part = participantPart(p);
          return compact({ id: p.official, name: p.name, ...(part ? { role: part } : {}) });
        }),
        sources: sources.length ? sources : undefined,
      });
      if (this.options.onEvent) this.options.onEvent(event, stamp);
      else {
        const known = this.events.get(meeting.id);
        if (!known || stamp > known.stamp) this.events.set(meeting.id, { value: event, stamp });
      }
    }
  }

  build(merged?: MergedElsewhere): PopoloDocument {
    const byId = (a: Json, b: Json) => ((a.id as string) < (b.id as string) ? -1 : (a.id as string) > (b.id as string) ? 1 : 0);
    const officials = merged?.persons ?? [...this.persons.values()].map((p) => p.value);
    const parliaments = merged?.parliaments ?? [...this.parliaments.values()].map((p) => p.value);
    const persons = officials.map((official) =>
      compact({
        id: official.id,
        name: official.name,
        honorific_prefix: official.honorific,
        other_names: otherNames(official.otherNames),
        identifiers: identifiers(official.identifiers),
      }),
    );
    const organizations = [...parliaments.map(parliamentOrganization), ...[...this.organizations.values()].map((o) => o.value)];
    // Memberships from each person's merged posts; a post with no organisation has no Popolo membership.
    const memberships: Json[] = [];
    for (const official of officials) {
      for (const position of official.positions ?? []) {
        const organization = position.organization;
        if (!organization) continue;
        const organizationId = "parliament" in organization ? organization.parliament : namedOrganizationId(organization);
        memberships.push(
          compact({
            id: membershipId(official.id, organizationId, position),
            person_id: official.id,
            organization_id: organizationId,
            role: position.label,
            label: position.label,
            start_date: position.start,
            end_date: position.end,
          }),
        );
      }
    }
    return {
      persons: persons.sort(byId),
      organizations: organizations.sort(byId),
      // Two posts can only share an id when their organisations' names slug alike: keep one.
      memberships: memberships.sort(byId).filter((m, i, all) => i === 0 || m.id !== all[i - 1]?.id),
      events: [...this.events.values()].map((e) => e.value).sort(byId),
    };
  }
}
