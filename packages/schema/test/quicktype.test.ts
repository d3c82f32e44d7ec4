import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FetchingJSONSchemaStore, InputData, JSONSchemaInput, quicktype } from "quicktype-core";
import { describe, expect, it } from "vitest";
import { packageRoot } from "./support/files.js";

// A team in another language generates its types from the one schema document, release.schema.json
// (every entity is in its $defs). quicktype must find one type per entity, named from the titles,
// with no numbered duplicates (Status1, Organization2) that come from untitled enums and unions.
const declarations: Record<string, RegExp> = {
  typescript: /^export (?:interface|type|enum) ([A-Za-z0-9_]+)/gm,
  python: /^class ([A-Za-z0-9_]+)/gm,
  go: /^type ([A-Za-z0-9_]+) /gm,
};

async function generate(lang: "typescript" | "python" | "go"): Promise<string> {
  const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
  await input.addSource({ name: "Release", schema: readFileSync(join(packageRoot, "schemas", "release.schema.json"), "utf8") });
  const inputData = new InputData();
  inputData.addInput(input);
  const { lines } = await quicktype({ inputData, lang, rendererOptions: { "just-types": "true" } });
  return lines.join("\n");
}

describe("types generated from release.schema.json by quicktype", () => {
  it.each(["typescript", "python", "go"] as const)("%s: one type per entity, no numbered duplicates", async (lang) => {
    const code = await generate(lang);
    const names = [...code.matchAll(declarations[lang] as RegExp)].map((m) => m[1] as string);
    for (const entity of ["Release", "Meeting", "Participant", "Official", "Position", "Parliament", "Organization", "MeetingStatus", "Role"]) {
      expect({ entity, count: names.filter((n) => n === entity).length }).toEqual({ entity, count: 1 });
    }
    expect(names.filter((n) => /[0-9]$/.test(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  }, 60_000);
});
