import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { toConsumerSchema } from "../../src/compat/consumer-schema.js";
import { diffSchemas } from "../../src/compat/diff-schemas.js";
import { packageRoot, readJson, seedRelease } from "../support/files.js";
import { join } from "node:path";

const strict = readJson(join(packageRoot, "schemas", "release.schema.json")) as Record<string, unknown>;

describe("toConsumerSchema", () => {
  it("opens every closed object and nothing else", () => {
    const before = JSON.stringify(strict);
    const consumer = toConsumerSchema(strict);
    expect(JSON.stringify(strict)).toBe(before);
    expect(JSON.stringify(consumer)).not.toContain('"additionalProperties":false');
    const differences = diffSchemas(strict, consumer);
    const rulesSeen = new Set(differences.map((d) => d.rule));
    expect([...rulesSeen].sort()).toEqual(["ADDITIONAL_PROPERTIES_ADDED", "DESCRIPTION_CHANGED", "ID_CHANGED"]);
    expect(differences.some((d) => d.breaks.backward)).toBe(false);
  });

  it("gives the consumer schema its own $id", () => {
    expect(toConsumerSchema(strict).$id).toBe(String(strict.$id).replace(/release\.schema\.json$/, "consumer/release.schema.json"));
  });

  it("accepts unknown properties that the strict schema rejects, and still checks known ones", () => {
    const ajv = new Ajv2020({ strict: true });
    const validateStrict = ajv.compile(strict);
    const validateConsumer = ajv.compile(toConsumerSchema(strict));
    const release = seedRelease() as unknown as Record<string, unknown>;
    expect(validateStrict(release)).toBe(true);
    const extended = { ...release, futureField: { any: "thing" }, meetings: (release.meetings as object[]).map((m) => ({ ...m, x: 1 })) };
    expect(validateStrict(extended)).toBe(false);
    expect(validateConsumer(extended)).toBe(true);
    expect(validateConsumer({ ...release, language: 42 })).toBe(false);
  });

  it("leaves data keywords alone and keeps odd keys as plain keys", () => {
    const schema = JSON.parse(
      '{"type":"object","additionalProperties":false,"properties":{"__proto__":{"type":"object","additionalProperties":false}},"const":{"additionalProperties":false}}',
    ) as Record<string, unknown>;
    const consumer = toConsumerSchema(schema);
    expect(consumer.const).toEqual({ additionalProperties: false });
    const properties = consumer.properties as Record<string, unknown>;
    expect(Object.hasOwn(properties, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(properties["__proto__"]).toEqual({ type: "object" });
  });
});
