import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { parseJson, readSchemaDir, type SchemaDocument, SchemaSourceError } from "../load.js";
import { readTar, type TarEntry } from "./tar.js";

/** Schemas read from somewhere other than the working tree: a package tarball, a folder or the registry. */
export interface SchemaSource {
  /** How the user named it, for reports. */
  label: string;
  /** The `version` of the package.json beside the schemas, when there is one. */
  version: string | undefined;
  documents: SchemaDocument[];
}

/** Schema documents below `prefix` in a list of archive entries (fixtures left out), paths relative to it. */
export function documentsUnder(entries: TarEntry[], prefix: string): SchemaDocument[] {
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
    }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

const versionOf = (packageJson: string | undefined, where: string) => {
  const version = packageJson === undefined ? undefined : parseJson(packageJson, where).version;
  return typeof version === "string" ? version : undefined;
};

/** A package tarball as `npm pack` writes it: `package/schemas/` and `package/package.json`. */
export async function fromTarball(path: string, label: string): Promise<SchemaSource> {
  const entries = readTar(await readFile(path));
  const documents = documentsUnder(entries, "package/schemas/");
  if (documents.length === 0) throw new SchemaSourceError(`${label}: no package/schemas/ in this tarball`);
  const pkg = entries.find((e) => e.path === "package/package.json");
  return { label, version: versionOf(pkg?.content.toString("utf8"), `${label}: package.json`), documents };
}

/** A package folder (its `schemas/` is read) or a folder of schemas, with the package.json above them. */
export async function fromDirectory(dir: string, label: string): Promise<SchemaSource> {
  const hasSchemas = (await stat(join(dir, "schemas")).catch(() => undefined))?.isDirectory();
  const schemasDir = hasSchemas ? join(dir, "schemas") : dir;
  const pkgPath = join(schemasDir, "..", "package.json");
  const pkg = await readFile(pkgPath, "utf8").catch(() => undefined);
  return { label, version: versionOf(pkg, pkgPath), documents: await readSchemaDir(schemasDir) };
}

interface NpmPackFailure {
  error?: { code?: string; summary?: string };
}

/** Why `npm pack` failed, in one line: npm's own code and summary when it printed them. */
function npmFailure(error: unknown): string {
  const failed = error as { code?: unknown; stdout?: string; stderr?: string };
  if (failed.code === "ENOENT") return "npm is not installed or not on PATH";
  try {
    const { error: npm } = JSON.parse(failed.stdout ?? "") as NpmPackFailure;
    if (npm?.summary) return `${npm.code ? `${npm.code}: ` : ""}${npm.summary.split("\n")[0]}`;
  } catch {
    // npm printed no JSON; fall back to its standard error below.
  }
  const lines = (failed.stderr ?? "").split("\n").filter((l) => l.trim() && !l.includes("complete log"));
  return lines.slice(0, 2).join("; ") || (error as Error).message;
}

/**
 * `npm:<spec>` (say `npm:dialogporten-events@1.2.0`): fetched with `npm pack` from the registry npm is
 * configured with, so proxies, mirrors and credentials work as they do for `npm install`.
 */
export async function fromRegistry(spec: string): Promise<SchemaSource> {
  const dir = await mkdtemp(join(tmpdir(), "dialogporten-schemas-"));
  try {
    try {
      await promisify(execFile)("npm", ["pack", spec, "--pack-destination", dir, "--json"], {
        cwd: dir,
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      throw new SchemaSourceError(`npm:${spec}: could not fetch the package (${npmFailure(error)})`);
    }
    const file = (await readdir(dir)).find((f) => f.endsWith(".tgz"));
    if (!file) throw new SchemaSourceError(`npm:${spec}: npm pack produced no tarball`);
    return await fromTarball(join(dir, file), `npm:${spec}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `npm:<spec>`, a tarball or a folder, relative paths against `cwd`; `undefined` when `spec` is none of
 * them (the caller may know other kinds, such as git refs).
 */
export async function loadSchemaSource(spec: string, cwd: string): Promise<SchemaSource | undefined> {
  if (spec.startsWith("npm:")) return fromRegistry(spec.slice(4));
  const path = resolve(cwd, spec);
  const found = await stat(path).catch(() => undefined);
  if (found?.isFile()) return fromTarball(path, spec);
  if (found?.isDirectory()) return fromDirectory(path, spec);
  return undefined;
}
