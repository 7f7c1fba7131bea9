import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  documentsUnder,
  fromDirectory,
  loadSchemaSource,
  parseJson,
  readTar,
  type SchemaSets,
  type SchemaSource,
  setsFromDocuments,
  setsFromSource,
} from "@dialogporten-events/schema-toolkit";
import { git, gitBuffer } from "./io.js";

export const EVENTS_PACKAGE = "dialogporten-events";
export const EVENTS_PACKAGE_DIR = "packages/events";
/** changesets tags a release of a workspace package as `<name>@<version>`. */
export const RELEASE_TAG_GLOB = `${EVENTS_PACKAGE}@*`;

/** One side of a comparison: the schemas, a label for reports, and the package version they shipped as. */
export interface SchemaSide {
  label: string;
  sets: SchemaSets;
  /** The events package's version at that point; "0.0.0" when nothing was ever released. */
  version: string;
}

export async function lastReleaseTag(repoRoot: string): Promise<string | undefined> {
  const tags = await git(
    ["tag", "--list", RELEASE_TAG_GLOB, "--merged", "HEAD", "--sort=-v:refname"],
    repoRoot,
  );
  return tags.split("\n").find(Boolean);
}

const toSide = (source: SchemaSource): SchemaSide => ({
  label: source.label,
  sets: setsFromDocuments(source.documents),
  version: source.version ?? "0.0.0",
});

async function fromGitRef(ref: string, repoRoot: string): Promise<SchemaSide> {
  const commit = (
    await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], repoRoot).catch(() => "")
  ).trim();
  if (!commit) throw new Error(`base "${ref}" is neither a file, a folder, npm:<spec> nor a git ref`);
  // Source form when the ref has it; releases made before schemas/ existed only have the shipped form.
  const listed = await git(
    ["ls-tree", "-r", "--name-only", commit, "--", "schemas/", `${EVENTS_PACKAGE_DIR}/schemas/`],
    repoRoot,
  );
  const prefix = listed.split("\n").some((p) => p.startsWith("schemas/"))
    ? "schemas/"
    : `${EVENTS_PACKAGE_DIR}/schemas/`;
  const documents = listed.includes(prefix)
    ? documentsUnder(
        readTar(await gitBuffer(["archive", "--format=tar", commit, "--", prefix], repoRoot)),
        prefix,
      )
    : [];
  const pkg = await git(["show", `${commit}:${EVENTS_PACKAGE_DIR}/package.json`], repoRoot).catch(() => "{}");
  const version = parseJson(pkg, `${ref}:package.json`).version;
  return toSide({ label: ref, documents, version: typeof version === "string" ? version : undefined });
}

/**
 * The side to compare against: a `.tgz` of the package, `npm:<spec>`, a folder of schemas (source or
 * shipped form), or a git ref. Without a spec, the last release tag of the events package; when there is
 * none, nothing: every schema is then new.
 */
export async function loadBaseline(spec: string | undefined, repoRoot: string): Promise<SchemaSide> {
  if (spec === undefined) {
    const tag = await lastReleaseTag(repoRoot);
    if (!tag)
      return {
        label: `(no ${RELEASE_TAG_GLOB} tag: nothing released)`,
        sets: setsFromSource([]),
        version: "0.0.0",
      };
    return fromGitRef(tag, repoRoot);
  }
  const source = await loadSchemaSource(spec, repoRoot);
  return source ? toSide(source) : fromGitRef(spec, repoRoot);
}

/** The side being checked: `schemas/` of the working tree unless another folder is given. */
export async function loadHead(spec: string | undefined, repoRoot: string): Promise<SchemaSide> {
  if (spec !== undefined) return loadBaseline(spec, repoRoot);
  const side = toSide(await fromDirectory(join(repoRoot, "schemas"), "working tree"));
  const pkg = await readFile(join(repoRoot, EVENTS_PACKAGE_DIR, "package.json"), "utf8").catch(() => "{}");
  return { ...side, version: String(parseJson(pkg, "package.json").version ?? "0.0.0") };
}
