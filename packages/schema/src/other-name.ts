import { z } from "zod";
import { LanguageSchema } from "./language.js";
import { limits } from "./limits.js";
import { text } from "./text.js";

/** Another name for a person or body: a spelling, transliteration or translation. */
export const OtherNameSchema = z
  .strictObject({
    name: text(limits.name),
    language: LanguageSchema.optional(),
    note: text(limits.shortText).optional(),
  })
  .meta({
    id: "OtherName",
    title: "OtherName",
    description: "Another name, with its language when known (Sahibə Qafarova, az).",
  });
