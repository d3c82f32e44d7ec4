import { z } from "zod";
import { LanguageSchema } from "./language.js";
import { limits } from "./limits.js";
import { text } from "./text.js";

/** Another name for a person or body: a spelling, transliteration or translation. */
export const OtherNameSchema = z
  .strictObject({
    name: text(limits.name).meta({ description: "The other name as written." }),
    language: LanguageSchema.optional(),
    note: text(limits.shortText).optional().meta({ description: 'What the name is, e.g. "former name", "transliteration".' }),
  })
  .meta({
    id: "OtherName",
    title: "OtherName",
    description: "Another name, with its language when known (Sahibə Qafarova, az).",
  });
