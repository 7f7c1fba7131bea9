import type { Bump, Finding } from "./types.js";

export const BUMPS: readonly Bump[] = ["none", "patch", "minor", "major"];

export const bumpRank = (bump: Bump): number => BUMPS.indexOf(bump);

export function maxBump(bumps: Iterable<Bump>): Bump {
  let max: Bump = "none";
  for (const bump of bumps) if (bumpRank(bump) > bumpRank(max)) max = bump;
  return max;
}

export function isBump(value: string): value is Bump {
  return (BUMPS as readonly string[]).includes(value);
}

/** The semver bump that takes `from` to `to` ("none" when equal or lower). Prerelease tags are ignored. */
export function bumpBetween(from: string, to: string): Bump {
  const parse = (v: string) => {
    const m = /^(\d+)\.(\d+)\.(\d+)/.exec(v);
    if (!m) throw new Error(`not a semver version: ${v}`);
    return [Number(m[1]), Number(m[2]), Number(m[3])] as const;
  };
  const [a, b] = [parse(from), parse(to)];
  for (const [i, bump] of (["major", "minor", "patch"] as const).entries()) {
    if ((b[i] as number) > (a[i] as number)) return bump;
    if ((b[i] as number) < (a[i] as number)) return "none";
  }
  return "none";
}

/** `dialogporten.dialog.created.v1` -> `dialogporten.dialog.created.v2`; undefined for unversioned types. */
export function nextTypeVersion(type: string): string | undefined {
  const m = /^(.*\.v)(\d+)$/.exec(type);
  return m ? `${m[1]}${Number(m[2]) + 1}` : undefined;
}

/**
 * How a breaking finding avoids a major release: keep the old type, add the next version. With
 * `newVersionCommand` (the repository's scaffolding command) it is an instruction for the maintainers;
 * without, an explanation that fits anyone reading a diff of two published packages.
 */
export function adviceFor(
  finding: Omit<Finding, "advice" | "message">,
  newVersionCommand?: string,
): string | undefined {
  if (finding.bump !== "major") return undefined;
  if (finding.rule === "type-removed") {
    return `keep ${finding.file} (say in its description that it is deprecated) until a major release removes it`;
  }
  const next = nextTypeVersion(finding.key);
  if (!next) return "this schema has no .vN version: the change needs a major release";
  const sharedAt =
    finding.definedAt && !finding.definedAt.startsWith(`${finding.key}.`) ? finding.definedAt : undefined;
  if (!newVersionCommand) {
    const own = sharedAt ? ` (with its own copy of ${sharedAt})` : "";
    return `${finding.key} could have stayed unchanged with the change in a new ${next}${own} beside it; as released, it takes a major version`;
  }
  const shared = sharedAt
    ? ` and give it its own copy of ${sharedAt} instead of changing the shared definition`
    : "";
  return `leave ${finding.key} unchanged, add ${next} beside it (${newVersionCommand} ${finding.key})${shared}; or release a major`;
}
