// Bundles a TypeScript entry from source for plain node (the source condition, @parlwire/* bundled,
// as test/cli.test.ts does for the CLI), so a bench child runs the code the published CLI runs,
// without the tsx loader's memory and start-up in its figures.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleDefines } from "../src/static-site/validate-page.js";

const here = dirname(fileURLToPath(import.meta.url));

/** Bundles `entry` (relative to apps/renderer) to test-output/bench-bundle/<name>.js and returns that path. */
export async function bundleForNode(entry: string, name: string): Promise<string> {
  const outDir = join(here, "..", "test-output", "bench-bundle");
  const { build } = await import("tsup");
  await build({
    config: false,
    // The site build's release outputs worker, beside the entry as in dist/ (see release-outputs-thread.ts).
    entry: { [name]: join(here, "..", entry), "release-outputs-worker": join(here, "..", "src/static-site/release-outputs-worker.ts") },
    outDir,
    format: ["esm"],
    platform: "node",
    target: "node20",
    silent: true,
    clean: false,
    noExternal: [/^@parlwire\//],
    // validate.html's script and its CSP worked out ahead of time, as in the package build (tsup.config.ts).
    define: await bundleDefines(),
    esbuildOptions: (options) => {
      options.conditions = ["@parlwire/source"];
    },
  });
  return join(outDir, `${name}.js`);
}
