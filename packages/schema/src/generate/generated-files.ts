import { readFileSync } from "node:fs";
import { compile } from "json-schema-to-typescript";
import { toConsumerSchema } from "../compat/consumer-schema.js";
import { type JsonSchemaFile, jsonSchemaSources, toJsonSchema } from "./json-schema.js";
import { precompiledValidatorSource } from "../precompiled/build-validator.js";
import { patternPhrases } from "../model/text.js";

export const regenerateCommand = "npm run generate -w @parlwire/schema";

/** Every generated file of the package (path relative to the package → contents). Build-time only. */
export async function generatedFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const examples = seedExamples();
  for (const file of Object.keys(jsonSchemaSources) as JsonSchemaFile[]) {
    const schema = withExamples(toJsonSchema(file), examples[file]);
    files[`schemas/${file}`] = `${JSON.stringify(schema, null, 2)}\n`;
    files[`schemas/consumer/${file}`] = `${JSON.stringify(toConsumerSchema(schema), null, 2)}\n`;
  }
  files["src/precompiled/generated/release-validator.js"] = precompiledValidatorSource(toJsonSchema("release.schema.json"), patternPhrases);
  files["generated/release-json-schema.d.ts"] = await declarationsFromJsonSchema(toJsonSchema("release.schema.json"));
  return files;
}

// Types as a team without zod would get them from the JSON Schema; a type test proves they equal the zod types.
async function declarationsFromJsonSchema(schema: Record<string, unknown>): Promise<string> {
  const body = await compile(structuredClone(schema) as never, "Release", {
    bannerComment: `/* Generated from schemas/release.schema.json by json-schema-to-typescript — do not edit.\n   Regenerate: ${regenerateCommand} */`,
    additionalProperties: false,
    declareExternallyReferenced: true,
    unreachableDefinitions: false,
    strictIndexSignatures: true,
    format: false,
    ignoreMinAndMaxItems: true,
  });
  return body;
}

// The seed release (examples/ at the repository root) gives each schema file a real example.
const seedPath = new URL("../../../../examples/milli-majlis-2021-04-15-gafarova-ashimbayev.release.json", import.meta.url);

function seedExamples(): Record<JsonSchemaFile, unknown> {
  const seed = JSON.parse(readFileSync(seedPath, "utf8")) as { meetings: unknown[]; officials: unknown[]; parliaments: unknown[] };
  return {
    "release.schema.json": seed,
    "meeting.schema.json": seed.meetings[0],
    "official.schema.json": seed.officials[0],
    "parliament.schema.json": seed.parliaments[0],
  };
}

/** `examples` right after the root's annotations, before `$defs`. */
function withExamples(schema: Record<string, unknown>, example: unknown): Record<string, unknown> {
  const { $defs, ...rest } = schema;
  return { ...rest, examples: [example], ...($defs === undefined ? {} : { $defs }) };
}
