import { z } from "zod";

const index = z.int().min(0).max(10_000_000);

/**
 * Where an extracted fact was read: a span of one body paragraph. Offsets count UTF-16 code
 * units (JavaScript string indexes), start inclusive, end exclusive.
 */
export const EvidenceSchema = z
  .strictObject({
    paragraph: index.meta({ description: "Index into the release's body." }),
    start: index.meta({ description: "First UTF-16 code unit of the span." }),
    end: index.meta({ description: "One past the last UTF-16 code unit; more than start." }),
  })
  .meta({
    id: "Evidence",
    title: "Evidence",
    description:
      "A span of a body paragraph that states the fact. Semantic rule: paragraph exists, start < end <= length of the paragraph.",
  });

export type Evidence = z.infer<typeof EvidenceSchema>;
