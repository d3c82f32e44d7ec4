import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli.ts", "eval-cli": "src/eval-cli.ts" },
  format: ["esm"],
  // The private input layer shared by every parlwire CLI, bundled in.
  noExternal: ["@parlwire/cli-input"],
  dts: { entry: { index: "src/index.ts" } },
  sourcemap: true,
  clean: true,
  // node20.19 (the engines floor), not node20: esbuild drops `with { type: "json" }` for older targets,
  // and Node then refuses the JSON import (i18n-iso-countries/langs/en.json).
  target: "node20.19",
});
