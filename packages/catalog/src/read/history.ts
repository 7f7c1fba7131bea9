// The history of each event type, as honest as the sources allow: the package's CHANGELOG.md (released
// versions, written by `changeset version`) and the pending changesets in `.changeset/` (not released yet).
// A note belongs to a type when it names the type exactly; notes about every type (an initial release,
// a faster validator) are not attributed to any single one.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import readChangesets from "@changesets/read";

export interface ReleaseNote {
  /** A version from the CHANGELOG, or `undefined` for a pending changeset. */
  readonly version?: string;
  /** The bump a pending changeset asks for. */
  readonly bump?: string;
  /** Markdown. */
  readonly text: string;
}

export interface PackageHistory {
  /** Versions in the CHANGELOG, newest first. */
  readonly versions: readonly string[];
  readonly notes: readonly ReleaseNote[];
}

export interface TypeHistory {
  /** Markdown: one sentence on where the type stands. */
  readonly summary: string;
  /** Notes that name the type, pending first, then newest release first. */
  readonly notes: readonly ReleaseNote[];
}

const packageName = "dialogporten-events";

export async function readPackageHistory(repositoryRoot: string): Promise<PackageHistory> {
  const require = createRequire(import.meta.url);
  const changelogFile = join(dirname(require.resolve(`${packageName}/package.json`)), "CHANGELOG.md");
  const released = existsSync(changelogFile) ? parseChangelog(readFileSync(changelogFile, "utf8")) : [];
  const pending = (await readChangesets(repositoryRoot)).flatMap((changeset) =>
    changeset.releases
      .filter((release) => release.name === packageName && release.type !== "none")
      .map((release) => ({ bump: release.type, text: changeset.summary.trim() })),
  );
  const versions = [
    ...new Set(released.map((note) => note.version).filter((v): v is string => v !== undefined)),
  ];
  return { versions, notes: [...pending, ...released] };
}

/**
 * Reads a CHANGELOG.md as `changeset version` writes it: `## <version>`, `### <Major|Minor|Patch> Changes`,
 * then one list item per change, `- <commit>: <text>` with indented continuation lines.
 */
export function parseChangelog(markdown: string): ReleaseNote[] {
  const notes: ReleaseNote[] = [];
  let version: string | undefined;
  let current: string[] | undefined;
  const flush = () => {
    if (version !== undefined && current) notes.push({ version, text: current.join("\n").trim() });
    current = undefined;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^##\s+(\S+)\s*$/.exec(line);
    if (heading?.[1]) {
      flush();
      version = heading[1];
    } else if (/^#/.test(line)) {
      flush();
    } else if (/^[-*]\s+/.test(line)) {
      flush();
      current = [line.replace(/^[-*]\s+/, "").replace(/^[0-9a-f]{7,40}:\s*/, "")];
    } else if (current && (/^\s+\S/.test(line) || line.trim() === "")) {
      current.push(line.trim());
    }
  }
  flush();
  return notes;
}

export function historyOf(type: string, history: PackageHistory): TypeHistory {
  const notes = history.notes.filter((note) => namesType(note.text, type));
  const oldest = history.versions.at(-1);
  let summary: string;
  if (oldest === undefined) {
    summary = `Not released yet: \`${packageName}\` has no published version (no CHANGELOG entries), so this type arrives with its first release.`;
  } else if (notes.some((note) => note.version !== undefined)) {
    summary = `Release notes that name this type since ${oldest}, the oldest version in the CHANGELOG:`;
  } else {
    // Not "unchanged": a note about a shared definition can change a type without naming it.
    summary = `No release note names this type since ${oldest}, the oldest version in the CHANGELOG.`;
  }
  if (notes.some((note) => note.version === undefined))
    summary += " Pending changes that name it are listed first.";
  return { summary, notes };
}

function namesType(text: string, type: string): boolean {
  const escaped = type.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w-])`).test(text);
}
