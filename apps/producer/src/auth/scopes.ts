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
