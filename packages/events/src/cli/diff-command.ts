import { fileURLToPath } from "node:url";
import {
  type Bump,
  bumpRank,
  diffSchemaSets,
  isBump,
  renderHuman,
  renderJson,
  setsFromShipped,
} from "@dialogporten-events/schema-toolkit";
import { UsageError } from "./schema-commands.js";
import { fromPackageFolder, loadShipped } from "./schema-files.js";

const thisPackage = fileURLToPath(new URL("../../", import.meta.url));

export interface DiffOptions {
  json: boolean;
  head?: string;
  failOn?: string;
}

/**
 * `diff <base>`: what changed in the schemas from <base> to this installed version (or `--head`), who each
 * change breaks, and the least semver bump it needs. Exit 0; 1 when `--fail-on` is reached.
 */
export async function diffCommand(base: string | undefined, options: DiffOptions): Promise<number> {
  if (!base)
    throw new UsageError("diff needs a base: a package tarball (.tgz), a package folder or npm:<spec>");
  if (options.failOn !== undefined && !isBump(options.failOn))
    throw new UsageError("--fail-on takes patch, minor or major");
  const [before, after] = await Promise.all([
    loadShipped(base),
    options.head ? loadShipped(options.head) : fromPackageFolder(thisPackage, "this package"),
  ]);
  const result = diffSchemaSets(setsFromShipped(before.documents), setsFromShipped(after.documents));
  const labels = {
    base: `${before.label} (${before.version ?? "?"})`,
    head: `${after.label} (${after.version ?? "?"})`,
  };
  console.log(options.json ? renderJson(result, labels) : renderHuman(result, labels));
  const failOn = options.failOn as Bump | undefined;
  return failOn && result.required !== "none" && bumpRank(result.required) >= bumpRank(failOn) ? 1 : 0;
}
