// Regenerates the committed JSON Schema files and the TypeScript declarations generated from them.
// Run with `npm run generate` (root) or `npm run generate -w @parlwire/schema`.
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedFiles } from "../src/generate/generated-files.js";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

for (const [path, contents] of Object.entries(await generatedFiles())) {
  const target = join(packageRoot, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(`${target}.tmp`, contents);
  await rename(`${target}.tmp`, target);
  console.log(`wrote ${path}`);
}
