import { defineConfig } from "vitest/config";

// One slow end-to-end file: a local registry, two releases and two installs. Bounded, never retried.
export default defineConfig({
  test: { testTimeout: 180_000, hookTimeout: 180_000, include: ["test/**/*.test.ts"] },
});
