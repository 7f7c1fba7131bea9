// Builds the whole site into one folder: the index, a page per event type, the shipped schemas beside
// them (so the schema links work offline), and the static assets.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { VNode } from "preact";
import { render } from "preact-render-to-string";
import { type EventTypeEntry, readEventCatalog } from "./read/event-catalog.js";
import { historyOf, readPackageHistory } from "./read/history.js";
import { IndexPage } from "./render/index-page.js";
import { schemaPath, typePagePath } from "./render/paths.js";
import { TypePage } from "./render/type-page.js";

export interface BuildOptions {
  /** The folder to write; emptied first. */
  outDir: string;
  /** The repository root, whose `.changeset/` holds the pending changes. */
  repositoryRoot: string;
}

export interface BuiltSite {
  /** Every page written, relative to `outDir`. */
  pages: string[];
  entries: EventTypeEntry[];
}

/** The static files beside the sources: `packages/catalog/assets/`. */
export const assetsDir = fileURLToPath(new URL("../assets/", import.meta.url));

export async function buildSite({ outDir, repositoryRoot }: BuildOptions): Promise<BuiltSite> {
  const entries = readEventCatalog();
  const history = await readPackageHistory(repositoryRoot);
  const packageVersion = readPackageVersion();

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(assetsDir, join(outDir, "assets"), { recursive: true });

  const pages: string[] = [];
  const write = (path: string, page: VNode) => {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `<!doctype html>\n${render(page)}\n`);
    pages.push(path);
  };

  write("index.html", <IndexPage entries={entries} packageVersion={packageVersion} />);
  entries.forEach((entry, index) => {
    for (const mode of ["strict", "tolerant"] as const) {
      const file = join(outDir, schemaPath(mode, entry.type));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(entry.schemas[mode], null, 2)}\n`);
    }
    write(
      typePagePath(entry.type),
      <TypePage
        entry={entry}
        history={historyOf(entry.type, history)}
        previous={entries[index - 1]}
        next={entries[index + 1]}
        packageVersion={packageVersion}
      />,
    );
  });
  return { pages, entries };
}

function readPackageVersion(): string {
  const require = createRequire(import.meta.url);
  const manifest: unknown = JSON.parse(
    readFileSync(require.resolve("dialogporten-events/package.json"), "utf8"),
  );
  const version = (manifest as { version?: unknown }).version;
  if (typeof version !== "string") throw new Error("dialogporten-events/package.json has no version");
  return version;
}
