import { z } from "zod";
import { documentedEnum } from "./documented-enum.js";
import { DateTimeSchema, LocalDateSchema, LocalDateTimeSchema, TimeZoneSchema } from "./dates.js";
import { ParliamentIdSchema, ReleaseIdSchema } from "./ids.js";
import { LanguageSchema } from "./language.js";
import { limits } from "./limits.js";
import { MeetingSchema } from "./meeting.js";
import { OfficialSchema } from "./official.js";
import { ParliamentSchema } from "./parliament.js";
import { checkSemanticRules } from "../validate/semantic-rules.js";
import { SourceSchema } from "./source.js";
import { text } from "./text.js";
import { HttpUrlSchema } from "./url.js";

export const PublishedSchema = z
  .strictObject({
    date: LocalDateSchema.meta({ description: "The date as printed, local to the source." }),
    dateTime: DateTimeSchema.optional().meta({
      description: "Present when the time and the source's offset are known; its date part equals date.",
    }),
    localDateTime: LocalDateTimeSchema.optional().meta({
      description:
        "The date and time as printed, local to the source, without offset; kept even when the zone or offset is unknown. Its date part equals date.",
    }),
    timeZone: TimeZoneSchema.optional().meta({ description: "The IANA zone the source prints in." }),
    asPrinted: text(limits.shortText).optional().meta({ description: 'The date line as printed: "15 April 2021 | 21:25".' }),
  })
  .meta({ id: "Published", title: "Published", description: "When the release was published, as precisely as printed." });

export const PublisherSchema = z
  .strictObject({
    signature: z.array(text(limits.name)).min(1).max(10).optional().meta({
      description: "The signature lines as printed, in order.",
    }),
    department: text(limits.label).optional().meta({ description: "The signing department." }),
    parliament: ParliamentIdSchema.optional().meta({ description: "The parliament the release speaks for." }),
  })
  .meta({ id: "Publisher", title: "Publisher", description: "Who signed the release and for which parliament." });

export const BoilerplateSchema = z
  .strictObject({
    text: text(limits.boilerplate).meta({ description: "The paragraph as printed." }),
    parliament: ParliamentIdSchema.optional().meta({ description: "The parliament it describes." }),
    truncated: z.boolean().optional().meta({ description: "True when the paragraph was cut at its length cap." }),
  })
  .meta({
    id: "Boilerplate",
    title: "Boilerplate",
    description: "The standard paragraph about the parliament, kept apart from the body.",
  });

export const TranslationSchema = z
  .strictObject({
    language: LanguageSchema,
    id: ReleaseIdSchema.optional(),
    url: HttpUrlSchema.optional(),
    title: text(limits.title).optional().meta({ description: "The title in that language." }),
  })
  .meta({ id: "Translation", title: "Translation", description: "The same release in another language." });

/** The shape of a release document, without the cross-field rules (see {@link ReleaseSchema}). */
export const ReleaseShapeSchema = z
  .strictObject({
    $schema: HttpUrlSchema.optional().meta({
      description:
        "The JSON Schema the document follows, e.g. https://parlwire.dev/schema/v1/release.schema.json (how editors attach validation); any http(s) URL, not checked further.",
    }),
    id: ReleaseIdSchema,
    language: LanguageSchema,
    title: text(limits.title).meta({ description: "The headline as printed, or the body's first sentence when titleDerived is true." }),
    titleDerived: z.literal(true).optional().meta({
      description:
        "Present (true) when the source printed no headline and `title` was made from the first sentence of the body.",
    }),
    category: text(limits.shortText).optional().meta({ description: "The category label exactly as printed." }),
    published: PublishedSchema.optional().meta({ description: "When it was published." }),
    body: z.array(text(limits.paragraph)).min(1).max(limits.list.body).meta({
      description: "The paragraphs in order; no title, date line, signature or boilerplate.",
    }),
    publisher: PublisherSchema.optional().meta({ description: "Who signed it." }),
    boilerplate: BoilerplateSchema.optional().meta({ description: "The standard paragraph about the parliament, if printed." }),
    meetings: z.array(MeetingSchema).max(limits.list.meetings).meta({ description: "The meetings, calls, visits and other events it reports." }),
    officials: z.array(OfficialSchema).max(limits.list.officials).meta({ description: "Every official it names in a meeting or position." }),
    parliaments: z.array(ParliamentSchema).max(limits.list.parliaments).meta({ description: "The parliaments it refers to by id." }),
    topics: z.array(text(limits.shortText)).max(limits.list.small).optional().meta({ description: "Subjects of the release, as written." }),
    sources: z.array(SourceSchema).min(1).max(limits.list.sources).meta({ description: "The captures it was read from." }),
    version: z.int().min(1).max(1_000_000).optional().meta({ description: "Revision number, from 1." }),
    modified: DateTimeSchema.optional(),
    status: documentedEnum(
      { published: "as first published", corrected: "a corrected version", withdrawn: "withdrawn by the publisher" },
      "ReleaseStatus",
      "The state of the release.",
    ).optional(),
    translations: z.array(TranslationSchema).max(limits.list.small).optional().meta({ description: "The same release in other languages." }),
  })
  .meta({
    id: "Release",
    title: "Release",
    description:
      "A parliamentary press release as data. Semantic rules beyond this shape: ids are unique; every id reference " +
      "(participant.official, organization.parliament, publisher.parliament, boilerplate.parliament) resolves in this " +
      "document; endDate/end is not before date/start; evidence spans lie inside their body paragraph; " +
      "published.dateTime's and published.localDateTime's date parts equal published.date.",
  });

/** A release document: the shape plus the semantic rules. */
export const ReleaseSchema = ReleaseShapeSchema.superRefine(checkSemanticRules);

export type Published = z.infer<typeof PublishedSchema>;
export type Publisher = z.infer<typeof PublisherSchema>;
export type Boilerplate = z.infer<typeof BoilerplateSchema>;
export type Translation = z.infer<typeof TranslationSchema>;
export type Release = z.infer<typeof ReleaseShapeSchema>;
