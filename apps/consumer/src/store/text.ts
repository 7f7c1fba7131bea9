// The one text rule that differs by database: PostgreSQL text cannot hold U+0000 (SQLite can). Values that
// only order or describe (a time key, a type, an error message) have it replaced; identities never hold it
// (the webhook refuses such ids, `intake/input-bounds.ts`).

import { type Dialect, pick } from "@dialogporten-events/db";

export function storedText(dialect: Dialect, value: string): string {
  return pick(dialect, { sqlite: value, postgres: value.replaceAll("\u0000", "\uFFFD") });
}
