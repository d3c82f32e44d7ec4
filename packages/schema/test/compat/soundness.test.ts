import fc from "fast-check";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { diffSchemas } from "../../src/compat/diff-schemas.js";

// Soundness of the checker on data: when it calls a change backward-compatible, every document valid
// under the old schema is valid under the new one; when it calls it forward-compatible, every
// document valid under the new schema is valid under the old one. A counterexample is a checker bug.
// Schemas come from a small grammar (objects, arrays, strings, numbers, enums, anyOf/oneOf, $ref),
// the new one by random edits of the old one; documents come from each schema's own generator and
// ajv decides validity.

type S = Record<string, any>;
const patterns = ["^[a-z]+$", "^[a-z0-9]*$", "^a", "^[0-9]{2,4}$"];
const pool: unknown[] = ["a", "b", "ab", "", 0, 1, 2, 2.5, -3, true, null];
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const clean = (o: S): S => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const stringSchema = fc
  .record({ minLength: opt(fc.integer({ min: 0, max: 3 })), maxLength: opt(fc.integer({ min: 1, max: 6 })), pattern: opt(fc.constantFrom(...patterns)) })
  .map((r) => clean({ type: "string", ...r }));
const numberSchema = fc
  .record({
    type: fc.constantFrom("integer", "number"),
    minimum: opt(fc.integer({ min: -5, max: 5 })),
    maximum: opt(fc.integer({ min: -5, max: 10 })),
    multipleOf: opt(fc.constantFrom(1, 2, 3, 4)),
  })
  .map(clean);
const enumSchema = fc.oneof(
  fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 4 }).map((values) => ({ enum: values })),
  fc.constantFrom(...pool).map((value) => ({ const: value })),
);
const leaf = fc.oneof(stringSchema, numberSchema, enumSchema, fc.constantFrom<S>({ type: "boolean" }, { type: ["string", "null"] }, {}));

const { schema } = fc.letrec<{ schema: S; object: S; array: S; union: S }>((tie) => ({
  schema: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("object"), tie("array"), tie("union")),
  object: fc
    .record({
      properties: fc.dictionary(fc.constantFrom("a", "b", "c", "d"), tie("schema"), { maxKeys: 3 }),
      required: fc.uniqueArray(fc.constantFrom("a", "b", "c", "d"), { maxLength: 2 }),
      additionalProperties: opt(fc.oneof(fc.constant(false), fc.constant(true), stringSchema)),
    })
    .map((r) => clean({ type: "object", ...r, required: r.required.filter((k) => k in r.properties) })),
  array: fc
    .record({ items: tie("schema"), minItems: opt(fc.integer({ min: 0, max: 2 })), maxItems: opt(fc.integer({ min: 1, max: 4 })), uniqueItems: opt(fc.boolean()) })
    .map((r) => clean({ type: "array", ...r })),
  union: fc
    .record({ kind: fc.constantFrom("anyOf", "oneOf"), branches: fc.array(tie("schema"), { minLength: 1, maxLength: 3 }) })
    .map((r) => ({ [r.kind]: r.branches })),
}));

/** Random edits of a schema, driven by a tape of numbers (deterministic, shrinkable). */
function mutate(original: S, tape: number[]): S {
  const root = structuredClone(original);
  let t = 0;
  const next = (n: number) => (n <= 0 ? 0 : (tape[t++ % tape.length] ?? 0) % n);
  const edits = 1 + next(3);
  for (let e = 0; e < edits; e++) {
    const nodes: S[] = [];
    const walk = (node: unknown) => {
      if (typeof node !== "object" || node === null || Array.isArray(node)) return;
      const s = node as S;
      nodes.push(s);
      Object.values(s.properties ?? {}).forEach(walk);
      walk(s.items);
      if (typeof s.additionalProperties === "object") walk(s.additionalProperties);
      (s.anyOf ?? s.oneOf ?? []).forEach(walk);
    };
    walk(root.$defs ? root.$defs.T : root);
    const node = nodes[next(nodes.length)] as S;
    const bump = (key: string, min: number) => {
      const choice = next(4);
      if (choice === 0) delete node[key];
      else node[key] = Math.max(min, (typeof node[key] === "number" ? node[key] : min) + [0, -1, 1, 2][choice]!);
    };
    const ops: (() => void)[] = [
      () => bump("maxLength", 0),
      () => bump("minLength", 0),
      () => bump("maximum", -10),
      () => bump("minimum", -10),
      () => bump("maxItems", 0),
      () => bump("minItems", 0),
      () => (node.multipleOf = [undefined, 1, 2, 4][next(4)]),
      () => (node.pattern = [undefined, ...patterns][next(patterns.length + 1)]),
      () => (node.format = [undefined, "email", "date"][next(3)]),
      () => (node.type = [undefined, "string", "integer", "number", "object", "array", ["string", "null"], ["integer", "string"]][next(8)]),
      () => (node.enum = node.enum ? node.enum.filter((_: unknown, i: number) => i !== next(node.enum.length)) : [pool[next(pool.length)]]),
      () => (node.enum = [...(node.enum ?? []), pool[next(pool.length)]].filter((v, i, a) => a.indexOf(v) === i)),
      () => (next(2) ? delete node.const : (node.const = pool[next(pool.length)])),
      () => (node.uniqueItems = next(2) === 1),
      () => {
        node.properties ??= {};
        const key = ["a", "b", "c", "d", "e"][next(5)]!;
        if (key in node.properties) delete node.properties[key];
        else node.properties[key] = [{}, { type: "string" }, { type: "integer", minimum: 0 }][next(3)];
      },
      () => {
        const key = ["a", "b", "c", "d"][next(4)]!;
        const required: string[] = node.required ?? [];
        node.required = required.includes(key) ? required.filter((k) => k !== key) : [...required, key];
      },
      () => (node.additionalProperties = [undefined, false, true, { type: "string" }, { type: "integer" }][next(5)]),
      () => {
        const kind = node.anyOf ? "anyOf" : node.oneOf ? "oneOf" : undefined;
        if (!kind) return void (node.not = { type: "string" });
        if (next(2) && node[kind].length > 1) node[kind].splice(next(node[kind].length), 1);
        else node[kind].push([{ type: "null" }, { type: "string" }, { type: "integer" }][next(3)]);
      },
      () => {
        // Wrap the node in a union, or swap anyOf and oneOf.
        if (node.anyOf) [node.oneOf, node.anyOf] = [node.anyOf, undefined];
        else if (node.oneOf) [node.anyOf, node.oneOf] = [node.oneOf, undefined];
        else {
          const copy = { ...node };
          for (const k of Object.keys(node)) delete node[k];
          node.anyOf = [copy, { type: "null" }];
        }
      },
    ];
    ops[next(ops.length)]!();
    for (const k of Object.keys(node)) if (node[k] === undefined) delete node[k];
  }
  return root;
}

/** Documents shaped by a schema (often valid, sometimes not: ajv decides). */
function documentsOf(s: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (typeof s !== "object" || s === null || depth > 6) return fc.jsonValue({ maxDepth: 1 });
  const n = s as S;
  if (n.$ref) return documentsOf(n.$defsTarget, depth + 1);
  if ("const" in n) return fc.constant(n.const);
  if (Array.isArray(n.enum)) return fc.constantFrom(...(n.enum.length ? n.enum : [null]));
  if (n.anyOf || n.oneOf) return fc.oneof(...(n.anyOf ?? n.oneOf).map((b: unknown) => documentsOf(b, depth + 1)));
  const type = Array.isArray(n.type) ? n.type[0] : n.type;
  switch (type) {
    case "string":
      return n.pattern ? fc.stringMatching(new RegExp(n.pattern)) : fc.string({ minLength: n.minLength ?? 0, maxLength: Math.max(n.minLength ?? 0, n.maxLength ?? 8) });
    case "integer":
    case "number": {
      const min = n.minimum ?? -20;
      const max = Math.max(min, n.maximum ?? 20);
      const ints = fc.integer({ min, max }).map((v) => (n.multipleOf ? v - (v % n.multipleOf) : v));
      return type === "integer" ? ints : fc.oneof(ints, fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
    }
    case "boolean":
      return fc.boolean();
    case "array":
      return fc.array(documentsOf(n.items ?? {}, depth + 1), { minLength: n.minItems ?? 0, maxLength: Math.max(n.minItems ?? 0, n.maxItems ?? 4) });
    case "object": {
      const properties: S = n.properties ?? {};
      const known = fc.record(
        Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, documentsOf(v, depth + 1)])),
        { requiredKeys: (n.required ?? []).filter((k: string) => k in properties), noNullPrototype: true },
      );
      if (n.additionalProperties === false) return known;
      const extra = fc.dictionary(fc.constantFrom("a", "b", "c", "d", "e", "x"), n.additionalProperties && n.additionalProperties !== true ? documentsOf(n.additionalProperties, depth + 1) : fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2, noNullPrototype: true });
      return fc.tuple(known, extra).map(([k, x]) => ({ ...x, ...k }));
    }
    default:
      return fc.oneof(fc.jsonValue({ maxDepth: 2 }), documentsOf({ type: "object", properties: {} }, depth + 1));
  }
}

const ajv = new Ajv2020({ strict: false, allowUnionTypes: true, validateFormats: true, formats: { email: /^[^@\s]+@[^@\s]+$/, date: /^\d{4}-\d{2}-\d{2}$/ } });

const checked = { backward: 0, forward: 0, compatiblePairs: { backward: 0, forward: 0 } };

const pairs = fc
  .tuple(schema, fc.array(fc.nat({ max: 10_000 }), { minLength: 6, maxLength: 12 }), fc.boolean())
  .map(([old, tape, viaRef]) => {
    const mutated = mutate(old, tape);
    // Sometimes put the schema behind a $ref, to exercise resolution.
    return viaRef
      ? [{ $ref: "#/$defs/T", $defs: { T: old } }, { $ref: "#/$defs/T", $defs: { T: mutated } }, old, mutated]
      : [old, mutated, old, mutated];
  })
  .chain(([oldSchema, newSchema, oldShape, newShape]) =>
    fc.tuple(
      fc.constant(oldSchema as S),
      fc.constant(newSchema as S),
      fc.array(documentsOf(oldShape), { minLength: 1, maxLength: 12 }),
      fc.array(documentsOf(newShape), { minLength: 1, maxLength: 12 }),
    ),
  );

describe("the checker is sound on data (fast-check)", () => {
  it("backward-compatible ⇒ old-valid documents stay valid; forward-compatible ⇒ new-valid documents were valid", () => {
    fc.assert(
      fc.property(pairs, ([schemaA, schemaB, docsA, docsB]) => {
        let validA: ReturnType<typeof ajv.compile>;
        let validB: ReturnType<typeof ajv.compile>;
        try {
          validA = ajv.compile(schemaA);
          validB = ajv.compile(schemaB);
        } catch {
          return; // an edit ajv refuses (e.g. an empty enum): not a pair of schemas
        }
        const docs = [...docsA, ...docsB];
        // Each pair is checked both ways round: A → B and B → A.
        for (const [oldSchema, newSchema, validOld, validNew] of [
          [schemaA, schemaB, validA, validB],
          [schemaB, schemaA, validB, validA],
        ] as const) {
          const differences = diffSchemas(oldSchema, newSchema);
          if (!differences.some((d) => d.breaks.backward)) {
            checked.compatiblePairs.backward++;
            for (const doc of docs) {
              if (!validOld(doc)) continue;
              checked.backward++;
              expect({ oldSchema, newSchema, doc, validUnderNew: validNew(doc), differences }).toMatchObject({ validUnderNew: true });
            }
          }
          if (!differences.some((d) => d.breaks.forward)) {
            checked.compatiblePairs.forward++;
            for (const doc of docs) {
              if (!validNew(doc)) continue;
              checked.forward++;
              expect({ oldSchema, newSchema, doc, validUnderOld: validOld(doc), differences }).toMatchObject({ validUnderOld: true });
            }
          }
        }
      }),
      { numRuns: 250 },
    );
    // Not vacuous: many compatible verdicts were put to the test with real documents.
    expect(checked.compatiblePairs.backward).toBeGreaterThan(120);
    expect(checked.compatiblePairs.forward).toBeGreaterThan(120);
    expect(checked.backward).toBeGreaterThan(800);
    expect(checked.forward).toBeGreaterThan(800);
  });
});
