import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { readChangesets } from "./changesets.js";
import { toConsumerSchema } from "./consumer-schema.js";
import { diffSchemas, type Difference } from "./diff-schemas.js";
import { historyVersions } from "./history.js";

/** What happened to one schema file since the baseline release. */
export interface FileComparison {
  file: string;
  status: "compared" | "added" | "removed";
  /** Old strict → new strict, breaking backward: data valid before is now rejected. */
  backward: Difference[];
  /** Old consumer → new strict, breaking forward: tolerant readers on the old version reject new data. */
  forward: Difference[];
  /** Changes to the accepted data that break nothing (they call for a minor release). */
  minor: Difference[];
  /** The `$id` kept its value although something breaks (it should carry the new major). */
  sameId?: boolean;
}

export interface BreakingCheck {
  /** The released version compared with; undefined when the history is empty. */
  baseline: string | undefined;
  files: FileComparison[];
  breaking: boolean;
  /** Pending changesets that bump the package by `major`. */
  majorChangesets: string[];
  /** Pending changesets that bump the package by less than `major`. */
  otherChangesets: { file: string; bump: string }[];
  ok: boolean;
}

export interface BreakingCheckOptions {
  /** The repository root: holds `.changeset/` and `packages/schema/`. */
  root: string;
  packageDir?: string;
  packageName?: string;
}

/** Compares the working strict schemas with the latest release in `schema-history/`. */
export async function checkBreaking(options: BreakingCheckOptions): Promise<BreakingCheck> {
  const packageDir = options.packageDir ?? join(options.root, "packages", "schema");
  const packageName = options.packageName ?? "@parlwire/schema";
  const historyDir = join(packageDir, "schema-history");
  const versions = await historyVersions(historyDir);
  const baseline = versions[versions.length - 1];
  const files: FileComparison[] = [];
  if (baseline !== undefined) {
    const releasedDir = join(historyDir, baseline);
    const workingDir = join(packageDir, "schemas");
    const released = await schemaFiles(releasedDir);
    const working = new Set(await schemaFiles(workingDir));
    for (const file of released) {
      if (!working.has(file)) {
        files.push({ file, status: "removed", backward: [], forward: [], minor: [] });
        continue;
      }
      const oldStrict = await readJson(join(releasedDir, file));
      const newStrict = await readJson(join(workingDir, file));
      const names = { old: `${baseline}/${file}`, new: file };
      const strictDiff = diffSchemas(oldStrict, newStrict, names);
      const consumerDiff = diffSchemas(toConsumerSchema(oldStrict), newStrict, { ...names, old: `${baseline}/consumer/${file}` });
      const backward = strictDiff.filter((d) => d.breaks.backward);
      const forward = consumerDiff.filter((d) => d.breaks.forward);
      const minor = strictDiff.filter((d) => d.effect !== "none" && !d.breaks.backward);
      const sameId = (backward.length > 0 || forward.length > 0) && typeof oldStrict.$id === "string" && oldStrict.$id === newStrict.$id;
      files.push({ file, status: "compared", backward, forward, minor, sameId });
    }
    for (const file of working) {
      if (!released.includes(file)) files.push({ file, status: "added", backward: [], forward: [], minor: [] });
    }
  }
  const breaking = files.some((f) => f.status === "removed" || f.backward.length > 0 || f.forward.length > 0);
  const changesets = await readChangesets(join(options.root, ".changeset"));
  const majorChangesets: string[] = [];
  const otherChangesets: { file: string; bump: string }[] = [];
  for (const changeset of changesets) {
    const bump = changeset.bumps.get(packageName);
    const file = relative(options.root, changeset.file);
    if (bump === "major") majorChangesets.push(file);
    else if (bump !== undefined) otherChangesets.push({ file, bump });
  }
  return { baseline, files, breaking, majorChangesets, otherChangesets, ok: !breaking || majorChangesets.length > 0 };
}

/** The check's verdict for people: what broke, where, and how to proceed. */
export function formatBreakingCheck(result: BreakingCheck, packageName = "@parlwire/schema"): string {
  const lines: string[] = [];
  if (result.baseline === undefined) {
    lines.push(
      "check:breaking: no released schemas in packages/schema/schema-history/: nothing to compare with, so nothing can break yet.",
      "Seed a baseline with `npm run snapshot-schemas -w @parlwire/schema` (see packages/schema/VERSIONING.md).",
    );
    return lines.join("\n");
  }
  const base = result.baseline;
  // 0.0.0 is the baseline seeded before the first release (VERSIONING.md), not a published version.
  const what = base === "0.0.0" ? "the pre-release baseline 0.0.0" : `the schemas released as ${base}`;
  lines.push(`check:breaking: comparing packages/schema/schemas/*.schema.json with ${what} (schema-history/${base}/)`);
  for (const f of result.files) {
    if (f.status === "removed") lines.push(`  ${f.file}: BREAKS — released in ${base}, missing now`);
    else if (f.status === "added") lines.push(`  ${f.file}: new schema file (needs at least a minor release)`);
    else if (!f.backward.length && !f.forward.length && !f.minor.length) lines.push(`  ${f.file}: no change to the accepted data`);
    else {
      lines.push(`  ${f.file}:`);
      for (const d of f.backward) lines.push(`    BREAKS backward  ${d.path}  ${d.rule}: ${d.message}`);
      for (const d of f.forward) lines.push(`    BREAKS forward   ${d.path}  ${d.rule}: ${d.message} (readers on the ${base} consumer schema reject new data)`);
      if (!f.backward.length && !f.forward.length) for (const d of f.minor) lines.push(`    minor            ${d.path}  ${d.rule}: ${d.message}`);
    }
  }
  if (!result.breaking) {
    lines.push(`OK: nothing breaks since ${base}.`);
    return lines.join("\n");
  }
  const count = result.files.reduce((n, f) => n + f.backward.length + f.forward.length + (f.status === "removed" ? 1 : 0), 0);
  if (result.ok) {
    lines.push(`OK: ${count} breaking change${count === 1 ? "" : "s"} since ${base}, covered by the pending major changeset ${result.majorChangesets.join(", ")}.`);
    const unchanged = result.files.filter((f) => f.sameId).map((f) => f.file);
    if (unchanged.length && base !== "0.0.0") {
      lines.push(`Reminder: ${unchanged.join(", ")} still carr${unchanged.length === 1 ? "ies" : "y"} the $id of ${base}; bump schemaMajor in src/generate/json-schema.ts so the $id names the new major.`);
    }
    return lines.join("\n");
  }
  lines.push(
    "",
    `FAIL: ${count} breaking change${count === 1 ? "" : "s"} since ${base}, and no pending changeset bumps ${packageName} by major.`,
    "  backward = data valid under the released schema is rejected by the new one;",
    "  forward  = teams pinned to the released consumer schema reject data valid under the new one.",
  );
  for (const other of result.otherChangesets) lines.push(`  (${other.file} bumps ${packageName} by ${other.bump}: a break needs major.)`);
  lines.push(
    "How to proceed:",
    "  - Not intended? Restore compatibility (keep the enum value or the property, make a new property optional,",
    "    keep the old cap) and run `npm run check:breaking` again.",
    `  - Intended? Record a major release: \`npx changeset\`, select ${packageName}, choose "major", and tell producers`,
    "    and readers how to migrate. Bump schemaMajor in packages/schema/src/generate/json-schema.ts in the same change so",
    "    the $id carries the new major. Policy: packages/schema/VERSIONING.md.",
  );
  return lines.join("\n");
}

async function schemaFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".schema.json")).map((e) => e.name).sort();
}

async function readJson(path: string): Promise<Record<string, unknown>> {
  const text = await readFile(path, "utf8");
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${path}: expected a JSON Schema document, found invalid JSON (${(error as Error).message})`, { cause: error });
  }
}
