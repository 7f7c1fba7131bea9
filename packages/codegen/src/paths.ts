import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the generator reads and writes, relative to the repository root unless overridden (tests do). */
export interface GeneratorPaths {
  schemasDir: string;
  /** The events package: generated TypeScript goes to `src/generated`, shipped schemas to `schemas`. */
  eventsPackageDir: string;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export const defaultPaths: GeneratorPaths = {
  schemasDir: join(repoRoot, "schemas"),
  eventsPackageDir: join(repoRoot, "packages/events"),
};

export const GENERATOR_NAME = "@dialogporten-events/codegen";
export const FIX_COMMAND = "pnpm generate";
