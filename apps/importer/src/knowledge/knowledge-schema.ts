import { CountryCodeSchema, LanguageSchema, ParliamentIdSchema, OfficialIdSchema, TimeZoneSchema, roles } from "@parlwire/schema";
import { z } from "zod";

// The shapes of the files in apps/importer/data (documented in DATA.md). They are checked when the
// importer loads, so a bad edit fails with the file and JSON path instead of a wrong extraction.

const name = z.string().min(1).max(300);
const otherName = z.strictObject({ name, language: LanguageSchema.optional() });

const word = z.string().regex(/^[a-z][a-z'’.-]{0,20}$/, "a lowercase word");

export const HonorificsFileSchema = z.strictObject({
  honorifics: z.array(word),
  compoundFirstWords: z.array(word),
  /** Abbreviated titles written like a form of address ("Sen. X"): the title they stand for. */
  titleAbbreviations: z.record(word, z.string().min(1).max(40)),
  postNominals: z.array(word),
});

export const EventKindsFileSchema = z.strictObject({
  kinds: z.array(
    z.strictObject({
      kind: z.enum(["bilateral_meeting", "delegation_received", "official_visit", "plenary_sitting", "committee_meeting", "assembly_session", "call", "interview", "ceremony", "other"]),
      cues: z.array(z.string().regex(/^[a-z][a-z ’'-]{1,60}$/, "a lowercase phrase")).min(1),
    }),
  ),
});

export const MonthsFileSchema = z.record(LanguageSchema, z.record(z.string().min(2).max(20), z.int().min(1).max(12)));

export const SourcesFileSchema = z.strictObject({
  sources: z.array(
    z.strictObject({
      name,
      hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)),
      timeZone: TimeZoneSchema.optional(),
      language: LanguageSchema,
      parliament: ParliamentIdSchema.optional(),
      markers: z.array(z.string().min(10).max(200)),
      undatedMeetingOnPublicationDay: z.boolean().optional(),
    }),
  ),
});

export const ParliamentsFileSchema = z.strictObject({
  parliaments: z.array(
    z.strictObject({
      id: ParliamentIdSchema,
      name,
      otherNames: z.array(otherName).optional(),
      aliases: z.array(name),
      country: CountryCodeSchema.optional(),
      structure: z.enum(["unicameral", "bicameral"]).optional(),
      chambers: z
        .array(
          z.strictObject({
            kind: z.enum(["single", "upper", "lower"]),
            name: name.optional(),
            aliases: z.array(name).optional(),
          }),
        )
        .optional(),
      website: z.string().regex(/^https?:\/\//).optional(),
    }),
  ),
});

export const OfficialsFileSchema = z.strictObject({
  officials: z.array(
    z.strictObject({
      id: OfficialIdSchema,
      name,
      variants: z.array(name),
      otherNames: z.array(otherName).optional(),
      country: CountryCodeSchema.optional(),
    }),
  ),
});

export const PositionsFileSchema = z.strictObject({
  titles: z.array(z.string().min(2)),
  plurals: z.record(z.string(), z.string()),
  modifiers: z.array(z.string()),
  staffBodies: z.array(z.string().regex(/^[a-z-]+$/)),
  roles: z.array(
    z.strictObject({
      role: z.enum(roles),
      titles: z.array(z.string().min(2)),
      context: z.enum(["any", "parliament", "committee", "group", "country", "parliament-or-none"]),
    }),
  ),
});

export const ReferencesFileSchema = z.strictObject({
  abbreviations: z.record(z.string().regex(/^[A-Z]{2,6}$/), z.string().min(2).max(100)),
  bodies: z.array(z.string().regex(/^[a-z-]+(?: [a-z-]+){0,2}$/)),
  referringWords: z.array(z.string().regex(/^[a-z-]+$/)),
});

export const DemonymsFileSchema = z.strictObject({ demonyms: z.record(z.string(), CountryCodeSchema) });
export const PlacesFileSchema = z.strictObject({ cities: z.record(z.string(), CountryCodeSchema) });

export type SourceProfile = z.infer<typeof SourcesFileSchema>["sources"][number];
export type KnownParliament = z.infer<typeof ParliamentsFileSchema>["parliaments"][number];
export type KnownOfficial = z.infer<typeof OfficialsFileSchema>["officials"][number];
export type RoleRule = z.infer<typeof PositionsFileSchema>["roles"][number];
