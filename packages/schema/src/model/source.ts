import { z } from "zod";
import { DateTimeSchema } from "./dates.js";
import { limits } from "./limits.js";
import { portablePattern } from "../zod-free/portable-pattern.js";
import { patterned, text } from "./text.js";
import { HttpUrlSchema } from "./url.js";

/** Where a release's text came from. */
export const SourceSchema = z
  .strictObject({
    url: HttpUrlSchema.optional(),
    name: text(limits.shortText).optional().meta({ description: "The source profile, e.g. meclis.gov.az." }),
    capturedAt: DateTimeSchema.optional(),
    mediaType: patterned(portablePattern("[a-z]+\\/[a-z0-9.+-]+"), 100, "a media type like text/plain").meta({
      description: "The capture's media type, e.g. text/html.",
    }),
    sha256: patterned(portablePattern("[0-9a-f]{64}"), 64, "64 lowercase hex digits").meta({
      description: "SHA-256 of the captured bytes, lowercase hex.",
    }),
    truncated: z.boolean().optional().meta({ description: "True when the capture stops mid-text." }),
  })
  .meta({ id: "Source", title: "Source", description: "A capture a release was read from." });

export type Source = z.infer<typeof SourceSchema>;
