// Keeps the strict schemas of a released version: copies schemas/*.schema.json to
// schema-history/<version>/, <version> read from package.json. Run by the release flow right after
// `changeset version` bumped the version (root script `version-packages`). A released version's
// snapshot never changes: an existing, different snapshot is an error.
// Usage: tsx scripts/snapshot-schemas.ts [--package-dir DIR]
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { "package-dir": { type: "string" } } });
const packageDir = values["package-dir"] ? resolve(values["package-dir"]) : join(dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8")) as { version: string };
const schemasDir = join(packageDir, "schemas");
// Outside schemas/ (which is published and exported): released snapshots share the current $ids.
const historyDir = join(packageDir, "schema-history");
const target = join(historyDir, version);

const files = (await readdir(schemasDir, { withFileTypes: true }))
  .filter((e) => e.isFile() && e.name.endsWith(".schema.json"))
  .map((e) => e.name)
  .sort();
if (files.length === 0) {
  console.error(`snapshot-schemas: no *.schema.json in ${schemasDir}; run \`npm run generate -w @parlwire/schema\` first`);
  process.exit(1);
}
const contents = new Map<string, string>();
for (const file of files) contents.set(file, await readFile(join(schemasDir, file), "utf8"));

const existing = await readdir(target).catch(() => undefined);
if (existing) {
  const same =
    existing.filter((f) => f.endsWith(".schema.json")).sort().join("\n") === files.join("\n") &&
    (await Promise.all(files.map(async (f) => (await readFile(join(target, f), "utf8")) === contents.get(f)))).every(Boolean);
  if (same) {
    console.log(`snapshot-schemas: schema-history/${version}/ is already up to date`);
    process.exit(0);
  }
  console.error(
    `snapshot-schemas: schema-history/${version}/ exists and differs from schemas/: a released version's schemas never change.\n` +
      "Bump the version (npx changeset, then npm run version-packages) instead of rewriting history.",
  );
  process.exit(1);
}

// Write into a temporary directory, then rename: a snapshot is either complete or absent.
await mkdir(historyDir, { recursive: true });
const staging = await mkdtemp(join(historyDir, `.${version}-`));
try {
  for (const [file, text] of contents) await writeFile(join(staging, file), text);
  await rename(staging, target);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  throw error;
}
console.log(`snapshot-schemas: wrote schema-history/${version}/ (${files.join(", ")})`);
