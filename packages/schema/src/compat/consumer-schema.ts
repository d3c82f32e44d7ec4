import { isSchemaObject, type Json } from "./schema-document.js";

// Keywords whose values are data, not schemas: never rewritten.
const dataKeywords = new Set(["enum", "const", "default", "examples"]);

/**
 * Derives the consumer (tolerant reader) schema from a strict one: the same constraints, but objects accept
 * unknown properties (`additionalProperties: false` and `unevaluatedProperties: false` are dropped), so a
 * reader pinned to an old consumer schema keeps accepting data that gained optional properties. The `$id`
 * gains a `consumer/` segment before the file name. Pure: the input is not modified.
 */
export function toConsumerSchema(strict: Record<string, unknown>): Record<string, unknown> {
  const consumer = open(strict as Json) as Record<string, unknown>;
  const id = consumer.$id;
  if (typeof id === "string") consumer.$id = id.replace(/([^/]+)$/, "consumer/$1");
  const description = typeof consumer.description === "string" ? `${consumer.description} ` : "";
  consumer.description = `${description}Consumer schema (tolerant reader): unknown properties are allowed; validate what you produce with the strict schema.`;
  return consumer;
}

function open(node: Json): Json {
  if (Array.isArray(node)) return node.map(open);
  if (!isSchemaObject(node)) return node;
  // Object.fromEntries defines own properties: a "__proto__" key stays a plain key.
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !((key === "additionalProperties" || key === "unevaluatedProperties") && value === false))
      .map(([key, value]) => [key, dataKeywords.has(key) ? value : open(value)]),
  );
}
