// A dialog as the stand-in stores it, and the two views the API answers (service owner, end user). Every
// shape is the official spec's type (@dialogporten-events/dialogporten-api); nothing is copied by hand.

import {
  apiSchemaDocument,
  type CreateActivityRequest,
  type CreateTransmissionRequest,
  type components,
  type DialogStatus,
  type EndUserDialog,
  type ServiceOwnerDialog,
  type UpdateDialogRequest,
} from "@dialogporten-events/dialogporten-api";

type Schemas = components["schemas"];
export type Actor = Schemas["V1ServiceOwnerCommonActors_Actor"];
export type StatusInput = Schemas["V1ServiceOwnerCommonDialogStatuses_DialogStatusInput"];

/** An activity as stored: the request's fields, its id and time filled in. */
export type StoredActivity = Omit<CreateActivityRequest, "id" | "createdAt"> & {
  id: string;
  createdAt: string;
};
/** A transmission as stored: the request's fields, its id and time filled in. */
export type StoredTransmission = Omit<CreateTransmissionRequest, "id" | "createdAt"> & {
  id: string;
  createdAt: string;
};

/** The fields a service owner changes with PUT or PATCH (the update document without its new children). */
export type DialogFields = Omit<UpdateDialogRequest, "activities" | "transmissions">;

/** The `document` column: the changeable fields plus every activity and transmission so far. */
export interface StoredDialog extends DialogFields {
  activities: StoredActivity[];
  transmissions: StoredTransmission[];
}

/** A dialog row read back: its columns and its document. */
export interface DialogRecord {
  id: string;
  org: string;
  serviceResource: string;
  party: string;
  revision: string;
  idempotentKey: string | null;
  document: StoredDialog;
  createdAt: number;
  updatedAt: number;
  contentUpdatedAt: number;
  visibleFrom: number | null;
  deletedAt: number | null;
}

export interface SeenEntry {
  id: string;
  seenBy: string;
  seenAt: number;
  dialogUpdatedAt: number;
}

/** Arrays whose entries the answers give an id (the request may leave it out). */
const IDENTIFIED = new Set([
  "attachments",
  "urls",
  "guiActions",
  "apiActions",
  "endpoints",
  "navigationalActions",
]);

/**
 * A request's objects as stored: nulls dropped (the answers' schemas do not allow null where requests do,
 * e.g. `httpMethod`) and every attachment, URL, action and endpoint given an id, as the real API does.
 */
export function normalized<T>(value: T, newId: () => string, key = ""): T {
  if (Array.isArray(value))
    return value.map((item) => {
      const entry = normalized(item, newId) as unknown;
      if (IDENTIFIED.has(key) && entry !== null && typeof entry === "object" && !("id" in entry))
        return { id: newId(), ...entry };
      return entry;
    }) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    out[k] = normalized(v, newId, k);
  }
  if ("id" in out && typeof out.id === "string") out.id = out.id.toLowerCase();
  return out as T;
}

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/**
 * The deprecated input statuses have no output value: New reads as NotApplicable and Sent as Awaiting (the
 * stand-in's choice); no status at all reads as NotApplicable.
 */
export function outputStatus(status: StatusInput | undefined): DialogStatus {
  if (status === undefined || status === "New") return "NotApplicable";
  if (status === "Sent") return "Awaiting";
  return status;
}

/** Apps from Altinn Studio are `app_{org}_{app}`; every other resource is a generic access resource. */
const resourceType = (resource: string) =>
  /^urn:altinn:resource:app_/i.test(resource) ? "AltinnApp" : "GenericAccessResource";

/** The update document's nullable properties: an unset one is `null` in it, so `replace` finds it (as in .NET). */
const NULLABLE_UPDATE_FIELDS = Object.entries(
  apiSchemaDocument.definitions.V1ServiceOwnerDialogsCommandsUpdate_Dialog.properties as Record<
    string,
    object
  >,
)
  .filter(([, schema]) => /"type":(\["[a-z]+",)?"null"|"null"\]/.test(JSON.stringify(schema)))
  .map(([name]) => name);

/**
 * The update document a JSON Patch applies to: the changeable fields (unset nullable ones as null); no
 * children, so `add /activities/-` appends a new one.
 */
export function updateDocumentOf(record: DialogRecord): UpdateDialogRequest {
  const { activities: _a, transmissions: _t, ...fields } = record.document;
  const unset = Object.fromEntries(NULLABLE_UPDATE_FIELDS.map((name) => [name, null]));
  return { ...unset, ...structuredClone(fields), activities: [], transmissions: [] };
}

function transmissionCounts(transmissions: StoredTransmission[]) {
  const fromParty = transmissions.filter((t) => t.sender?.actorType === "PartyRepresentative").length;
  return {
    fromPartyTransmissionsCount: fromParty,
    fromServiceOwnerTransmissionsCount: transmissions.length - fromParty,
  };
}

const openedTransmissions = (document: StoredDialog) =>
  new Set(document.activities.filter((a) => a.type === "TransmissionOpened").map((a) => a.transmissionId));

/** An end user's seen entry as an actor (`seenBy`): a person acting for the party. */
const seenActor = (seenBy: string): Actor => ({ actorType: "PartyRepresentative", actorId: seenBy });

function seenLogs(record: DialogRecord, seen: SeenEntry[], currentUser: string | undefined) {
  const entry = (s: SeenEntry) => ({
    id: s.id,
    seenAt: iso(s.seenAt),
    seenBy: seenActor(s.seenBy),
    isViaServiceOwner: false,
    isCurrentEndUser: s.seenBy === currentUser,
  });
  return {
    seenSinceLastUpdate: seen.filter((s) => s.dialogUpdatedAt === record.updatedAt).map(entry),
    seenSinceLastContentUpdate: seen.filter((s) => s.seenAt >= record.contentUpdatedAt).map(entry),
    isContentSeen:
      currentUser !== undefined &&
      seen.some((s) => s.seenBy === currentUser && s.seenAt >= record.contentUpdatedAt),
  };
}

/** The fields both views answer the same way. */
function sharedView(record: DialogRecord, opened: ReturnType<typeof openedTransmissions>) {
  const d = record.document;
  return {
    id: record.id,
    revision: record.revision,
    org: record.org,
    serviceResource: record.serviceResource,
    serviceResourceType: resourceType(record.serviceResource),
    party: record.party,
    progress: d.progress ?? null,
    process: d.process ?? null,
    precedingProcess: d.precedingProcess ?? null,
    extendedStatus: d.extendedStatus ?? null,
    externalReference: d.externalReference ?? null,
    dueAt: d.dueAt ?? null,
    expiresAt: d.expiresAt ?? null,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
    contentUpdatedAt: iso(record.contentUpdatedAt),
    status: outputStatus(d.status),
    isApiOnly: d.isApiOnly ?? false,
    hasUnopenedContent: d.transmissions.some((t) => !opened.has(t.id)),
    ...transmissionCounts(d.transmissions),
  };
}

/** `GET /api/v1/serviceowner/dialogs/{dialogId}`. */
// The stored nested objects (attachments, actions, transmissions) went through `normalized`: without nulls and
// with ids they are the answers' shapes, which the types cannot follow (the tests check every answer against
// the spec's schema), hence the casts.
export function serviceOwnerView(record: DialogRecord, seen: SeenEntry[]): ServiceOwnerDialog {
  const d = record.document;
  const opened = openedTransmissions(d);
  const { isContentSeen: _, ...logs } = seenLogs(record, seen, undefined);
  return {
    ...sharedView(record, opened),
    idempotentKey: record.idempotentKey,
    visibleFrom: isoOrNull(record.visibleFrom),
    deletedAt: isoOrNull(record.deletedAt),
    isContentSeen: seen.some((s) => s.seenAt >= record.contentUpdatedAt),
    ...(d.content ? { content: d.content } : {}),
    searchTags: d.searchTags ?? [],
    attachments: d.attachments ?? [],
    guiActions: (d.guiActions ?? []).map((a) => ({ ...a, isAuthorized: true })),
    apiActions: (d.apiActions ?? []).map((a) => ({ ...a, isAuthorized: true })),
    activities: d.activities.map(({ description: _d, ...a }) => a),
    transmissions: d.transmissions.map((t) => ({ ...t, isAuthorized: true, isOpened: opened.has(t.id) })),
    ...logs,
    endUserContext: { revision: record.revision, systemLabels: ["Default"] },
    serviceOwnerContext: { revision: record.revision, serviceOwnerLabels: [] },
  } as unknown as ServiceOwnerDialog;
}

/** `GET /api/v1/enduser/dialogs/{dialogId}` for the end user `currentUser` (a person URN). */
export function endUserView(record: DialogRecord, seen: SeenEntry[], currentUser: string): EndUserDialog {
  const d = record.document;
  const opened = openedTransmissions(d);
  const { nonSensitiveTitle: _t, nonSensitiveSummary: _s, ...content } = d.content ?? {};
  return {
    ...sharedView(record, opened),
    content,
    dialogToken: null,
    attachments: d.attachments ?? [],
    guiActions: (d.guiActions ?? []).map((a) => ({ ...a, isAuthorized: true })),
    apiActions: (d.apiActions ?? []).map((a) => ({ ...a, isAuthorized: true })),
    activities: d.activities.map(({ description: _d, ...a }) => a),
    transmissions: d.transmissions.map(({ idempotentKey: _k, ...t }) => ({
      ...t,
      isAuthorized: true,
      isOpened: opened.has(t.id),
    })),
    ...seenLogs(record, seen, currentUser),
    endUserContext: { revision: record.revision, systemLabels: ["Default"] },
  } as unknown as EndUserDialog;
}
