import { z } from "zod";
import { CountryCodeSchema } from "./country.js";
import { ReducedDateSchema } from "./dates.js";
import { IdentifierSchema, ParliamentIdSchema } from "./ids.js";
import { limits } from "./limits.js";
import { OtherNameSchema } from "./other-name.js";
import { text } from "./text.js";
import { HttpUrlSchema } from "./url.js";

export const chamberKinds = ["single", "upper", "lower"] as const;
export const electoralSystems = ["majoritarian", "proportional", "mixed", "indirect", "appointed", "other"] as const;

const seatCount = z.int().min(1).max(10_000);

export const ChamberSchema = z
  .strictObject({
    kind: z.enum(chamberKinds).meta({ description: "single for a unicameral parliament." }),
    name: text(limits.name).optional(),
    seats: seatCount.optional(),
  })
  .meta({ id: "Chamber", title: "Chamber", description: "A chamber (house) of a parliament." });

export const SeatsSchema = z
  .strictObject({
    count: seatCount,
    asOf: ReducedDateSchema.optional().meta({ description: "The date the count holds for." }),
  })
  .meta({ id: "Seats", title: "Seats", description: "The number of seats (members) and when that held." });

/** A parliament or parliamentary assembly (Popolo organization, OCD classification "legislature"). */
export const ParliamentSchema = z
  .strictObject({
    id: ParliamentIdSchema,
    name: text(limits.name),
    otherNames: z.array(OtherNameSchema).max(limits.list.small).optional(),
    country: CountryCodeSchema.optional().meta({
      description: "Country of a national parliament; absent for international assemblies.",
    }),
    structure: z.enum(["unicameral", "bicameral"]).optional(),
    chambers: z.array(ChamberSchema).min(1).max(3).optional(),
    seats: SeatsSchema.optional(),
    electoralSystem: z.enum(electoralSystems).optional(),
    termYears: z.int().min(1).max(10).optional().meta({ description: "Length of a convocation (term), in years." }),
    website: HttpUrlSchema.optional(),
    identifiers: z.array(IdentifierSchema).max(limits.list.small).optional(),
  })
  .meta({
    id: "Parliament",
    title: "Parliament",
    description: "A parliament or parliamentary assembly that a release speaks for or is about.",
  });

export type Chamber = z.infer<typeof ChamberSchema>;
export type Seats = z.infer<typeof SeatsSchema>;
export type Parliament = z.infer<typeof ParliamentSchema>;
