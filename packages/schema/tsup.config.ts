import { defineConfig } from "tsup";

export default defineConfig({
  // cli.ts starts with a hashbang, which esbuild keeps.
  entry: { index: "src/index.ts", cli: "src/cli.ts", precompiled: "src/precompiled/index.ts", "compat-cli": "src/compat-cli.ts" },
  format: ["esm", "cjs"],
  // The private input layer is bundled into the CLIs, so the published package depends on nothing private.
  noExternal: ["@parlwire/cli-input"],
  dts: { entry: { index: "src/index.ts", precompiled: "src/precompiled/index.ts" } },
  sourcemap: true,
  clean: true,
  target: "node20",
});
