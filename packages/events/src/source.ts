import type { SourceKind } from "./generated/index.gen.js";

export type { SourceKind };

/** Where each Dialogporten environment publishes from; `source` URLs start with one of these. */
export const environments = {
  production: "https://platform.altinn.no/dialogporten",
  tt02: "https://platform.tt02.altinn.no/dialogporten",
  yt01: "https://platform.yt01.altinn.cloud/dialogporten",
  at23: "https://platform.at23.altinn.cloud/dialogporten",
} as const;

export type Environment = keyof typeof environments;

export interface ParsedSource {
  kind: SourceKind;
  /** Everything before `/api/v1/enduser/dialogs/`. */
  base: string;
  dialogId: string;
  activityId?: string;
  transmissionId?: string;
}

const SOURCE =
  /^(.*)\/api\/v1\/enduser\/dialogs\/([0-9a-fA-F-]{36})(?:\/(activities|transmissions)\/([0-9a-fA-F-]{36}))?$/;

/**
 * Reads the ids out of a Dialogporten `source`. Accepts any base (including the overview's
 * `dialogporten.no` typo) so receivers can use it on everything that passed tolerant validation.
 */
export function parseSource(source: string): ParsedSource | undefined {
  const m = SOURCE.exec(source);
  if (!m) return undefined;
  const [, base, dialogId, segment, childId] = m as unknown as [string, string, string, string?, string?];
  if (segment === "activities") return { kind: "activity", base, dialogId, activityId: childId as string };
  if (segment === "transmissions")
    return { kind: "transmission", base, dialogId, transmissionId: childId as string };
  return { kind: "dialog", base, dialogId };
}

export interface SourceParts {
  base: string;
  dialogId: string;
  activityId?: string;
  transmissionId?: string;
}

/** The canonical `source` of an event, given its kind and ids. */
export function formatSource(kind: SourceKind, parts: SourceParts): string {
  const dialog = `${parts.base.replace(/\/+$/, "")}/api/v1/enduser/dialogs/${parts.dialogId}`;
  if (kind === "activity") return `${dialog}/activities/${required(parts.activityId, "activityId")}`;
  if (kind === "transmission")
    return `${dialog}/transmissions/${required(parts.transmissionId, "transmissionId")}`;
  return dialog;
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new TypeError(`${name} is required to build this source`);
  return value;
}
