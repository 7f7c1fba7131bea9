// Where things live in the site, relative to its root. Plain `.html` files so the site also works when
// opened from disk (file://), where a folder does not serve its index.html.
import type { SchemaMode } from "../read/shipped-schemas.js";

export function typePagePath(type: string): string {
  return `types/${type}.html`;
}

/** The copy of `dialogporten-events/schemas/<mode>/<type>.schema.json` inside the site. */
export function schemaPath(mode: SchemaMode, type: string): string {
  return `schemas/${mode}/${type}.schema.json`;
}
