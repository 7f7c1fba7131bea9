#!/usr/bin/env node
// Runs the generator from its TypeScript source: it is never built or published. The schema toolkit it
// uses is a built workspace package (turbo builds it before every task that runs this).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

if (!existsSync(fileURLToPath(import.meta.resolve("@dialogporten-events/schema-toolkit")))) {
  console.error(
    "dialogporten-codegen: @dialogporten-events/schema-toolkit is not built: run `pnpm build:toolkit`",
  );
  process.exit(2);
}
register();
await import("../src/cli.ts");
