// The scopes the stand-in checks. The first two are Altinn Events' own; the admin scope is the stand-in's
// (the real broker has no dead-letter or stats API).

export const SCOPES = {
  /** Create, list, get and delete subscriptions; pull events. */
  subscribe: "altinn:events.subscribe",
  /** Publish events. */
  publish: "altinn:events.publish",
  /** The stand-in's own admin routes: dead letters, replay, stats. */
  admin: "producer.admin",
} as const;

export const ALL_SCOPES: readonly string[] = Object.values(SCOPES);

/** Dialogporten's own scopes, checked by its API stand-in (`src/dialogporten/`). */
export const DIALOGPORTEN_SCOPES = {
  /** A service owner's: create, change and read its dialogs. */
  serviceOwner: "digdir:dialogporten.serviceprovider",
  /** Also needed to create the activity types CorrespondenceOpened and CorrespondenceConfirmed. */
  correspondence: "digdir:dialogporten.correspondence",
  /** An end user's (with a `pid`): read dialogs, which marks them seen. */
  endUser: "digdir:dialogporten",
} as const;
