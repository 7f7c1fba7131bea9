import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { EmittedFile } from "./emit-validators.js";

/** Folders the generator owns completely: anything in them it did not emit is stale and goes. */
export const OWNED_DIRS = ["src/generated", "schemas"];

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else files.push(path);
  }
  return files;
}

export interface Drift {
  changed: string[];
  added: string[];
  stale: string[];
}

export async function findDrift(packageDir: string, files: EmittedFile[]): Promise<Drift> {
  const drift: Drift = { changed: [], added: [], stale: [] };
  const wanted = new Set(files.map((f) => f.path));
  for (const file of files) {
    const current = await readFile(join(packageDir, file.path), "utf8").catch(() => undefined);
    if (current === undefined) drift.added.push(file.path);
    else if (current !== file.content) drift.changed.push(file.path);
  }
  for (const dir of OWNED_DIRS) {
    for (const path of await listFiles(join(packageDir, dir))) {
      const rel = relative(packageDir, path).split("\\").join("/");
      if (!wanted.has(rel)) drift.stale.push(rel);
    }
  }
  return drift;
}

/** Writes only what differs, so an unchanged run leaves every timestamp alone. */
export async function writeFiles(packageDir: string, files: EmittedFile[]): Promise<Drift> {
  const drift = await findDrift(packageDir, files);
  for (const path of [...drift.added, ...drift.changed]) {
    const file = files.find((f) => f.path === path) as EmittedFile;
    await mkdir(dirname(join(packageDir, path)), { recursive: true });
    await writeFile(join(packageDir, path), file.content);
  }
  for (const path of drift.stale) await rm(join(packageDir, path));
  return drift;
}
