import { defineConfig } from "vitest/config";

export default defineConfig({
  // Read @parlwire/* from src/, never from a stale dist/.
  resolve: { conditions: ["@parlwire/source"] },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
