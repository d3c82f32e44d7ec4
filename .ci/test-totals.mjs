// Sums the vitest JSON reports of every workspace into one closing line.
import { existsSync, readFileSync } from "node:fs";

const workspaces = ["packages/schema", "packages/cli-input", "packages/complexity", "apps/importer", "apps/renderer"];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const workspace of workspaces) {
  const file = `${workspace}/test-output/vitest.json`;
  if (!existsSync(file)) {
    console.log(`${workspace}: no test report`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  console.log(`${workspace}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
