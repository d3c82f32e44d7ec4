// `npm run check:breaking`: fails when the working schemas break compatibility with the latest
// released ones (schema-history/) and no pending changeset bumps @parlwire/schema by major.
// Usage: tsx scripts/check-breaking.ts [--root REPO_ROOT]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkBreaking, formatBreakingCheck } from "../src/compat/breaking-check.js";

const { values } = parseArgs({ options: { root: { type: "string" } } });
const root = values.root ? resolve(values.root) : join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

try {
  const result = await checkBreaking({ root });
  console.log(formatBreakingCheck(result));
  process.exitCode = result.ok ? 0 : 1;
} catch (error) {
  console.error(`check:breaking: ${(error as Error).message}`);
  process.exitCode = 2;
}
