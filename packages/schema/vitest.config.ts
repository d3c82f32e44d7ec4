import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@parlwire/source"] },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // The JSON report lets .ci/run print one closing "N passed, N failed" line for the whole monorepo.
    reporters: ["default", ["json", { outputFile: "test-output/vitest.json" }]],
  },
});
