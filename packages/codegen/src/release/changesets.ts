import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type Bump, isBump } from "@dialogporten-events/schema-toolkit";

export interface PendingChangeset {
  file: string;
  bump: Bump;
}

/**
 * The release types a changeset asks for, from its front matter (`"name": minor`, quotes optional).
 * Throws on a malformed header rather than guessing, because a skipped changeset would weaken the gate.
 */
export function parseChangeset(text: string, file: string): Map<string, Bump> {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text.trimStart());
  if (!match) throw new Error(`${file}: no front matter (--- … ---)`);
  const bumps = new Map<string, Bump>();
  for (const line of (match[1] as string).split(/\r?\n/)) {
    if (!line.trim()) continue;
    const entry = /^\s*(["']?)([^"':]+)\1\s*:\s*(["']?)(\w+)\3\s*$/.exec(line);
    if (!entry || !isBump(entry[4] as string) || entry[4] === "none")
      throw new Error(`${file}: cannot read "${line.trim()}"`);
    bumps.set(entry[2] as string, entry[4] as Bump);
  }
  return bumps;
}

/** The changesets in `.changeset/` that mention `packageName`, with the bump each asks for. */
export async function pendingChangesets(
  changesetDir: string,
  packageName: string,
): Promise<PendingChangeset[]> {
  const files = (await readdir(changesetDir).catch(() => [] as string[]))
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort();
  const pending: PendingChangeset[] = [];
  for (const file of files) {
    const bump = parseChangeset(await readFile(join(changesetDir, file), "utf8"), file).get(packageName);
    if (bump) pending.push({ file: `.changeset/${file}`, bump });
  }
  return pending;
}
