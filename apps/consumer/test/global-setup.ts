// Builds dist/ once before any test file runs: the crash and multi-instance tests start `node dist/main.js`,
// and two files building at once could let one read a half-written file.

import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";

export default function setup(): void {
  const app = resolve(import.meta.dirname, "..");
  execFileSync(join(app, "node_modules/.bin/tsc"), ["-p", "tsconfig.build.json"], { cwd: app });
  // The live view's script (`src/ui`, for the browser), served from dist/ui.
  execFileSync(join(app, "node_modules/.bin/tsc"), ["-p", "tsconfig.ui.json"], { cwd: app });
}
