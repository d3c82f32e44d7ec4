import { defineConfig, type Options } from "tsup";

// Three builds, so that each entry's declarations are bundled on their own: the precompiled entry's
// types must not share a chunk that imports zod. `npm run build` empties dist/ first (prebuild):
// `clean` here would race between the parallel builds. No source maps: they were most of the tarball.
const common: Options = { target: "node20", sourcemap: false, clean: false };

export default defineConfig([
  { ...common, entry: { index: "src/index.ts" }, format: ["esm", "cjs"], dts: true },
  { ...common, entry: { precompiled: "src/precompiled/index.ts" }, format: ["esm", "cjs"], dts: true },
  {
    ...common,
    // The CLIs run as ES modules through bin/; cli.ts starts with a hashbang, which esbuild keeps.
    entry: { cli: "src/cli/cli.ts", "compat-cli": "src/cli/compat-cli.ts" },
    format: ["esm"],
    // The private input layer is bundled into the CLIs, so the published package depends on nothing private.
    noExternal: ["@parlwire/cli-input"],
  },
]);
