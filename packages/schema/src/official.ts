import { z } from "zod";
import { CountryCodeSchema } from "./country.js";
import { ReducedDateSchema } from "./dates.js";
import { EvidenceSchema } from "./evidence.js";
import { IdentifierSchema, OfficialIdSchema, ParliamentIdSchema } from "./ids.js";
import { limits } from "./limits.js";
import { OtherNameSchema } from "./other-name.js";
import { chamberKinds } from "./parliament.js";
import { text } from "./text.js";

/** Normalised roles; the label keeps what was written. */
export const roles = [
  "head_of_parliament",
  "deputy_head_of_parliament",
  "member_of_parliament",
  "committee_chair",
  "head_of_state",
  "head_of_government",
  "minister",
  "ambassador",
  "secretary_general",
  "head_of_delegation",
  "other",
] as const;

export const OrganizationSchema = z
  .union([
    z.strictObject({ parliament: ParliamentIdSchema.meta({ description: "A parliament in this document." }) }),
    z.strictObject({ name: text(limits.name), country: CountryCodeSchema.optional() }),
  ])
  .meta({
    id: "Organization",
    title: "Organization",
    description: "The body the position belongs to: a parliament in this document, or a named organisation.",
  });

/** A position held (Popolo post + membership, Wikidata "position held"). */
export const PositionSchema = z
  .strictObject({
    label: text(limits.label).meta({ description: 'The title in full as written, e.g. "Chair of the Milli Majlis".' }),
    role: z.enum(roles),
    organization: OrganizationSchema.optional(),
    chamber: z.enum(chamberKinds).optional(),
    country: CountryCodeSchema.optional().meta({ description: "The country the holder represents." }),
    start: ReducedDateSchema.optional(),
    end: ReducedDateSchema.optional(),
    evidence: z.array(EvidenceSchema).max(limits.list.small).optional(),
  })
  .meta({ id: "Position", title: "Position", description: "A position an official holds or held." });

/** A person acting in an official capacity (Popolo person). */
export const OfficialSchema = z
  .strictObject({
    id: OfficialIdSchema,
    name: text(limits.name).meta({ description: "The name in the release's language, without honorific." }),
    otherNames: z.array(OtherNameSchema).max(limits.list.small).optional(),
    honorific: text(50).optional().meta({ description: "Mrs, Mr, Dr..." }),
    positions: z.array(PositionSchema).max(limits.list.small).optional(),
    identifiers: z.array(IdentifierSchema).max(limits.list.small).optional(),
  })
  .meta({ id: "Official", title: "Official", description: "A person named in a release in an official capacity." });

export type Organization = z.infer<typeof OrganizationSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Role = (typeof roles)[number];
export type Official = z.infer<typeof OfficialSchema>;
