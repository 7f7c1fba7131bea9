import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Each file starts real servers on loopback and real SQLite files; the crash test spawns processes.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
