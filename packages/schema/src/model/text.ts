import { z } from "zod";
import { codePointLength, describe } from "../zod-free/string-measure.js";

/**
 * Caps set by {@link text}; the JSON Schema generator reads them to emit `maxLength`, because
 * zod's own `.max()` counts UTF-16 units and would disagree with JSON Schema on astral characters.
 */
export const codePointCaps = new WeakMap<z.ZodType, number>();

/** A non-empty string of at most `max` Unicode code points. */
export function text(max: number) {
  const schema = z
    .string()
    .min(1, { error: "expected a non-empty string" })
    .superRefine((value, ctx) => {
      // Cheap pre-check: a string can't have more code points than UTF-16 units.
      if (value.length <= max) return;
      const length = codePointLength(value);
      if (length > max) {
        ctx.addIssue({
          code: "too_big",
          origin: "string",
          maximum: max,
          inclusive: true,
          input: value,
          message: `expected at most ${max} characters, found ${length}`,
        });
      }
    });
  codePointCaps.set(schema, max);
  return schema;
}

/**
 * What each pattern means in words (regex source → "a calendar date YYYY-MM-DD"), so the precompiled
 * validator, which has no zod, can word a mismatch as zod does; read at generation time.
 */
export const patternPhrases = new Map<string, string>();

/** A string matching `pattern` (built by `portablePattern`: it means the same in zod and every JSON Schema engine). */
export function patterned(pattern: RegExp, max: number, expected: string) {
  patternPhrases.set(pattern.source, expected);
  // Checking the pattern first (aborting on failure) reports one clear issue per bad value. The cap
  // counts code points, as JSON Schema's maxLength does: a URL may hold astral characters.
  const schema = z
    .string()
    .regex(pattern, { abort: true, error: (issue) => `expected ${expected}, found ${describe(issue.input)}` })
    .superRefine((value, ctx) => {
      if (value.length <= max) return;
      const length = codePointLength(value);
      if (length > max) {
        ctx.addIssue({ code: "too_big", origin: "string", maximum: max, inclusive: true, input: value, message: `expected at most ${max} characters, found ${length}` });
      }
    });
  codePointCaps.set(schema, max);
  return schema;
}
