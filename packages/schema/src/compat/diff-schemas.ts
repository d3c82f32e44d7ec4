import { breaksIn, compatibilityModes, type CompatibilityMode, type Effect, rules, type RuleName } from "./rules.js";
import {
  canonicalJson,
  child,
  isSchemaObject,
  own,
  type Json,
  type Schema,
  type SchemaObject,
  SchemaDiffError,
  SchemaDocument,
} from "./schema-document.js";

/** One difference between two schemas. */
export interface Difference {
  /**
   * Where, in the new file as written: a JSON Pointer fragment such as `#/$defs/Meeting/properties/status`.
   * A change behind a `$ref` is reported once, at the place the reference points to.
   */
  path: string;
  rule: RuleName;
  /** What the change does to the set of accepted documents. */
  effect: Effect;
  /** What changed, in words, with the old and new values. */
  message: string;
  /** Whether it breaks compatibility in each mode. */
  breaks: Record<CompatibilityMode, boolean>;
}

// Keywords that never change which documents are valid.
const annotationKeywords = new Set([
  "title", "description", "$comment", "examples", "default", "deprecated", "readOnly", "writeOnly", "$id", "$schema",
  "$anchor", "$dynamicAnchor", "$vocabulary", "contentEncoding", "contentMediaType", "contentSchema", "$defs", "definitions",
]);
const handledKeywords = new Set([
  "$ref", "type", "enum", "const", "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum",
  "exclusiveMaximum", "multipleOf", "prefixItems", "items", "additionalItems", "minItems", "maxItems", "uniqueItems",
  "properties", "required", "additionalProperties", "patternProperties", "propertyNames", "minProperties", "maxProperties",
  "anyOf", "oneOf", "allOf", "not",
]);
// Assertions the engine does not reason about: any change is reported as breaking in every mode.
const opaqueKeywords = [
  "if", "then", "else", "dependentSchemas", "dependentRequired", "dependencies", "contains", "minContains", "maxContains",
  "unevaluatedProperties", "unevaluatedItems", "$dynamicRef", "$recursiveRef",
] as const;
const opaqueKeywordSet = new Set<string>(opaqueKeywords);

const allTypes = ["null", "boolean", "object", "array", "number", "string"] as const;
const maxDepth = 200;

interface Frame {
  /** Inside `not`: narrowing the inner schema widens the outer one. */
  flip: boolean;
  /**
   * Inside a `oneOf` branch: widening a branch can make it overlap another (old data now matches two
   * branches: rejected), narrowing can remove an overlap (data matching two branches becomes valid).
   * Either way the union changes in both directions.
   */
  exclusive: boolean;
  depth: number;
}

/**
 * Compares two JSON Schema documents (draft 2020-12; local `$ref`/`$defs`/`$anchor` resolved) and lists
 * every difference with its path, rule and verdict per compatibility mode. Conservative: when the engine
 * can't tell, it reports a break; it never calls a change compatible that is not.
 */
export function diffSchemas(oldSchema: unknown, newSchema: unknown, names = { old: "old schema", new: "new schema" }): Difference[] {
  const differ = new Differ(new SchemaDocument(oldSchema, names.old), new SchemaDocument(newSchema, names.new));
  const out: Difference[] = [];
  // Enter through `#` so that a `$ref: "#"` back to the root is recognised as a cycle.
  differ.compare({ $ref: "#" }, { $ref: "#" }, "#", { flip: false, exclusive: false, depth: 0 }, out);
  return out;
}

/** The differences that break compatibility in `mode`. */
export function breakingDifferences(differences: readonly Difference[], mode: CompatibilityMode): Difference[] {
  return differences.filter((d) => d.breaks[mode]);
}

class Differ {
  readonly #onStack = new Set<string>();
  // Pairs of referenced schemas already compared (with the frame they were compared in): their
  // differences are reported once, at the referenced place, so fan-out of shared $refs stays linear.
  readonly #compared = new Set<string>();

  constructor(
    readonly oldDoc: SchemaDocument,
    readonly newDoc: SchemaDocument,
  ) {}

  compare(oldSchema: Json | undefined, newSchema: Json | undefined, path: string, frame: Frame, out: Difference[]): void {
    if (frame.depth > maxDepth) throw new SchemaDiffError(`${path}: schemas nested deeper than ${maxDepth} levels`);
    const o = resolve(this.oldDoc, oldSchema ?? true, path);
    const n = resolve(this.newDoc, newSchema ?? true, path);
    // Recursive schemas: assume a pair of references already being compared is equal (co-induction).
    const key = o.key || n.key ? `${o.key}|${n.key}` : "";
    if (key && this.#onStack.has(key)) return;
    const comparedKey = `${key}|${frame.flip}|${frame.exclusive}`;
    if (key && this.#compared.has(comparedKey)) return;
    if (key) this.#onStack.add(key);
    if (key) this.#compared.add(comparedKey);
    // Report what lies behind a $ref where it is written in the new file (#/$defs/Meeting/...).
    const at = n.target === undefined ? path : this.newDoc.pathOf(n.target, path);
    try {
      this.#compareResolved(o.schema, n.schema, at, { ...frame, depth: frame.depth + 1 }, out);
    } finally {
      if (key) this.#onStack.delete(key);
    }
  }

  #emit(out: Difference[], frame: Frame, path: string, rule: RuleName, message: string, effect: Effect = rules[rule]): void {
    let e = effect;
    if (frame.flip) e = e === "narrowed" ? "widened" : e === "widened" ? "narrowed" : e;
    if (frame.exclusive && e !== "none") e = "changed";
    const breaks = Object.fromEntries(compatibilityModes.map((m) => [m, breaksIn(e, m)])) as Record<CompatibilityMode, boolean>;
    out.push({ path, rule, effect: e, message, breaks });
  }

  #compareResolved(o: Schema, n: Schema, path: string, frame: Frame, out: Difference[]): void {
    if (o === n) return;
    if (o === false && n === false) return;
    if (n === false) return this.#emit(out, frame, path, "SCHEMA_NARROWED_TO_FALSE", "the schema became false: it accepts nothing");
    if (o === false) return this.#emit(out, frame, path, "SCHEMA_WIDENED_FROM_FALSE", "the schema was false (accepted nothing) and now accepts values");
    const oo: SchemaObject = o === true ? {} : o;
    const nn: SchemaObject = n === true ? {} : n;
    this.#annotations(oo, nn, path, frame, out);

    // {type: string} → {anyOf: [{type: string}, {type: null}]}: compare the plain side as a one-branch union.
    const oSum = pureSum(oo);
    const nSum = pureSum(nn);
    if (nSum && !hasSum(oo)) return this.#branches(nSum.kind, [assertionsOf(oo)], nSum.branches, path, frame, out);
    if (oSum && !hasSum(nn)) return this.#branches(oSum.kind, oSum.branches, [assertionsOf(nn)], path, frame, out);

    this.#types(oo, nn, path, frame, out);
    this.#values(oo, nn, path, frame, out);
    this.#strings(oo, nn, path, frame, out);
    this.#numbers(oo, nn, path, frame, out);
    this.#arrays(oo, nn, path, frame, out);
    this.#objects(oo, nn, path, frame, out);
    this.#combinators(oo, nn, path, frame, out);
    this.#opaque(oo, nn, path, frame, out);
  }

  #annotations(oo: SchemaObject, nn: SchemaObject, path: string, frame: Frame, out: Difference[]): void {
    const keys = new Set([...Object.keys(oo), ...Object.keys(nn)]);
    for (const key of keys) {
      if (key === "$defs" || key === "definitions" || handledKeywords.has(key) || opaqueKeywordSet.has(key)) continue;
      const a = own(oo, key);
      const b = own(nn, key);
      if (canonicalJson(a) === canonicalJson(b)) continue;
      const rule: RuleName =
        key === "title" ? "TITLE_CHANGED"
        : key === "description" ? "DESCRIPTION_CHANGED"
        : key === "$id" ? "ID_CHANGED"
        : key === "$schema" ? "SCHEMA_DIALECT_CHANGED"
        : key === "default" ? "DEFAULT_CHANGED"
        : "ANNOTATION_CHANGED";
      this.#emit(out, frame, child(path, key), rule, `${key} changed from ${show(a)} to ${show(b)}`);
    }
  }

  #types(oo: SchemaObject, nn: SchemaObject, path: string, frame: Frame, out: Difference[]): void {
    // When both sides list their values, the enum comparison is exact and says it all.
    if (valuesOf(oo) && valuesOf(nn)) return;
    const a = typeSet(oo);
    const b = typeSet(nn);
    const lost = [...(a ?? allTypes)].filter((t) => !covers(b, t));
    const gained = [...(b ?? allTypes)].filter((t) => !covers(a, t));
    if (!lost.length && !gained.length) return;
    const from = a ? [...a].join("|") : "any type";
    const to = b ? [...b].join("|") : "any type";
    const where = child(path, "type");
    if (lost.length && gained.length) this.#emit(out, frame, where, "TYPE_CHANGED", `type changed from ${from} to ${to}`);
    else if (lost.length) this.#emit(out, frame, where, "TYPE_NARROWED", `type narrowed from ${from} to ${to}: ${lost.join(", ")} no longer accepted`);
    else this.#emit(out, frame, where, "TYPE_EXTENDED", `type widened from ${from} to ${to}: ${gained.join(", ")} now accepted`);
  }

  #values(oo: SchemaObject, nn: SchemaObject, path: string, frame: Frame, out: Difference[]): void {
    const a = valuesOf(oo);
    const b = valuesOf(nn);
    if (!a && !b) return;
    if (!a && b) {
      const rule = b.kind === "const" ? "CONST_ADDED" : "ENUM_ADDED";
      return this.#emit(out, frame, child(path, b.kind), rule, `${b.kind} added: only ${showList(b.values)} accepted`);
    }
    if (a && !b) {
      const rule = a.kind === "const" ? "CONST_REMOVED" : "ENUM_REMOVED";
      return this.#emit(out, frame, child(path, a.kind), rule, `${a.kind} ${showList(a.values)} removed: any value of the type accepted`);
    }
    if (!a || !b) return;
    const aKeys = new Set(a.values.map(canonicalJson));
    const bKeys = new Set(b.values.map(canonicalJson));
    const lost = a.values.filter((v) => !bKeys.has(canonicalJson(v)));
    const gained = b.values.filter((v) => !aKeys.has(canonicalJson(v)));
    const where = child(path, b.kind);
    if (!lost.length && !gained.length) return;
    if (lost.length && gained.length) {
      const rule = a.kind === "const" && b.kind === "const" ? "CONST_CHANGED" : "ENUM_ARRAY_CHANGED";
      this.#emit(out, frame, where, rule, `${showList(lost)} no longer accepted and ${showList(gained)} now accepted`);
    } else if (lost.length) {
      this.#emit(out, frame, where, "ENUM_ARRAY_NARROWED", `${showList(lost)} no longer accepted`);
    } else {
      this.#emit(out, frame, where, "ENUM_ARRAY_EXTENDED", `${showList(gained)} now accepted`);
    }
  }

  #strings(oo: SchemaObject, nn: SchemaObject, path: string, frame: Frame, out: Difference[]): void {
    this.#bound(oo, nn, "maxLength", "MAX_LENGTH", path, frame, out);
    this.#bound(oo, nn, "minLength", "MIN_LENGTH", path, frame, out);
    this.#text(oo, nn, "pattern", "PATTERN", path, frame, out);
    this.#text(oo, nn, "format", "FORMAT", path, frame, out);
  }

  #numbers(oo: SchemaObject, nn: SchemaObject, path: string, frame: Frame, out: Difference[]): void {
    this.#bound(oo, nn, "maximum", "MAXIMUM", path, frame, out);
    this.#bound(oo, nn, "minimum", "MINIMUM", path, frame, out);
    this.#bound(oo, nn, "exclusiveMaximum", "EXCLUSIVE_MAXIMUM", path, frame, out);
    this.#bound(oo, nn, "exclusiveMinimum", "EXCLUSIVE_MINIMUM", path, frame, out);
    const a = number(own(oo, "multipleOf"));
    const b = number(own(nn, "multipleOf"));
    const where = child(path, "multipleOf");
    if (a === b) return;
    if (a === undefined) return this.#emit(out, frame, where, "MULTIPLE_OF_ADDED", `multipleOf ${b} added`);
    if (b === undefined) return this.#emit(out, frame, where, "MULTIPLE_OF_REMOVED", `multipleOf ${a} removed`);
    if (Number.isInteger(b / a)) this.#emit(out, frame, where, "MULTIPLE_OF_EXPANDED", `multipleOf changed from ${a} to ${b}, a multiple of it`);
    else if (Number.isInteger(a / b)) this.#emit(out, frame, where, "MULTIPLE_OF_REDUCED", `multipleOf changed from ${a} to ${b}, a divisor of it`);
    else this.#emit(out, frame, where, "MULTIPLE_OF_CHANGED", `multipleOf changed from ${a} to ${b}`);
  }

  #arrays(oo: SchemaObject, nn: SchemaObject, path: string, frame: Frame, out: Difference[]): void {
    const a = arrayShape(oo);
    const b = arrayShape(nn);
    const length = Math.max(a.prefix.length, b.prefix.length);
    for (let i = 0; i < length; i++) {
      const where = child(path, "prefixItems", i);
      const oldItem = a.prefix[i];
      const newItem = b.prefix[i];
      if (oldItem !== undefined && newItem !== undefined) {
        this.compare(oldItem, newItem, where, frame, out);
      } else if (newItem !== undefined) {
        const rest = resolve(this.oldDoc, a.rest ?? true, where).schema;
        if (isFalse(rest)) this.#emit(out, frame, where, "ITEM_ADDED_TO_CLOSED_CONTENT_MODEL", `tuple item ${i} added where old arrays ended`);
        else if (isTrue(rest)) {
          if (!isTrue(resolve(this.newDoc, newItem, where).schema)) {
            this.#emit(out, frame, where, "ITEM_ADDED_TO_OPEN_CONTENT_MODEL", `tuple item ${i} now constrained; old arrays allowed anything there`);
          }
        } else this.compare(a.rest, newItem, where, frame, out);
      } else if (oldItem !== undefined) {
        const rest = resolve(this.newDoc, b.rest ?? true, where).schema;
        if (isFalse(rest)) this.#emit(out, frame, where, "ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL", `tuple item ${i} removed; new arrays end before it`);
        else if (isTrue(rest)) {
          if (!isTrue(resolve(this.oldDoc, oldItem, where).schema)) {
            this.#emit(out, frame, where, "ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL", `tuple item ${i} no longer constrained`);
          }
        } else this.compare(oldItem, b.rest, where, frame, out);
      }
    }
    if (a.rest !== undefined || b.rest !== undefined) this.compare(a.rest ?? true, b.rest ?? true, child(path, "items"), frame, out);
    this.#bound(oo, nn, "maxItems", "MAX_ITEMS", path, frame, out);
    this.#bound(oo, nn, "minItems", "MIN_ITEMS", path, frame, out);
    const ua = own(oo, "uniqueItems") === true;
    const ub = own(nn, "uniqueItems") === true;
    if (!ua && ub) this.#emit(out, frame, child(path, "uniqueItems"), "UNIQUE_ITEMS_ADDED", "items must now be unique");
    if (ua && !ub) this.#emit(out, frame, child(path, "uniqueItems"), "UNIQUE_ITEMS_REMOVED", "items no longer need to be unique");
  }

  #objects(oo: SchemaObject, nn: SchemaObject, path: string, frame: Frame, out: Difference[]): void {
    const oProps = objectOrEmpty(own(oo, "properties"));
    const nProps = objectOrEmpty(own(nn, "properties"));
    const oReq = new Set(strings(own(oo, "required")));
    const nReq = new Set(strings(own(nn, "required")));
    const requiredHandled = new Set<string>();
    const keys = [...new Set([...Object.keys(oProps), ...Object.keys(nProps)])];
    for (const key of keys) {
      const where = child(path, "properties", key);
      const inOld = Object.hasOwn(oProps, key);
      const inNew = Object.hasOwn(nProps, key);
      if (inOld && inNew) {
        this.compare(oProps[key], nProps[key], where, frame, out);
      } else if (inNew) {
        const newProp = nProps[key];
        const before = this.#schemaForKey(this.oldDoc, oo, key, where);
        const newResolved = resolve(this.newDoc, newProp ?? true, where).schema;
        if (isFalse(before)) {
          if (isFalse(newResolved)) continue;
          if (nReq.has(key)) {
            requiredHandled.add(key);
            this.#emit(out, frame, where, "REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL",
              `required property ${JSON.stringify(key)} added to a closed object: old data lacks it and old readers reject it`);
          } else {
            this.#emit(out, frame, where, "OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL",
              `optional property ${JSON.stringify(key)} added to a closed object: readers of the old strict schema reject it`);
          }
        } else if (isTrue(before)) {
          if (isTrue(newResolved)) {
            this.#emit(out, frame, where, "PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL", `property ${JSON.stringify(key)} added with an empty schema`);
          } else {
            this.#emit(out, frame, where, "PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL",
              `property ${JSON.stringify(key)} added to an open object: old data may hold any value under that name`);
          }
        } else {
          this.#partial(before, newProp, where, frame, out, "ADDED", key);
        }
      } else {
        const oldProp = oProps[key];
        const after = this.#schemaForKey(this.newDoc, nn, key, where);
        const oldResolved = resolve(this.oldDoc, oldProp ?? true, where).schema;
        if (isFalse(after)) {
          if (isFalse(oldResolved)) {
            this.#emit(out, frame, where, "PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL", `property ${JSON.stringify(key)} (schema false) removed`);
          } else {
            this.#emit(out, frame, where, "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL",
              `property ${JSON.stringify(key)} removed from a closed object: old data holding it is rejected`);
          }
        } else if (isTrue(after)) {
          if (isTrue(oldResolved)) {
            this.#emit(out, frame, where, "PROPERTY_WITH_EMPTY_SCHEMA_REMOVED_FROM_OPEN_CONTENT_MODEL", `property ${JSON.stringify(key)} (empty schema) removed`);
          } else {
            this.#emit(out, frame, where, "PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL",
              `property ${JSON.stringify(key)} removed from an open object: new data may hold any value under that name`);
          }
        } else {
          this.#partial(oldProp, after, where, frame, out, "REMOVED", key);
        }
      }
    }
    for (const key of nReq) {
      if (!oReq.has(key) && !requiredHandled.has(key)) {
        this.#emit(out, frame, child(path, "properties", key), "REQUIRED_ATTRIBUTE_ADDED", `property ${JSON.stringify(key)} is now required`);
      }
    }
    for (const key of oReq) {
      if (!nReq.has(key)) {
        this.#emit(out, frame, child(path, "properties", key), "REQUIRED_ATTRIBUTE_REMOVED", `property ${JSON.stringify(key)} is no longer required`);
      }
    }
    this.#additionalProperties(oo, nn, path, frame, out);
    const oPattern = objectOrEmpty(own(oo, "patternProperties"));
    const nPattern = objectOrEmpty(own(nn, "patternProperties"));
    for (const pattern of new Set([...Object.keys(oPattern), ...Object.keys(nPattern)])) {
      const where = child(path, "patternProperties", pattern);
      if (Object.hasOwn(oPattern, pattern) && Object.hasOwn(nPattern, pattern)) this.compare(oPattern[pattern], nPattern[pattern], where, frame, out);
      else this.#emit(out, frame, where, "PATTERN_PROPERTIES_CHANGED", `patternProperties ${JSON.stringify(pattern)} ${Object.hasOwn(nPattern, pattern) ? "added" : "removed"}`);
    }
    if (own(oo, "propertyNames") !== undefined || own(nn, "propertyNames") !== undefined) {
      this.compare(own(oo, "propertyNames") ?? true, own(nn, "propertyNames") ?? true, child(path, "propertyNames"), frame, out);
    }
    this.#bound(oo, nn, "maxProperties", "MAX_PROPERTIES", path, frame, out);
    this.#bound(oo, nn, "minProperties", "MIN_PROPERTIES", path, frame, out);
  }

  #partial(oldSchema: Json | undefined, newSchema: Json | undefined, where: string, frame: Frame, out: Difference[], change: "ADDED" | "REMOVED", key: string): void {
    const nested: Difference[] = [];
    this.compare(oldSchema, newSchema, where, frame, nested);
    const covered = !nested.some((d) => d.effect !== "none");
    const rule: RuleName = covered ? `PROPERTY_${change}_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL` : `PROPERTY_${change}_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL`;
    const verb = change === "ADDED" ? "added" : "removed";
    this.#emit(out, frame, where, rule,
      `property ${JSON.stringify(key)} ${verb}; the additionalProperties/patternProperties schema ${covered ? "accepts the same values" : "differs (see the changes below)"}`);
    out.push(...nested);
  }

  #additionalProperties(oo: SchemaObject, nn: SchemaObject, path: string, frame: Frame, out: Difference[]): void {
    const a = own(oo, "additionalProperties");
    const b = own(nn, "additionalProperties");
    if (a === undefined && b === undefined) return;
    const where = child(path, "additionalProperties");
    const ra = resolve(this.oldDoc, a ?? true, where).schema;
    const rb = resolve(this.newDoc, b ?? true, where).schema;
    if ((isTrue(ra) && isTrue(rb)) || (isFalse(ra) && isFalse(rb))) return;
    if (isFalse(rb)) return this.#emit(out, frame, where, "ADDITIONAL_PROPERTIES_REMOVED", "unknown properties are no longer allowed (additionalProperties: false)");
    if (isFalse(ra)) return this.#emit(out, frame, where, "ADDITIONAL_PROPERTIES_ADDED", "unknown properties are now allowed");
    if (isTrue(ra)) return this.#emit(out, frame, where, "ADDITIONAL_PROPERTIES_NARROWED", "unknown properties must now match a schema");
    if (isTrue(rb)) return this.#emit(out, frame, where, "ADDITIONAL_PROPERTIES_EXTENDED", "unknown properties no longer need to match a schema");
    this.compare(a, b, where, frame, out);
  }

  /** The schema an object applies to property `key` (properties, then patternProperties, then additionalProperties). */
  #schemaForKey(doc: SchemaDocument, node: SchemaObject, key: string, at: string): Schema {
    const props = objectOrEmpty(own(node, "properties"));
    if (Object.hasOwn(props, key)) return resolve(doc, props[key] ?? true, at).schema;
    const matching: Json[] = [];
    for (const [pattern, schema] of Object.entries(objectOrEmpty(own(node, "patternProperties")))) {
      let regex: RegExp;
      try {
        regex = new RegExp(pattern, "u");
      } catch (error) {
        throw new SchemaDiffError(`${doc.name}: ${at}: patternProperties key ${JSON.stringify(pattern)} is not a valid regular expression`, { cause: error });
      }
      if (regex.test(key)) matching.push(schema);
    }
    if (matching.length === 1) return resolve(doc, matching[0] ?? true, at).schema;
    if (matching.length > 1) return { allOf: matching };
    return resolve(doc, own(node, "additionalProperties") ?? true, at).schema;
  }

  #combinators(oo: SchemaObject, nn: SchemaObject, path: string, frame: Frame, out: Difference[]): void {
    const oAny = schemaArray(own(oo, "anyOf"));
    const oOne = schemaArray(own(oo, "oneOf"));
    const nAny = schemaArray(own(nn, "anyOf"));
    const nOne = schemaArray(own(nn, "oneOf"));
    if (oAny && !oOne && nOne && !nAny) {
      this.#emit(out, frame, child(path, "oneOf"), "COMBINED_TYPE_CHANGED", "anyOf became oneOf: values matching several branches are now rejected");
      this.#branches("oneOf", oAny, nOne, path, frame, out);
    } else if (oOne && !oAny && nAny && !nOne) {
      this.#emit(out, frame, child(path, "anyOf"), "COMBINED_TYPE_EXTENDED", "oneOf became anyOf: values matching several branches are now accepted");
      this.#branches("anyOf", oOne, nAny, path, frame, out);
    } else {
      for (const [kind, a, b] of [["anyOf", oAny, nAny], ["oneOf", oOne, nOne]] as const) {
        if (a && b) this.#branches(kind, a, b, path, frame, out);
        else if (a) this.#emit(out, frame, child(path, kind), "SUM_TYPE_REMOVED", `${kind} removed`);
        else if (b) this.#emit(out, frame, child(path, kind), "SUM_TYPE_ADDED", `${kind} added`);
      }
    }
    const oAll = schemaArray(own(oo, "allOf"));
    const nAll = schemaArray(own(nn, "allOf"));
    if (oAll && nAll) this.#branches("allOf", oAll, nAll, path, frame, out);
    else if (oAll) this.#emit(out, frame, child(path, "allOf"), "PRODUCT_TYPE_NARROWED", "allOf removed");
    else if (nAll) this.#emit(out, frame, child(path, "allOf"), "PRODUCT_TYPE_EXTENDED", "allOf added");
    const oNot = own(oo, "not");
    const nNot = own(nn, "not");
    if (oNot !== undefined && nNot !== undefined) this.compare(oNot, nNot, child(path, "not"), { ...frame, flip: !frame.flip }, out);
    else if (oNot !== undefined) this.#emit(out, frame, child(path, "not"), "NOT_TYPE_REMOVED", "not removed");
    else if (nNot !== undefined) this.#emit(out, frame, child(path, "not"), "NOT_TYPE_ADDED", "not added");
  }

  /** Pairs the branches of two unions (or intersections) and compares each pair. */
  #branches(kind: "anyOf" | "oneOf" | "allOf", oldBranches: Json[], newBranches: Json[], path: string, frame: Frame, out: Difference[]): void {
    const branchFrame = kind === "oneOf" ? { ...frame, exclusive: true } : frame;
    const trials = new Map<string, Difference[]>();
    const trial = (i: number, j: number): Difference[] => {
      const key = `${i},${j}`;
      let result = trials.get(key);
      if (!result) {
        result = [];
        this.compare(oldBranches[i], newBranches[j], child(path, kind, j), branchFrame, result);
        trials.set(key, result);
      }
      return result;
    };
    const pairOf = new Map<number, number>();
    const taken = new Set<number>();
    const pass = (accept: (diffs: Difference[]) => boolean) => {
      for (let i = 0; i < oldBranches.length; i++) {
        if (pairOf.has(i)) continue;
        for (let j = 0; j < newBranches.length; j++) {
          if (!taken.has(j) && accept(trial(i, j))) {
            pairOf.set(i, j);
            taken.add(j);
            break;
          }
        }
      }
    };
    pass((d) => d.length === 0);
    pass((d) => !d.some((x) => x.breaks.backward));
    // Remaining branches: pair each with the closest remaining one (fewest differences).
    for (let i = 0; i < oldBranches.length; i++) {
      if (pairOf.has(i)) continue;
      let best = -1;
      for (let j = 0; j < newBranches.length; j++) {
        if (!taken.has(j) && (best < 0 || trial(i, j).length < trial(i, best).length)) best = j;
      }
      if (best >= 0) {
        pairOf.set(i, best);
        taken.add(best);
      }
    }
    for (let i = 0; i < oldBranches.length; i++) {
      const j = pairOf.get(i);
      if (j !== undefined) out.push(...trial(i, j));
      else if (kind === "allOf") this.#emit(out, frame, child(path, kind, i), "PRODUCT_TYPE_NARROWED", `allOf branch ${i} removed`);
      else {
        // Removing a oneOf branch can also make new data match two old branches: breaks both ways (branchFrame).
        this.#emit(out, branchFrame, child(path, kind, i), "SUM_TYPE_NARROWED", `${kind} branch ${i} removed`);
      }
    }
    for (let j = 0; j < newBranches.length; j++) {
      if (taken.has(j)) continue;
      if (kind === "allOf") this.#emit(out, frame, child(path, kind, j), "PRODUCT_TYPE_EXTENDED", `allOf branch ${j} added`);
      else this.#emit(out, branchFrame, child(path, kind, j), "SUM_TYPE_EXTENDED", `${kind} branch ${j} added`);
    }
  }

  #opaque(oo: SchemaObject, nn: SchemaObject, path: string, frame: Frame, out: Difference[]): void {
    for (const key of opaqueKeywords) {
      const a = own(oo, key);
      const b = own(nn, key);
      if (a === undefined && b === undefined) continue;
      let differs: boolean;
      if (a !== undefined && b !== undefined && (typeof a === "boolean" || isSchemaObject(a)) && (typeof b === "boolean" || isSchemaObject(b))) {
        const nested: Difference[] = [];
        this.compare(a, b, child(path, key), frame, nested);
        differs = nested.length > 0;
      } else {
        differs = canonicalJson(a) !== canonicalJson(b);
      }
      if (differs) {
        this.#emit(out, frame, child(path, key), "KEYWORD_CHANGED", `${key} changed; this checker does not reason about ${key}, so it counts as breaking`);
      }
    }
  }

  #bound(oo: SchemaObject, nn: SchemaObject, keyword: string, rulePrefix: string, path: string, frame: Frame, out: Difference[]): void {
    let a = number(own(oo, keyword));
    let b = number(own(nn, keyword));
    // minLength/minItems/minProperties of 0 constrain nothing.
    if (keyword.startsWith("min") && !keyword.startsWith("minimum")) {
      if (a === 0) a = undefined;
      if (b === 0) b = undefined;
    }
    if (a === b) {
      const rawA = own(oo, keyword);
      const rawB = own(nn, keyword);
      // Same bound, or a non-numeric value this checker can't compare.
      if (typeof rawA !== "number" && typeof rawB !== "number" && canonicalJson(rawA) !== canonicalJson(rawB)) {
        this.#emit(out, frame, child(path, keyword), "KEYWORD_CHANGED", `${keyword} changed from ${show(own(oo, keyword))} to ${show(own(nn, keyword))}`);
      }
      return;
    }
    const where = child(path, keyword);
    const change =
      a === undefined ? "ADDED" : b === undefined ? "REMOVED" : b > a ? "INCREASED" : "DECREASED";
    const rule = `${rulePrefix}_${change}` as RuleName;
    const words = a === undefined ? `${keyword} ${b} added` : b === undefined ? `${keyword} ${a} removed` : `${keyword} ${change.toLowerCase()} from ${a} to ${b}`;
    this.#emit(out, frame, where, rule, words);
  }

  #text(oo: SchemaObject, nn: SchemaObject, keyword: "pattern" | "format", rulePrefix: "PATTERN" | "FORMAT", path: string, frame: Frame, out: Difference[]): void {
    const a = own(oo, keyword);
    const b = own(nn, keyword);
    if (canonicalJson(a) === canonicalJson(b)) return;
    const where = child(path, keyword);
    if (a === undefined) this.#emit(out, frame, where, `${rulePrefix}_ADDED`, `${keyword} ${show(b)} added`);
    else if (b === undefined) this.#emit(out, frame, where, `${rulePrefix}_REMOVED`, `${keyword} ${show(a)} removed`);
    else this.#emit(out, frame, where, `${rulePrefix}_CHANGED`, `${keyword} changed from ${show(a)} to ${show(b)}`);
  }
}

/**
 * Follows `$ref`s. `key` names the place reached (the last reference, plus any asserting siblings met on
 * the way), so that a schema reached again through a cycle is recognised.
 */
function resolve(doc: SchemaDocument, schema: Json, at: string): { schema: Schema; key: string; target?: string } {
  let node: Json = schema;
  const refs: string[] = [];
  let siblingAssertions = "";
  while (isSchemaObject(node) && typeof own(node, "$ref") === "string") {
    const ref = own(node, "$ref") as string;
    if (refs.length > 50) throw new SchemaDiffError(`${doc.name}: ${at}: $ref chain longer than 50 (a cycle of bare $refs?)`);
    refs.push(ref);
    const target = doc.resolve(ref, at);
    const siblings = Object.entries(node).filter(([k]) => k !== "$ref");
    const asserting = siblings.some(([k]) => !annotationKeywords.has(k));
    if (asserting) siblingAssertions += canonicalJson(Object.fromEntries(siblings));
    if (target === false) node = false;
    else if (asserting) node = Object.fromEntries([["allOf", [target, Object.fromEntries(siblings)]]]);
    else node = Object.fromEntries([...Object.entries(target === true ? {} : target), ...siblings]);
  }
  if (typeof node !== "boolean" && !isSchemaObject(node)) throw new SchemaDiffError(`${doc.name}: ${at}: expected a schema, found ${show(node)}`);
  const last = refs[refs.length - 1];
  return { schema: node, key: last === undefined ? "" : `${last}${siblingAssertions}`, ...(last !== undefined && !siblingAssertions ? { target: last } : {}) };
}

function isFalse(schema: Schema): boolean {
  return schema === false;
}

/** Accepts every value: `true`, `{}`, or annotations only. */
function isTrue(schema: Schema): boolean {
  return schema === true || (isSchemaObject(schema) && !Object.keys(schema).some((k) => handledKeywords.has(k) || opaqueKeywordSet.has(k)));
}

function hasSum(node: SchemaObject): boolean {
  return own(node, "anyOf") !== undefined || own(node, "oneOf") !== undefined;
}

/** A node that is nothing but one `anyOf` or `oneOf` (plus annotations). */
function pureSum(node: SchemaObject): { kind: "anyOf" | "oneOf"; branches: Json[] } | undefined {
  const asserting = Object.keys(node).filter((k) => handledKeywords.has(k) || opaqueKeywordSet.has(k));
  if (asserting.length !== 1) return undefined;
  const kind = asserting[0];
  if (kind !== "anyOf" && kind !== "oneOf") return undefined;
  const branches = schemaArray(own(node, kind));
  return branches ? { kind, branches } : undefined;
}

function assertionsOf(node: SchemaObject): SchemaObject {
  return Object.fromEntries(Object.entries(node).filter(([k]) => !annotationKeywords.has(k)));
}

function arrayShape(node: SchemaObject): { prefix: Json[]; rest: Json | undefined } {
  const items = own(node, "items");
  // Draft 7 tuples: `items: [...]` with `additionalItems`.
  if (Array.isArray(items)) return { prefix: items, rest: own(node, "additionalItems") };
  return { prefix: schemaArray(own(node, "prefixItems")) ?? [], rest: items };
}

/** The values an `enum`/`const` allows, keeping only those of the declared `type` (the others can never validate). */
function valuesOf(node: SchemaObject): { kind: "enum" | "const"; values: Json[] } | undefined {
  const hasConst = Object.hasOwn(node, "const");
  const list = own(node, "enum");
  const declared = declaredTypes(node);
  const ofType = (values: Json[]) => values.filter((v) => covers(declared, typeOfValue(v)));
  if (hasConst) {
    const value = node.const as Json;
    const inEnum = !Array.isArray(list) || list.some((v) => canonicalJson(v) === canonicalJson(value));
    return { kind: "const", values: ofType(inEnum ? [value] : []) };
  }
  return Array.isArray(list) ? { kind: "enum", values: ofType(list) } : undefined;
}

function declaredTypes(node: SchemaObject): Set<TypeName> | undefined {
  const declared = own(node, "type");
  if (typeof declared === "string") return new Set([declared as TypeName]);
  if (Array.isArray(declared)) return new Set(declared.filter((t): t is TypeName => typeof t === "string") as TypeName[]);
  return undefined;
}

type TypeName = (typeof allTypes)[number] | "integer";

function typeOfValue(value: Json): TypeName {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value as TypeName;
}

/** The types a schema accepts; undefined for any. `enum`/`const` restrict it to the types of their values. */
function typeSet(node: SchemaObject): Set<TypeName> | undefined {
  const values = valuesOf(node);
  return values ? new Set(values.values.map(typeOfValue)) : declaredTypes(node);
}

function covers(set: Set<TypeName> | undefined, type: TypeName): boolean {
  if (set === undefined) return true;
  return set.has(type) || (type === "integer" && set.has("number"));
}

function number(value: Json | undefined): number | undefined {
  return typeof value === "number" ? value : undefined;
}

function strings(value: Json | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function objectOrEmpty(value: Json | undefined): SchemaObject {
  return isSchemaObject(value) ? value : {};
}

function schemaArray(value: Json | undefined): Json[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function showList(values: Json[]): string {
  if (values.length === 0) return "no value";
  const shown = values.slice(0, 8).map((v) => show(v)).join(", ");
  return values.length > 8 ? `${shown} and ${values.length - 8} more` : shown;
}
