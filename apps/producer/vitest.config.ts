import { defineConfig } from "vitest/config";

// Tests talk real HTTP on loopback and share nothing but the built dist/ for the SIGKILL test.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 30_000 },
});
