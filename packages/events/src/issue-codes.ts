/**
 * Every `code` an issue (or a warning) can carry. They are stable: match on them, for example to silence a
 * form you know Dialogporten's documentation uses. The package README describes each one.
 */
export const issueCodes = [
  // The input as a whole.
  "malformed-json",
  "not-an-object",
  // Forms that Dialogporten's documentation or older events use, and tolerant mode accepts.
  "subject-double-colon",
  "party-urn-not-canonical",
  "uuid-upper-case",
  "time-not-canonical",
  "source-dialogporten-no",
  "source-not-canonical",
  "sender-type-missing",
  // What JSON Schema cannot say: `source` names the event's dialog and activity.
  "source-dialog-mismatch",
  "source-activity-mismatch",
  // Everything else the schema refuses, by what failed.
  "missing",
  "unknown-field",
  "requires-other-field",
  "invalid-attribute-name",
  "invalid-type",
  "invalid-value",
  "invalid-form",
  "too-long",
  "empty",
  "schema",
] as const;

export type IssueCode = (typeof issueCodes)[number];
