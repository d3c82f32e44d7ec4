import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The JSON report lets .ci/run print one closing "N passed, N failed" line for the whole monorepo.
    reporters: ["default", ["json", { outputFile: "test-output/vitest.json" }]],
  },
});
