// BENCH_BASELINE=<git revision>: `dialogporten-events` as it was at that revision, measured in the same run
// beside today's, so "is this change slower than what it replaces?" is answered side by side rather than
// against figures from another day. The revision's `packages/events/src` is taken with `git archive` and
// compiled with today's TypeScript and dependencies (the library has none at run time) into a temp folder.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { parseEvent, validateEvent } from "dialogporten-events";
import { eventsDir, repoRoot } from "./paths.js";

export interface Baseline {
  /** The revision as given, with its short commit id: `main (1a2b3c4)`, or the commit id alone. */
  label: string;
  parseEvent: typeof parseEvent;
  validateEvent: typeof validateEvent;
  /** Deletes the temp folder. */
  dispose(): void;
}

export async function loadBaseline(revision: string): Promise<Baseline> {
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  let commit: string;
  try {
    commit = git("rev-parse", "--short", `${revision}^{commit}`);
  } catch {
    throw new Error(`BENCH_BASELINE=${revision}: not a revision of this repository`);
  }
  const dir = mkdtempSync(join(tmpdir(), "dp-bench-baseline-"));
  try {
    const archive = execFileSync("git", ["archive", commit, "packages/events"], {
      cwd: repoRoot,
      maxBuffer: 1 << 30,
    });
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
    const events = join(dir, "packages/events");
    // Today's compiler and its configuration package, through the package's own node_modules.
    symlinkSync(join(eventsDir, "node_modules"), join(events, "node_modules"));
    execFileSync(join(eventsDir, "node_modules/.bin/tsc"), ["-p", join(events, "tsconfig.build.json")], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const built = (await import(pathToFileURL(join(events, "dist/index.js")).href)) as {
      parseEvent: typeof parseEvent;
      validateEvent: typeof validateEvent;
    };
    return {
      label: commit.startsWith(revision) || revision.startsWith(commit) ? commit : `${revision} (${commit})`,
      parseEvent: built.parseEvent,
      validateEvent: built.validateEvent,
      dispose: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(
      `BENCH_BASELINE=${revision}: could not build packages/events at ${commit}${detail ? `:\n${detail}` : ""}`,
    );
  }
}
