// Regenerates src/precompiled/generated/release-validator.js from the shipped strict schema
// (schemas/release.schema.json). Run after `npm run generate`; a test fails when it drifts.
import { readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { precompiledValidatorSource } from "../src/precompiled/build-validator.js";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const schema = JSON.parse(await readFile(join(packageRoot, "schemas", "release.schema.json"), "utf8")) as Record<string, unknown>;
const target = join(packageRoot, "src", "precompiled", "generated", "release-validator.js");
await writeFile(`${target}.tmp`, precompiledValidatorSource(schema));
await rename(`${target}.tmp`, target);
console.log("wrote src/precompiled/generated/release-validator.js");
