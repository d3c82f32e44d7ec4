/** A JSON value as read by `JSON.parse`. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type SchemaObject = { [key: string]: Json };
/** A JSON Schema (draft 2020-12): an object or a boolean. */
export type Schema = boolean | SchemaObject;

/** Thrown when a schema can't be compared (external `$ref`, dangling pointer...). */
export class SchemaDiffError extends Error {
  readonly code = "PARLWIRE_SCHEMA_DIFF";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SchemaDiffError";
  }
}

export function isSchemaObject(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Own-property lookup: keys like `__proto__` from a schema file never reach the prototype. */
export function own(object: SchemaObject | undefined, key: string): Json | undefined {
  return object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A schema document whose local `$ref`s (JSON Pointers, `$anchor`s, its own `$id`) can be resolved. */
export class SchemaDocument {
  readonly root: Schema;
  readonly #baseId: string | undefined;
  readonly #anchors = new Map<string, Schema>();

  constructor(root: unknown, readonly name = "schema") {
    if (typeof root !== "boolean" && !isSchemaObject(root)) {
      throw new SchemaDiffError(`${name}: expected a JSON Schema (an object or a boolean), found ${describeJson(root)}`);
    }
    this.root = root as Schema;
    const id = isSchemaObject(root) ? own(root, "$id") : undefined;
    this.#baseId = typeof id === "string" ? id.replace(/#.*$/, "") : undefined;
    this.#collectAnchors(this.root, 0);
  }

  /** Resolves a `$ref` string to the schema it points at. */
  resolve(ref: string, at: string): Schema {
    let fragment: string;
    if (ref.startsWith("#")) fragment = ref.slice(1);
    else if (this.#baseId !== undefined && ref.startsWith(`${this.#baseId}#`)) fragment = ref.slice(this.#baseId.length + 1);
    else if (this.#baseId !== undefined && ref === this.#baseId) fragment = "";
    else throw new SchemaDiffError(`${this.name}: ${at}: $ref ${JSON.stringify(ref)} points outside this document; only local references are supported`);
    if (fragment !== "" && !fragment.startsWith("/")) {
      const anchored = this.#anchors.get(decodeURIComponent(fragment));
      if (anchored === undefined) throw new SchemaDiffError(`${this.name}: ${at}: $ref ${JSON.stringify(ref)}: no $anchor of that name`);
      return anchored;
    }
    let node: Json = this.root;
    for (const raw of fragment.split("/").slice(1)) {
      const token = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
      const next: Json | undefined = Array.isArray(node)
        ? /^(?:0|[1-9]\d*)$/.test(token) ? node[Number(token)] : undefined
        : isSchemaObject(node) ? own(node, token) : undefined;
      if (next === undefined) throw new SchemaDiffError(`${this.name}: ${at}: $ref ${JSON.stringify(ref)} points at nothing`);
      node = next;
    }
    if (typeof node !== "boolean" && !isSchemaObject(node)) {
      throw new SchemaDiffError(`${this.name}: ${at}: $ref ${JSON.stringify(ref)} points at ${describeJson(node)}, not a schema`);
    }
    return node;
  }

  /** The `#/...` path of the place a local `$ref` points to (an `$anchor` is shown as written). */
  pathOf(ref: string, at: string): string {
    if (ref.startsWith("#/") || ref === "#") return ref;
    if (this.#baseId !== undefined && ref === this.#baseId) return "#";
    if (this.#baseId !== undefined && ref.startsWith(`${this.#baseId}#`)) return ref.slice(this.#baseId.length);
    return ref.startsWith("#") ? ref : at;
  }

  #collectAnchors(node: Json, depth: number): void {
    if (depth > 200) throw new SchemaDiffError(`${this.name}: schema nested deeper than 200 levels`);
    if (Array.isArray(node)) {
      for (const item of node) this.#collectAnchors(item, depth + 1);
    } else if (isSchemaObject(node)) {
      const anchor = own(node, "$anchor");
      if (typeof anchor === "string") this.#anchors.set(anchor, node);
      // An embedded resource changes the base of the "#..." references inside it; resolving those
      // against the root would compare the wrong schemas, so refuse rather than guess.
      if (depth > 0 && typeof own(node, "$id") === "string" && node !== this.root) {
        throw new SchemaDiffError(`${this.name}: a subschema declares $id ${JSON.stringify(own(node, "$id"))}; embedded schema resources are not supported`);
      }
      for (const [key, value] of Object.entries(node)) {
        // enum/const/examples/default hold data, not schemas.
        if (key !== "enum" && key !== "const" && key !== "examples" && key !== "default") this.#collectAnchors(value, depth + 1);
      }
    }
  }
}

export function describeJson(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const shown = JSON.stringify(value);
  return `${typeof value} ${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}`;
}

/** JSON with object keys sorted: equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isSchemaObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Appends a token to a `#/a/b` schema path (RFC 6901 escaping). */
export function child(path: string, ...tokens: (string | number)[]): string {
  return tokens.reduce<string>((p, t) => `${p}/${String(t).replaceAll("~", "~0").replaceAll("/", "~1")}`, path);
}
