#!/usr/bin/env node
// `pnpm docs`: builds the catalog into <repository>/docs/site (or the folder given as the first argument).
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSite } from "./build-site.js";
import { findRepositoryRoot } from "./repository-root.js";

const repositoryRoot = findRepositoryRoot(dirname(fileURLToPath(import.meta.url)));
const outDir = resolve(process.argv[2] ?? join(repositoryRoot, "docs", "site"));
const started = performance.now();
const site = await buildSite({ outDir, repositoryRoot });
console.log(
  `catalog: ${site.pages.length} pages (${site.entries.length} event types) in ${relative(process.cwd(), outDir) || "."} ` +
    `(${Math.round(performance.now() - started)} ms)`,
);
