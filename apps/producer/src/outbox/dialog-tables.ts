// The Dialogporten API stand-in's tables, in the producer's database beside the outbox (same migrator, same
// schema on PostgreSQL), so a dialog change and its events commit in one transaction. Conventions of
// @dialogporten-events/db: times epoch ms, JSON as text.

/** One row per dialog; `document` is the stored dialog (`StoredDialog`, JSON). */
export interface DialogsTable {
  id: string;
  /** `/org/<org>`'s org: the service owner that created it. */
  org: string;
  service_resource: string;
  party: string;
  revision: string;
  idempotent_key: string | null;
  document: string;
  created_at: number;
  updated_at: number;
  content_updated_at: number;
  visible_from: number | null;
  deleted_at: number | null;
}

/** Every activity and transmission id, whatever its dialog: a client-chosen id is unique across dialogs. */
export interface DialogChildrenTable {
  id: string;
  dialog_id: string;
  kind: "activity" | "transmission";
}

/** The seen log: one entry per end user per dialog change (`dialog_updated_at`). */
export interface DialogSeenTable {
  id: string;
  dialog_id: string;
  /** The end user's party URN (`urn:altinn:person:identifier-no:<pid>`). */
  seen_by: string;
  seen_at: number;
  dialog_updated_at: number;
}

export interface DialogTables {
  dialogs: DialogsTable;
  dialog_children: DialogChildrenTable;
  dialog_seen: DialogSeenTable;
}
