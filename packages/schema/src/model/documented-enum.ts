import { z } from "zod";

/**
 * An enum whose values each carry a one-line meaning: the JSON Schema `description` lists them
 * (`value: meaning; ...`), and the map stays exported for code that shows the values in words.
 */
export function documentedEnum<const V extends string>(values: Readonly<Record<V, string>>, title: string, summary: string) {
  const keys = Object.keys(values) as [V, ...V[]];
  const meanings = keys.map((key) => `${key}: ${values[key]}`).join("; ");
  return z.enum(keys).meta({ title, description: `${summary} ${meanings}.` });
}
