import { join } from "node:path";
import {
  type Bump,
  bumpBetween,
  bumpRank,
  type DiffResult,
  diffSchemaSets,
  maxBump,
  renderHuman,
} from "@dialogporten-events/schema-toolkit";
import { parseArgs } from "./args.js";
import { EVENTS_PACKAGE, loadBaseline, loadHead } from "./baseline.js";
import { type PendingChangeset, pendingChangesets } from "./changesets.js";
import { consoleOutput, MAINTAINERS_DIFF, type Output } from "./io.js";

export interface GateResult {
  ok: boolean;
  required: Bump;
  /** What the pending changesets ask for. */
  pending: PendingChangeset[];
  /** The bump already applied to package.json since the base (after `changeset version`). */
  applied: Bump;
  diff: DiffResult;
  base: { label: string; version: string };
  head: { label: string; version: string };
}

/**
 * The release gate: the schema diff since the last release decides the least bump, and the bump the
 * release will make (pending changesets, or the version already written by `changeset version`) must
 * reach it.
 */
export async function checkSchemas(repoRoot: string, baseSpec?: string): Promise<GateResult> {
  const [base, head] = await Promise.all([loadBaseline(baseSpec, repoRoot), loadHead(undefined, repoRoot)]);
  const diff = diffSchemaSets(base.sets, head.sets, MAINTAINERS_DIFF);
  const pending = await pendingChangesets(join(repoRoot, ".changeset"), EVENTS_PACKAGE);
  const applied = bumpBetween(base.version, head.version);
  const planned = maxBump([applied, ...pending.map((p) => p.bump)]);
  return {
    ok: bumpRank(planned) >= bumpRank(diff.required),
    required: diff.required,
    pending,
    applied,
    diff,
    base: { label: base.label, version: base.version },
    head: { label: head.label, version: head.version },
  };
}

export function describeGate(gate: GateResult): string {
  const planned = maxBump([gate.applied, ...gate.pending.map((p) => p.bump)]);
  const asks = gate.pending.length
    ? gate.pending.map((p) => `${p.bump} (${p.file})`).join(", ")
    : "no pending changeset";
  const lines = [
    renderHuman(gate.diff, { base: gate.base.label, head: gate.head.label }, MAINTAINERS_DIFF),
    "",
    `Pending changesets for ${EVENTS_PACKAGE}: ${asks}.`,
    `Version: ${gate.base.version} at ${gate.base.label}, ${gate.head.version} now (${gate.applied === "none" ? "no bump applied yet" : `${gate.applied} already applied`}).`,
  ];
  if (gate.ok) {
    lines.push(`OK: the release bump (${planned}) covers the schema changes (${gate.required} needed).`);
    return lines.join("\n");
  }
  lines.push(
    `FAIL: the schema changes need a ${gate.required} release of ${EVENTS_PACKAGE}, but the release would be ${planned}.`,
    "How to fix:",
  );
  if (gate.required === "major") {
    lines.push(
      "  - preferred: undo the breaking change to the existing types and add the next version beside each one",
      "    (pnpm new-version <type>, then edit the new file): a new type is a minor change;",
      `  - or record the major release: pnpm changeset (choose "major" for ${EVENTS_PACKAGE}) and explain the break.`,
    );
  } else {
    lines.push(
      `  - run pnpm changeset, choose "${gate.required}" for ${EVENTS_PACKAGE} and describe the change.`,
    );
  }
  return lines.join("\n");
}

/** `check-schemas [--base <ref|tgz|dir|npm:spec>] [--json]`; exit 0 pass, 1 fail, 2 usage or error. */
export async function runCheckSchemas(
  argv: string[],
  repoRoot: string,
  output: Output = consoleOutput,
): Promise<number> {
  const args = parseArgs(argv, ["base"], ["json"]);
  const gate = await checkSchemas(repoRoot, args.options.base);
  if (args.flags.json) output.out(JSON.stringify(gate, null, 2));
  else (gate.ok ? output.out : output.err)(describeGate(gate));
  return gate.ok ? 0 : 1;
}
