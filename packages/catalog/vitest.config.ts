import { defineConfig } from "vitest/config";

export default defineConfig({
  // The templates are TSX for Preact: tell the transform where `jsx()` comes from.
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: { include: ["test/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 60_000 },
});
