import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The monorepo's root: the nearest folder above `from` with a pnpm-workspace.yaml. */
export function findRepositoryRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}
