import { indexResources } from "../../../events/src/diff/registry.js";
import { entry, MODES, type SchemaDocument, SHIPPED_DEFS } from "../../../events/src/diff/sets.js";
import type { ModeSet, SchemaSets } from "../../../events/src/diff/types.js";
import { deriveVariant } from "../derive.js";

// The one file of the diff that needs the generator's `x-tolerant` derivation; everything else reads
// schemas that are already per mode, so a copy for the published package can leave this file out.

/**
 * `schemas/` as written: event schemas at the top, shared definitions under `_defs/`, each node possibly
 * carrying `x-tolerant`. Each mode gets its own derived variant, as the generator compiles it.
 */
export function setsFromSource(files: SchemaDocument[]): SchemaSets {
  const sets = {} as SchemaSets;
  const schemas = files.filter((f) => !f.path.startsWith("fixtures/") && f.path.endsWith(".json"));
  for (const mode of MODES) {
    const set: ModeSet = { entries: new Map(), resources: new Map() };
    for (const file of schemas) {
      const derived = deriveVariant(file.schema, mode);
      indexResources(derived, set.resources);
      const isEntry =
        (!file.path.includes("/") && file.path.endsWith(".schema.json")) || SHIPPED_DEFS.includes(file.path);
      if (isEntry) {
        const e = entry(derived, file.path, `schemas/${file.path}`);
        set.entries.set(e.key, e);
      }
    }
    sets[mode] = set;
  }
  return sets;
}
