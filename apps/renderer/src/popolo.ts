import type { Official, Parliament, Release } from "@parlwire/schema";
import { countryName, slugify } from "./lookup.js";

// Popolo (https://www.popoloproject.com/specs/) objects, with Open Civic Data's event participants.
type Json = Record<string, unknown>;

export interface PopoloDocument {
  persons: Json[];
  organizations: Json[];
  memberships: Json[];
  events: Json[];
}

function otherNames(names: Official["otherNames"]): Json[] | undefined {
  if (!names?.length) return undefined;
  return names.map((n) => ({ name: n.name, ...(n.language ? { lang: n.language } : {}), ...(n.note ? { note: n.note } : {}) }));
}

function identifiers(list: Official["identifiers"]): Json[] | undefined {
  return list?.length ? list.map((i) => ({ scheme: i.scheme, identifier: i.identifier })) : undefined;
}

function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

function parliamentOrganization(parliament: Parliament): Json {
  return compact({
    id: parliament.id,
    name: parliament.name,
    classification: "legislature",
    other_names: otherNames(parliament.otherNames),
    identifiers: identifiers(parliament.identifiers),
    area: parliament.country ? { id: `country:${parliament.country.toLowerCase()}`, name: countryName(parliament.country) } : undefined,
    seats: parliament.seats?.count,
    links: parliament.website ? [{ url: parliament.website, note: "website" }] : undefined,
  });
}

/**
 * Persons, organisations, memberships (positions) and events of a set of releases, merged by id
 * (the first release to mention a thing names it) and sorted by id, so the same releases always
 * give the same document.
 */
export function renderPopolo(releases: Iterable<Release>): PopoloDocument {
  const builder = new PopoloBuilder();
  for (const release of releases) builder.add(release);
  return builder.build();
}

/**
 * Collects Popolo objects release by release, keeping only the merged objects, not the releases.
 * With `onEvent`, events (one per meeting, the part that grows with the corpus) are handed over
 * as they are found instead of kept, and are left out of {@link PopoloBuilder.build}.
 */
export class PopoloBuilder {
  private readonly persons = new Map<string, Json>();
  private readonly organizations = new Map<string, Json>();
  private readonly memberships = new Map<string, Json>();
  private readonly events = new Map<string, Json>();
  private readonly eventIds = new Set<string>();

  constructor(private readonly onEvent?: (event: Json) => void) {}

  add(release: Release): void {
    const { persons, organizations, memberships, events } = this;
    for (const parliament of release.parliaments) {
      if (!organizations.has(parliament.id)) organizations.set(parliament.id, parliamentOrganization(parliament));
    }
    for (const official of release.officials) {
      if (!persons.has(official.id)) {
        persons.set(
          official.id,
          compact({
            id: official.id,
            name: official.name,
            honorific_prefix: official.honorific,
            other_names: otherNames(official.otherNames),
            identifiers: identifiers(official.identifiers),
          }),
        );
      }
      for (const position of official.positions ?? []) {
        let organizationId: string | undefined;
        if (position.organization && "parliament" in position.organization) {
          organizationId = position.organization.parliament;
        } else if (position.organization) {
          organizationId = `organization:${slugify(position.organization.name)}`;
          if (!organizations.has(organizationId)) {
            organizations.set(
              organizationId,
              compact({
                id: organizationId,
                name: position.organization.name,
                area: position.organization.country
                  ? { id: `country:${position.organization.country.toLowerCase()}`, name: countryName(position.organization.country) }
                  : undefined,
              }),
            );
          }
        }
        const key = JSON.stringify([official.id, organizationId ?? null, position.label, position.start ?? null]);
        if (!memberships.has(key)) {
          memberships.set(
            key,
            compact({
              id: `membership:${memberships.size + 1}`,
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
    }
    for (const meeting of release.meetings) {
      if (this.eventIds.has(meeting.id)) continue;
      this.eventIds.add(meeting.id);
      const event = compact({
        id: meeting.id,
        name: release.title,
        classification: "meeting",
        status: meeting.status === "held" ? "passed" : meeting.status === "cancelled" ? "cancelled" : "confirmed",
        start_date: meeting.date,
        end_date: meeting.endDate,
        location: meeting.place ? compact({ name: meeting.place.name, country: meeting.place.country }) : undefined,
        description: meeting.occasion,
        participants: meeting.participants.map((p) =>
          compact({ entity_type: "person", entity_id: p.official, name: p.name, note: p.side }),
        ),
        sources: [{ note: release.id }],
      });
      if (this.onEvent) this.onEvent(event);
      else events.set(meeting.id, event);
    }
  }

  build(): PopoloDocument {
    const { persons, organizations, memberships, events } = this;
    const byId = (a: Json, b: Json) => ((a.id as string) < (b.id as string) ? -1 : (a.id as string) > (b.id as string) ? 1 : 0);
  return {
    persons: [...persons.values()].sort(byId),
    organizations: [...organizations.values()].sort(byId),
    memberships: [...memberships.values()],
    events: [...events.values()].sort(byId),
    };
  }
}
