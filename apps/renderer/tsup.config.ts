import { defineConfig } from "tsup";
import { bundleDefines } from "./src/static-site/validate-page.js";

export default defineConfig(async () => ({
  // The release outputs worker is a file of its own: a site build starts it as a thread (release-outputs-thread.ts).
  entry: { index: "src/index.ts", cli: "src/cli.ts", "release-outputs-worker": "src/static-site/release-outputs-worker.ts" },
  format: ["esm"],
  // The private input layer shared by every parlwire CLI, bundled in.
  noExternal: ["@parlwire/cli-input"],
  dts: { entry: { index: "src/index.ts" } },
  sourcemap: true,
  clean: true,
  target: "node20",
  // validate.html's script and its CSP, worked out now rather than by every site build (see validate-page.ts).
  define: await bundleDefines(),
}));
