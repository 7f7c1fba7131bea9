// Builds the catalog into a fresh temporary folder, as `pnpm run docs` does into docs/site.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuiltSite, buildSite } from "../src/build-site.js";
import { findRepositoryRoot } from "../src/repository-root.js";

export const repositoryRoot = findRepositoryRoot(dirname(fileURLToPath(import.meta.url)));

export async function buildTemporarySite(): Promise<BuiltSite & { dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "catalog-site-"));
  const site = await buildSite({ outDir: dir, repositoryRoot });
  return { ...site, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
