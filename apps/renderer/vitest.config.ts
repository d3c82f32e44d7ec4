import { defineConfig } from "vitest/config";

// Read @parlwire/* from src/, never from a stale dist/. Vitest runs tests in Vite's SSR
// environment, which takes its conditions from `ssr.resolve`, not the top-level `resolve`.
const conditions = ["@parlwire/source"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // beforeAll may build a CLI or start Chromium; on a loaded 2-core machine that takes more than the default 10 s.
    hookTimeout: 120_000,
    // The JSON report lets .ci/run print one closing "N passed, N failed" line for the whole monorepo.
    reporters: ["default", ["json", { outputFile: "test-output/vitest.json" }]],
  },
});
