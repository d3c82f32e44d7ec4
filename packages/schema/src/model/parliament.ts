import { z } from "zod";
import { CountryCodeSchema } from "./country.js";
import { ReducedDateSchema } from "./dates.js";
import { IdentifierSchema, ParliamentIdSchema } from "./ids.js";
import { limits } from "./limits.js";
import { OtherNameSchema } from "./other-name.js";
import { text } from "./text.js";
import { documentedEnum } from "./documented-enum.js";
import { HttpUrlSchema } from "./url.js";

export const chamberKinds = ["single", "upper", "lower"] as const;
export const electoralSystems = ["majoritarian", "proportional", "mixed", "indirect", "appointed", "other"] as const;

/** The kind of a chamber; `single` for a unicameral parliament. */
export const ChamberKindSchema = documentedEnum(
  { single: "the only chamber of a unicameral parliament", upper: "the upper house (a senate)", lower: "the lower house" },
  "ChamberKind",
  "Which chamber of a parliament.",
);

const seatCount = z.int().min(1).max(10_000);

export const ChamberSchema = z
  .strictObject({
    kind: ChamberKindSchema,
    name: text(limits.name).optional().meta({ description: "The chamber's name as written, e.g. Senate." }),
    seats: seatCount.optional().meta({ description: "The number of seats in this chamber." }),
  })
  .meta({ id: "Chamber", title: "Chamber", description: "A chamber (house) of a parliament." });

export const SeatsSchema = z
  .strictObject({
    count: seatCount.meta({ description: "The number of seats (members)." }),
    asOf: ReducedDateSchema.optional().meta({ description: "The date the count holds for." }),
  })
  .meta({ id: "Seats", title: "Seats", description: "The number of seats (members) and when that held." });

/** A parliament or parliamentary assembly (Popolo organization, OCD classification "legislature"). */
export const ParliamentSchema = z
  .strictObject({
    id: ParliamentIdSchema,
    name: text(limits.name).meta({ description: "The name in the release's language." }),
    otherNames: z.array(OtherNameSchema).max(limits.list.small).optional().meta({ description: "Other names, spellings and translations." }),
    country: CountryCodeSchema.optional().meta({
      description: "Country of a national parliament; absent for international assemblies.",
    }),
    structure: documentedEnum({ unicameral: "one chamber", bicameral: "two chambers" }, "ParliamentStructure", "How many chambers it has.").optional(),
    chambers: z.array(ChamberSchema).min(1).max(3).optional().meta({ description: "Its chambers." }),
    seats: SeatsSchema.optional().meta({ description: "Its size in seats." }),
    electoralSystem: documentedEnum(
      {
        majoritarian: "members elected in single-member districts by majority or plurality",
        proportional: "members elected from lists in proportion to the votes",
        mixed: "part majoritarian, part proportional",
        indirect: "members chosen by other bodies, e.g. regional legislatures",
        appointed: "members appointed",
        other: "any other system",
      } satisfies Record<(typeof electoralSystems)[number], string>,
      "ElectoralSystem",
      "How the members are chosen.",
    ).optional(),
    termYears: z.int().min(1).max(10).optional().meta({ description: "Length of a convocation (term), in years." }),
    website: HttpUrlSchema.optional().meta({ description: "The parliament's website." }),
    identifiers: z.array(IdentifierSchema).max(limits.list.small).optional().meta({ description: "Identifiers in external schemes (Wikidata...)." }),
  })
  .meta({
    id: "Parliament",
    title: "Parliament",
    description: "A parliament or parliamentary assembly that a release speaks for or is about.",
  });

export type Chamber = z.infer<typeof ChamberSchema>;
export type Seats = z.infer<typeof SeatsSchema>;
export type Parliament = z.infer<typeof ParliamentSchema>;
