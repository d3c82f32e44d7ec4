import { compile } from "json-schema-to-typescript";
import { toConsumerSchema } from "./compat/consumer-schema.js";
import { type JsonSchemaFile, jsonSchemaSources, toJsonSchema } from "./json-schema.js";
import { precompiledValidatorSource } from "./precompiled/build-validator.js";
import { patternPhrases } from "./text.js";

export const regenerateCommand = "npm run generate -w @parlwire/schema";

/** Every generated file of the package (path relative to the package → contents). Build-time only. */
export async function generatedFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const file of Object.keys(jsonSchemaSources) as JsonSchemaFile[]) {
    files[`schemas/${file}`] = `${JSON.stringify(toJsonSchema(file), null, 2)}\n`;
    files[`schemas/consumer/${file}`] = `${JSON.stringify(toConsumerSchema(toJsonSchema(file)), null, 2)}\n`;
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
