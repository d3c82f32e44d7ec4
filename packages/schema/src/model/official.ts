import { z } from "zod";
import { CountryCodeSchema } from "./country.js";
import { ReducedDateSchema } from "./dates.js";
import { EvidenceSchema } from "./evidence.js";
import { IdentifierSchema, OfficialIdSchema, ParliamentIdSchema } from "./ids.js";
import { limits } from "./limits.js";
import { OtherNameSchema } from "./other-name.js";
import { ChamberKindSchema } from "./parliament.js";
import { documentedEnum } from "./documented-enum.js";
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

const roleMeanings = {
  head_of_parliament: "speaker, chair or president of a parliament or chamber",
  deputy_head_of_parliament: "deputy speaker, vice-chair or vice-president of a parliament or chamber",
  member_of_parliament: "a member (MP, deputy, senator)",
  committee_chair: "chair of a committee, working group or friendship group",
  head_of_state: "a president or monarch",
  head_of_government: "a prime minister or premier",
  minister: "a member of a government",
  ambassador: "an ambassador or head of a diplomatic mission",
  secretary_general: "the secretary general of a parliament or assembly",
  head_of_delegation: "the leader of a delegation",
  other: "any other position",
} satisfies Record<(typeof roles)[number], string>;

export const OrganizationSchema = z
  .union([
    z
      .strictObject({ parliament: ParliamentIdSchema.meta({ description: "A parliament in this document." }) })
      .meta({ title: "ParliamentReference", description: "A parliament of this document, by id." }),
    z
      .strictObject({
        name: text(limits.name).meta({ description: "The organisation's name as written." }),
        country: CountryCodeSchema.optional().meta({ description: "The organisation's country." }),
      })
      .meta({ title: "NamedOrganization", description: "Any other organisation, by name." }),
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
    role: documentedEnum(roleMeanings, "Role", "The normalised kind of position; label keeps what was written."),
    organization: OrganizationSchema.optional().meta({ description: "The body the position belongs to." }),
    chamber: ChamberKindSchema.optional().meta({ description: "The chamber, for a position in one chamber." }),
    country: CountryCodeSchema.optional().meta({ description: "The country the holder represents." }),
    start: ReducedDateSchema.optional().meta({ description: "When the holder took up the position." }),
    end: ReducedDateSchema.optional().meta({ description: "When the holder left it; not before start." }),
    evidence: z.array(EvidenceSchema).max(limits.list.small).optional().meta({ description: "Where the position is stated." }),
  })
  .meta({ id: "Position", title: "Position", description: "A position an official holds or held." });

/** A person acting in an official capacity (Popolo person). */
export const OfficialSchema = z
  .strictObject({
    id: OfficialIdSchema,
    name: text(limits.name).meta({ description: "The name in the release's language, without honorific." }),
    otherNames: z.array(OtherNameSchema).max(limits.list.small).optional().meta({ description: "Other spellings, transliterations or translations." }),
    honorific: text(50).optional().meta({ description: "Mrs, Mr, Dr..." }),
    positions: z.array(PositionSchema).max(limits.list.small).optional().meta({ description: "Positions held, as the release states them." }),
    identifiers: z.array(IdentifierSchema).max(limits.list.small).optional().meta({ description: "Identifiers in external schemes (Wikidata...)." }),
  })
  .meta({ id: "Official", title: "Official", description: "A person named in a release in an official capacity." });

export type Organization = z.infer<typeof OrganizationSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Role = (typeof roles)[number];
export type Official = z.infer<typeof OfficialSchema>;
