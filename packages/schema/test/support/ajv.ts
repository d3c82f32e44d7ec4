import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { packageRoot } from "./files.js";

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** ajv as another team would use it on the shipped schema: draft 2020-12, strict mode, ajv-formats. */
export function compileShippedSchema(file: string): ValidateFunction {
  const ajv = new Ajv2020({ strict: true });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(join(packageRoot, "schemas", file), "utf8")) as object;
  return ajv.compile(schema);
}
