import { deriveVariant, VALIDATION_MODES } from "../derive.js";
import type { JsonSchema } from "../json-schema.js";
import type { SchemaDocument } from "../load.js";
import { indexResources, shortUri, stripFragment } from "../refs.js";
import type { ModeSet, SchemaEntry, SchemaSets } from "./types.js";

export const MODES = VALIDATION_MODES;

/** Shared definitions that the package also ships (and exports a validator for) as schemas of their own. */
export const SHIPPED_DEFS = ["_defs/cloudevents.schema.json"];

/** An event schema is named by its CloudEvents `type`; any other by its file name. */
export function entryKey(schema: JsonSchema, path: string): string {
  const type = (schema.properties as Record<string, { const?: unknown }> | undefined)?.type?.const;
  if (typeof type === "string") return type;
  return (path.split("/").pop() as string).replace(/(\.schema)?\.json$/, "");
}

export function entry(schema: JsonSchema, path: string, file: string): SchemaEntry {
  return { key: entryKey(schema, path), file, root: schema, base: stripFragment(String(schema.$id ?? "")) };
}

/**
 * A published package's `schemas/`: one self-contained document per type and mode under `strict/` and
 * `tolerant/` (shared definitions embedded), plus mode-less documents at the top.
 */
export function setsFromShipped(files: SchemaDocument[]): SchemaSets {
  const sets = {} as SchemaSets;
  for (const mode of MODES) {
    const set: ModeSet = { entries: new Map(), resources: new Map() };
    const mine = files.filter((f) => f.path.startsWith(`${mode}/`) || !f.path.includes("/"));
    for (const file of mine) indexResources(file.schema, set.resources);
    for (const file of mine) {
      const e = entry(file.schema, file.path, `schemas/${file.path}`);
      set.entries.set(e.key, e);
    }
    sets[mode] = set;
  }
  return sets;
}

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

/** Which form a list of documents is in: shipped (`strict/` and `tolerant/` folders) or source. */
export const isShippedForm = (docs: SchemaDocument[]): boolean =>
  docs.some((d) => d.path.startsWith("strict/")) && docs.some((d) => d.path.startsWith("tolerant/"));

/** The sets of either form, told apart by `isShippedForm`. */
export const setsFromDocuments = (docs: SchemaDocument[]): SchemaSets =>
  isShippedForm(docs) ? setsFromShipped(docs) : setsFromSource(docs);

/** The file name an entry's nodes carry in `definedAt`. */
export const ownFileOf = (e: SchemaEntry): string => shortUri(e.base);
