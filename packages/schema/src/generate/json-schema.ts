import { z } from "zod";
import { MeetingSchema } from "../model/meeting.js";
import { OfficialSchema } from "../model/official.js";
import { ParliamentSchema } from "../model/parliament.js";
import { ReleaseShapeSchema } from "../model/release.js";
import { codePointCaps } from "../model/text.js";

/** The major version carried by every `$id`; bump it with a major release of the package. */
export const schemaMajor = 1;
export const schemaBaseUrl = `https://parlwire.dev/schema/v${schemaMajor}/`;

/** The published JSON Schema files: file name → zod source. */
export const jsonSchemaSources = {
  "release.schema.json": ReleaseShapeSchema,
  "meeting.schema.json": MeetingSchema,
  "official.schema.json": OfficialSchema,
  "parliament.schema.json": ParliamentSchema,
} as const;

export type JsonSchemaFile = keyof typeof jsonSchemaSources;

/** Converts one entity to a self-contained draft 2020-12 JSON Schema with a stable `$id`. */
export function toJsonSchema(file: JsonSchemaFile): Record<string, unknown> {
  const generated = z.toJSONSchema(jsonSchemaSources[file], {
    target: "draft-2020-12",
    unrepresentable: "throw",
    reused: "inline",
    override: ({ zodSchema, jsonSchema }) => {
      const cap = codePointCapOf(zodSchema);
      if (cap !== undefined && jsonSchema.type === "string") jsonSchema.maxLength = cap;
    },
  }) as JsonObject;
  return withRootInlined(generated, `${schemaBaseUrl}${file}`);
}

type JsonObject = Record<string, unknown>;

// `.meta()` and `.optional()` derive new schemas; the cap was registered on an ancestor.
function codePointCapOf(schema: z.core.$ZodType): number | undefined {
  for (let s: z.core.$ZodType | undefined = schema; s; s = s._zod.parent) {
    const cap = codePointCaps.get(s as z.ZodType);
    if (cap !== undefined) return cap;
  }
  return undefined;
}

// zod puts an entity with an `id` into `$defs` and makes the root a bare `$ref`; publish the entity
// itself at the root, so that `title` and `description` sit where readers and tools look.
function withRootInlined(generated: JsonObject, $id: string): JsonObject {
  const { $schema, $ref, $defs = {}, ...rest } = generated as JsonObject & { $ref?: string; $defs?: JsonObject };
  const rootName = $ref?.startsWith("#/$defs/") ? $ref.slice("#/$defs/".length) : undefined;
  if (!rootName) return { $schema, $id, ...rest, ...(Object.keys($defs).length ? { $defs } : {}) };
  const { [rootName]: root, ...defs } = $defs;
  const pointingAtRoot = JSON.stringify(`#/$defs/${rootName}`);
  const rewritten = JSON.parse(JSON.stringify({ root, defs }).replaceAll(pointingAtRoot, JSON.stringify("#"))) as {
    root: JsonObject;
    defs: JsonObject;
  };
  return { $schema, $id, ...rewritten.root, ...(Object.keys(rewritten.defs).length ? { $defs: sortKeys(rewritten.defs) } : {}) };
}

function sortKeys(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}
