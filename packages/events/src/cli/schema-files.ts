import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { SchemaDocument } from "../diff/index.js";
import { readTar } from "./read-tar.js";
import { UsageError } from "./schema-commands.js";

/** A package's shipped schemas (`strict/`, `tolerant/`, shared documents at the top) and its version. */
export interface ShippedSchemas {
  label: string;
  version: string;
  documents: SchemaDocument[];
}

const parse = (text: string, where: string) => {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`${where}: not valid JSON (${(error as Error).message})`);
  }
};

async function readFolder(dir: string): Promise<SchemaDocument[]> {
  const documents: SchemaDocument[] = [];
  const walk = async (sub: string): Promise<void> => {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith(".json"))
        documents.push({ path, schema: parse(await readFile(join(dir, path), "utf8"), path) });
    }
  };
  await walk("");
  return documents.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function checkShipped(documents: SchemaDocument[], label: string): SchemaDocument[] {
  if (
    !documents.some((d) => d.path.startsWith("strict/")) ||
    !documents.some((d) => d.path.startsWith("tolerant/"))
  ) {
    throw new UsageError(
      `${label}: no strict/ and tolerant/ schemas; give a dialogporten-events tarball, package folder or npm:<spec>`,
    );
  }
  return documents;
}

async function fromTarball(path: string, label: string): Promise<ShippedSchemas> {
  const entries = readTar(await readFile(path));
  const pkg = entries.find((e) => e.path === "package/package.json");
  const prefix = "package/schemas/";
  const documents = entries
    .filter((e) => e.path.startsWith(prefix) && e.path.endsWith(".json"))
    .map((e) => ({ path: e.path.slice(prefix.length), schema: parse(e.content.toString("utf8"), e.path) }));
  const version = pkg ? String(parse(pkg.content.toString("utf8"), label).version ?? "?") : "?";
  return { label, version, documents: checkShipped(documents, label) };
}

export async function fromPackageFolder(dir: string, label: string): Promise<ShippedSchemas> {
  const hasSchemas = (await stat(join(dir, "schemas")).catch(() => undefined))?.isDirectory();
  const schemasDir = hasSchemas ? join(dir, "schemas") : dir;
  const pkg = await readFile(join(schemasDir, "..", "package.json"), "utf8").catch(() => "{}");
  return {
    label,
    version: String(parse(pkg, label).version ?? "?"),
    documents: checkShipped(await readFolder(schemasDir), label),
  };
}

/** `npm:dialogporten-events@1.2.0`: fetched with `npm pack` from the configured registry. */
async function fromRegistry(spec: string): Promise<ShippedSchemas> {
  const dir = await mkdtemp(join(tmpdir(), "dialogporten-events-diff-"));
  try {
    await promisify(execFile)("npm", ["pack", spec, "--pack-destination", dir, "--silent"], { cwd: dir });
    const file = (await readdir(dir)).find((f) => f.endsWith(".tgz"));
    if (!file) throw new UsageError(`npm pack ${spec} produced no tarball`);
    return await fromTarball(join(dir, file), `npm:${spec}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A base to compare with: a package tarball (`.tgz`), a package or schemas folder, or `npm:<spec>`. */
export async function loadShipped(spec: string): Promise<ShippedSchemas> {
  if (spec.startsWith("npm:")) return fromRegistry(spec.slice(4));
  const path = resolve(spec);
  const found = await stat(path).catch(() => undefined);
  if (found?.isFile()) return fromTarball(path, spec);
  if (found?.isDirectory()) return fromPackageFolder(path, spec);
  throw new UsageError(`base "${spec}" is neither a file, a folder nor npm:<spec>`);
}
