import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedFiles, regenerateCommand } from "../src/generate/generated-files.js";
import { schemaBaseUrl } from "../src/generate/json-schema.js";
import { packageRoot } from "./support/files.js";

const files = await generatedFiles();

describe("generated files are committed and up to date", () => {
  it.each(Object.keys(files))("%s matches the zod source", (path) => {
    const committed = readFileSync(join(packageRoot, path), "utf8");
    // On drift, say what to run rather than only showing a diff.
    expect(committed === files[path], `${path} is out of date with src/. Run: ${regenerateCommand}`).toBe(true);
  });
});

describe("published JSON Schema files", () => {
  const schemas = Object.entries(files).filter(([path]) => path.endsWith(".schema.json"));

  it.each(schemas)("%s has an absolute $id with the major version, a title and a description", (path, text) => {
    const schema = JSON.parse(text) as Record<string, unknown>;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`${schemaBaseUrl}${path.replace("schemas/", "")}`);
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
  });

  const strictSchemas = schemas.filter(([path]) => !path.startsWith("schemas/consumer/"));
  it.each(strictSchemas)("%s closes every object and caps every string", (_path, text) => {
    const open: string[] = [];
    const uncapped: string[] = [];
    JSON.parse(text, function (key, value: unknown) {
      if (value && typeof value === "object" && (value as { type?: string }).type === "object") {
        if ((value as { additionalProperties?: unknown }).additionalProperties !== false) open.push(key);
      }
      if (value && typeof value === "object" && (value as { type?: string }).type === "string") {
        const s = value as { maxLength?: number; enum?: unknown };
        if (s.maxLength === undefined && s.enum === undefined) uncapped.push(key);
      }
      return value;
    });
    expect({ open, uncapped }).toEqual({ open: [], uncapped: [] });
  });

  it("are exported from package.json", () => {
    const pkg = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { exports: Record<string, unknown>; files: string[] };
    expect(pkg.exports["./schemas/*"]).toBe("./schemas/*");
    expect(pkg.files).toContain("schemas");
  });
});
