import { z } from "zod";
import { limits } from "./limits.js";
import { portablePattern } from "../zod-free/portable-pattern.js";
import { patterned, text } from "./text.js";

/** The kinds of things that carry an id inside a release document. */
export const idKinds = ["release", "meeting", "official", "parliament"] as const;
export type IdKind = (typeof idKinds)[number];

function idSchema(kind: IdKind) {
  return patterned(
    portablePattern(`${kind}:[a-z0-9]+(?:-[a-z0-9]+)*`),
    limits.id,
    `an id like ${kind}:example-name (lowercase letters, digits and single hyphens)`,
  ).meta({
    description: `Id of a ${kind}: "${kind}:" then lowercase ASCII words joined by single hyphens. Stable across imports.`,
  });
}

export const ReleaseIdSchema = idSchema("release");
export const MeetingIdSchema = idSchema("meeting");
export const OfficialIdSchema = idSchema("official");
export const ParliamentIdSchema = idSchema("parliament");

/** An identifier in an external scheme, e.g. `{ scheme: "wikidata", identifier: "Q4231557" }`. */
export const IdentifierSchema = z
  .strictObject({
    scheme: patterned(portablePattern("[a-z][a-z0-9_-]{0,39}"), 40, "a lowercase scheme name like wikidata").meta({
      description: "The scheme, lowercase: wikidata, isni, popolo...",
    }),
    identifier: text(limits.shortText).meta({ description: "The identifier in that scheme, e.g. Q4231557." }),
  })
  .meta({
    id: "Identifier",
    title: "Identifier",
    description: "An identifier of the thing in an external scheme (wikidata, isni, popolo...).",
  });
