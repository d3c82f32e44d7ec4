import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemaSources } from "../src/generate/json-schema.js";
import { packageRoot } from "./support/files.js";

// What a reader of the JSON Schema (or a code generator) needs: a description on every property,
// a title on every enum and on every branch of a union, and an example.
function undocumented(node: unknown, at: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item, i) => undocumented(item, `${at}/${i}`, out));
  else if (node && typeof node === "object") {
    const schema = node as Record<string, unknown>;
    if (Array.isArray(schema.enum) && typeof schema.title !== "string") out.push(`${at}: enum without title`);
    for (const branch of (schema.anyOf ?? schema.oneOf ?? []) as Record<string, unknown>[]) {
      if (typeof branch.title !== "string" && typeof branch.$ref !== "string") out.push(`${at}: union branch without title`);
    }
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      if (typeof property.description !== "string") out.push(`${at}/properties/${name}: no description`);
    }
    for (const [key, value] of Object.entries(schema)) if (key !== "examples" && key !== "enum") undocumented(value, `${at}/${key}`, out);
  }
  return out;
}

describe("the shipped JSON Schema documents itself", () => {
  it.each(Object.keys(jsonSchemaSources))("%s: descriptions, titles and an example", (file) => {
    const schema = JSON.parse(readFileSync(join(packageRoot, "schemas", file), "utf8")) as Record<string, unknown>;
    expect(undocumented(schema, "#")).toEqual([]);
    expect(schema.examples).toHaveLength(1);
  });

  it("release.schema.json holds every entity in one set of $defs", () => {
    const release = JSON.parse(readFileSync(join(packageRoot, "schemas", "release.schema.json"), "utf8")) as { $defs: Record<string, unknown> };
    for (const entity of ["Meeting", "Participant", "Place", "Official", "Position", "Organization", "Parliament", "Chamber", "Evidence", "Source"]) {
      expect(release.$defs).toHaveProperty(entity);
    }
  });
});
