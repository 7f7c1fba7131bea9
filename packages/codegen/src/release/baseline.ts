import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { readTar } from "../../../events/src/cli/read-tar.js";
import { type SchemaDocument, type SchemaSets, setsFromShipped, setsFromSource } from "../diff/index.js";
import { git, gitBuffer, parseJson, readSchemaDir } from "./io.js";

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

const isShipped = (docs: SchemaDocument[]) =>
  docs.some((d) => d.path.startsWith("strict/")) && docs.some((d) => d.path.startsWith("tolerant/"));
const toSets = (docs: SchemaDocument[]) => (isShipped(docs) ? setsFromShipped(docs) : setsFromSource(docs));

/** Schema documents below `prefix` in a list of archive entries, with paths made relative to it. */
function documentsUnder(entries: { path: string; content: Buffer }[], prefix: string): SchemaDocument[] {
  return entries
    .filter(
      (e) =>
        e.path.startsWith(prefix) &&
        e.path.endsWith(".json") &&
        !e.path.slice(prefix.length).startsWith("fixtures/"),
    )
    .map((e) => ({
      path: e.path.slice(prefix.length),
      schema: parseJson(e.content.toString("utf8"), e.path),
    }));
}

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
  const docs = listed.includes(prefix)
    ? documentsUnder(
        readTar(await gitBuffer(["archive", "--format=tar", commit, "--", prefix], repoRoot)),
        prefix,
      )
    : [];
  const pkg = await git(["show", `${commit}:${EVENTS_PACKAGE_DIR}/package.json`], repoRoot).catch(() => "{}");
  return {
    label: ref,
    sets: toSets(docs),
    version: String(parseJson(pkg, `${ref}:package.json`).version ?? "0.0.0"),
  };
}

async function fromTarball(path: string, label: string): Promise<SchemaSide> {
  const entries = readTar(await readFile(path));
  const pkg = entries.find((e) => e.path === "package/package.json");
  const docs = documentsUnder(entries, "package/schemas/");
  if (docs.length === 0) throw new Error(`${path}: no package/schemas/ in this tarball`);
  return {
    label,
    sets: toSets(docs),
    version: String(pkg ? parseJson(pkg.content.toString("utf8"), label).version : "0.0.0"),
  };
}

/** `npm:dialogporten-events@1.2.0`: fetched with `npm pack` from the configured registry. */
async function fromRegistry(spec: string): Promise<SchemaSide> {
  const dir = await mkdtemp(join(tmpdir(), "schema-base-"));
  try {
    await promisify(execFile)("npm", ["pack", spec, "--pack-destination", dir, "--silent"], { cwd: dir });
    const [file] = (await readdir(dir)).filter((f) => f.endsWith(".tgz"));
    if (!file) throw new Error(`npm pack ${spec} produced no tarball`);
    return await fromTarball(join(dir, file), `npm:${spec}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function fromDirectory(dir: string, label: string): Promise<SchemaSide> {
  const schemasDir = (await stat(join(dir, "schemas")).catch(() => undefined))?.isDirectory()
    ? join(dir, "schemas")
    : dir;
  const pkg = await readFile(join(schemasDir, "..", "package.json"), "utf8").catch(() => "{}");
  return {
    label,
    sets: toSets(await readSchemaDir(schemasDir)),
    version: String(parseJson(pkg, label).version ?? "0.0.0"),
  };
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
  if (spec.startsWith("npm:")) return fromRegistry(spec.slice(4));
  const path = resolve(repoRoot, spec);
  const found = await stat(path).catch(() => undefined);
  if (found?.isFile()) return fromTarball(path, spec);
  if (found?.isDirectory()) return fromDirectory(path, spec);
  return fromGitRef(spec, repoRoot);
}

/** The side being checked: `schemas/` of the working tree unless another folder is given. */
export async function loadHead(spec: string | undefined, repoRoot: string): Promise<SchemaSide> {
  if (spec !== undefined) return loadBaseline(spec, repoRoot);
  const side = await fromDirectory(join(repoRoot, "schemas"), "working tree");
  const pkg = await readFile(join(repoRoot, EVENTS_PACKAGE_DIR, "package.json"), "utf8").catch(() => "{}");
  return { ...side, version: String(parseJson(pkg, "package.json").version ?? "0.0.0") };
}
