// `npm start`: the whole main job on the bundled examples. Imports the capture texts in
// examples/ with the importer's built CLI, validates every release, renders the static site
// into site/ at the repository root, and prints where to open it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const examples = join(repoRoot, "examples");
const siteDir = join(repoRoot, "site");
const importerCli = join(repoRoot, "apps/importer/dist/cli.js");
const rendererIndex = new URL("../dist/index.js", import.meta.url);

if (!existsSync(fileURLToPath(rendererIndex))) {
  console.error("parlwire start: the renderer is not built (apps/renderer/dist). Run `npm run build` at the repository root, or `npm start` there, which builds first.");
  process.exit(2);
}
const { buildSite, formatInputIssue } = await import(rendererIndex.href);

const captures = readdirSync(examples)
  .filter((name) => /\.(?:txt|html?)$/i.test(name))
  .sort()
  .map((name) => join(examples, name));
let inputs;
let workDir;
if (existsSync(importerCli) && captures.length > 0) {
  workDir = mkdtempSync(join(tmpdir(), "parlwire-start-"));
  console.log(`1/3 import: ${captures.length} capture${captures.length === 1 ? "" : "s"} from examples/ with parlwire-import`);
  const result = spawnSync(process.execPath, [importerCli, ...captures, "--out", workDir, "--no-progress"], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`parlwire start: the import failed (exit status ${result.status})`);
    process.exit(1);
  }
  inputs = [workDir];
} else {
  // Until the importer's CLI is built, the hand-written Release JSON next to each capture stands in.
  const releases = readdirSync(examples).filter((name) => name.endsWith(".release.json")).sort().map((name) => join(examples, name));
  console.log(`1/3 import: PENDING - ${importerCli} is not built; rendering the ${releases.length} example Release JSON file${releases.length === 1 ? "" : "s"} directly`);
  inputs = releases;
}

console.log("2/3 validate and render: every release is checked with validateRelease before it is rendered");
let problems = 0;
try {
  const summary = await buildSite(inputs, {
    out: siteDir,
    siteTitle: "parlwire examples",
    onIssue: (issue) => {
      problems++;
      console.error(`  ${formatInputIssue(issue)}`);
    },
  });
  console.log(
    `    ${summary.releases} release${summary.releases === 1 ? "" : "s"} valid and rendered, ${summary.skipped} skipped; ` +
      `${summary.officials} officials, ${summary.parliaments} parliaments, ${summary.files} files`,
  );
} finally {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
}
console.log(`3/3 site written to ${siteDir}`);
console.log(`\nOpen ${pathToFileURL(join(siteDir, "index.html")).href}`);
process.exitCode = problems > 0 ? 1 : 0;
