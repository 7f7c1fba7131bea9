// The stand-in's operations: each request is one outbox transaction that changes the dialog and queues the
// events the real Dialogporten emits for it ("Which API calls emit which events"): create → `created` + one
// event per activity and per transmission; PUT, PATCH, a new activity or transmission → the child events, then
// one `updated`; delete → `deleted`; restore → `restored`; purge → `deleted`; an end user's GET → `updated`
// + `seen` once per user per dialog change; nothing for `isSilentUpdate`.

import type { Executor } from "@dialogporten-events/db";
import type {
  ActivityType,
  CreateActivityRequest,
  CreateDialogRequest,
  CreateTransmissionRequest,
  EndUserDialog,
  JsonPatchOperation,
  ServiceOwnerDialog,
  UpdateDialogRequest,
} from "@dialogporten-events/dialogporten-api";
import { type DialogportenEvent, EventValidationError, uuidV4, uuidV7 } from "dialogporten-events";
import fastJsonPatch from "fast-json-patch";
import { DIALOGPORTEN_SCOPES } from "../auth/scopes.js";
import type { DialogStoreService } from "../broker.js";
import type { DialogTables } from "../outbox/dialog-tables.js";
import { SaveEvents, seenEntryId } from "./emission.js";
import {
  type DialogFields,
  type DialogRecord,
  endUserView,
  normalized,
  type StoredActivity,
  type StoredDialog,
  type StoredTransmission,
  serviceOwnerView,
  updateDocumentOf,
} from "./model.js";
import { apiError, dialogProblems, FieldErrorList } from "./problems.js";
import { DialogRepository } from "./repository.js";
import {
  CORRESPONDENCE_ACTIVITIES,
  checkActivity,
  checkClientId,
  checkDialogContent,
  checkParty,
  checkServiceResource,
  checkTransmission,
  checkUnique,
} from "./rules.js";
import { checkRequestBody, fieldPath, schemaErrors } from "./schema.js";

const { applyPatch, JsonPatchError } = fastJsonPatch;

/** Who calls: a service owner (`org`) or an end user (`pid`), with the token's scopes. */
export interface Caller {
  scopes: readonly string[];
  org?: string | undefined;
  pid?: string | undefined;
}

export interface WriteOptions {
  /** The request's `If-Match`: the revision the caller last saw. */
  ifMatch?: string | undefined;
  /** `isSilentUpdate=true`: the change is saved, no event is emitted and `updatedAt` stays. */
  silent?: boolean;
}

export interface Written {
  id: string;
  revision: string;
}

interface Save {
  repo: DialogRepository;
  queue(event: DialogportenEvent): Promise<void>;
}

type NewActivity = CreateActivityRequest;
type NewTransmission = CreateTransmissionRequest;

const canonicalId = (id: string | null | undefined, now: number) => (id ? id.toLowerCase() : uuidV7(now));

/** `"rev"`, `W/"rev"` or `rev`, as clients send an ETag back; `*` matches any revision. */
function matchesIfMatch(header: string | undefined, revision: string): boolean {
  if (header === undefined) return true;
  return header
    .split(",")
    .map((tag) =>
      tag
        .trim()
        .replace(/^W\//, "")
        .replace(/^"(.*)"$/, "$1")
        .toLowerCase(),
    )
    .some((tag) => tag === "*" || tag === revision);
}

export class DialogService {
  constructor(
    private readonly store: DialogStoreService,
    /** The `https://…/dialogporten` base of every event's `source`. */
    private readonly publicBase: () => string,
  ) {}

  private save<T>(fn: (save: Save) => Promise<T>): Promise<T> {
    return this.store
      .transactWithEvents(({ db, queue }) =>
        fn({ repo: new DialogRepository(db as unknown as Executor<DialogTables>), queue }),
      )
      .catch((error: unknown) => {
        // An event the input made invalid (say a `process` that is no URI): the input's fault, nothing saved.
        if (error instanceof EventValidationError)
          throw apiError(400, {
            [error.issues[0]?.pointer.startsWith("/data/process") ? "Process" : "$"]: error.issues.map(
              (i) => `${i.pointer}: ${i.message}`,
            ),
          });
        // A key another request inserted at the same moment (PostgreSQL; SQLite serializes writes): that
        // request won the race, as the real API's unique constraints make it.
        if ((error as { code?: unknown }).code === "23505")
          throw apiError(409, {
            $: ["Another request created the same key at the same time; fetch and retry."],
          });
        throw error;
      });
  }

  private async emit(save: Save, events: SaveEvents, silent: boolean | undefined): Promise<void> {
    if (silent) return;
    for (const event of events.events) await save.queue(event);
  }

  private events(record: DialogRecord, now: number): SaveEvents {
    return new SaveEvents(record, this.publicBase(), now);
  }

  /** `POST /api/v1/serviceowner/dialogs`. */
  async create(caller: Caller, body: unknown, options: WriteOptions): Promise<Written> {
    checkRequestBody("V1ServiceOwnerDialogsCommandsCreate_Dialog", body);
    const request = body as CreateDialogRequest;
    const now = Date.now();
    const errors = new FieldErrorList();
    checkClientId(errors, "Id", request.id, now);
    checkServiceResource(errors, request.serviceResource);
    checkParty(errors, request.party);
    checkDialogContent(errors, request.content);
    const activities = request.activities ?? [];
    const transmissions = request.transmissions ?? [];
    checkUnique(
      errors,
      "Transmissions",
      transmissions.map((t) => t.id),
    );
    checkUnique(
      errors,
      "Activities",
      activities.map((a) => a.id),
    );
    const transmissionIds = new Set(transmissions.flatMap((t) => (t.id ? [t.id.toLowerCase()] : [])));
    for (const [i, a] of activities.entries())
      checkActivity(errors, `Activities[${i}]`, a, transmissionIds, now);
    for (const [i, t] of transmissions.entries()) checkTransmission(errors, `Transmissions[${i}]`, t, now);
    errors.throwIfAny();
    checkCorrespondenceScope(caller, activities);

    const id = canonicalId(request.id, now);
    const createdAt = request.createdAt ? Date.parse(request.createdAt) : now;
    const updatedAt = request.updatedAt ? Date.parse(request.updatedAt) : createdAt;
    const {
      id: _id,
      idempotentKey,
      serviceResource,
      party,
      createdAt: _c,
      updatedAt: _u,
      visibleFrom,
      serviceOwnerContext: _s,
      systemLabel: _l,
      activities: _a,
      transmissions: _t,
      ...fields
    } = request;
    const storedTransmissions = transmissions.map((t) => storedTransmission(t, now));
    const storedActivities = activities.map((a) => storedActivity(a, now));
    const record: DialogRecord = {
      id,
      org: caller.org as string,
      serviceResource: serviceResource as string,
      party: party as string,
      revision: uuidV4(),
      idempotentKey: idempotentKey ?? null,
      document: {
        ...normalized(fields, uuidV7),
        activities: storedActivities,
        transmissions: storedTransmissions,
      } as StoredDialog,
      createdAt,
      updatedAt,
      contentUpdatedAt: updatedAt,
      visibleFrom: visibleFrom ? Date.parse(visibleFrom) : null,
      deletedAt: null,
    };
    return this.save(async (save) => {
      if (idempotentKey) {
        const existing = await save.repo.idByIdempotentKey(record.org, idempotentKey);
        if (existing)
          throw apiError(409, {
            IdempotentKey: [`The idempotent key '${idempotentKey}' is already used by dialog '${existing}'.`],
          });
      }
      if (await save.repo.get(id))
        throw apiError(422, { Id: [`Entity 'DialogEntity' with key(s) '${id}' already exists.`] });
      await this.claimChildIds(save, id, storedActivities, storedTransmissions);
      await save.repo.insert(record);
      const events = this.events(record, now).dialogEvent("dialogporten.dialog.created.v1");
      for (const a of storedActivities) events.activity(a);
      for (const t of storedTransmissions) events.transmission(t);
      await this.emit(save, events, options.silent);
      return { id, revision: record.revision };
    });
  }

  /** Refuses ids some dialog already has (422, as the real API's key conflict); then records them. */
  private async claimChildIds(
    save: Save,
    dialogId: string,
    activities: StoredActivity[],
    transmissions: StoredTransmission[],
  ): Promise<void> {
    const children = [
      ...activities.map((a) => ({ id: a.id, kind: "activity" as const })),
      ...transmissions.map((t) => ({ id: t.id, kind: "transmission" as const })),
    ];
    const taken = await save.repo.existingChildIds(children.map((c) => c.id));
    if (taken.size > 0) {
      const errors = new FieldErrorList();
      for (const c of children.filter((c) => taken.has(c.id)))
        errors.add(
          c.kind === "activity" ? "Activities" : "Transmissions",
          `Entity '${c.kind === "activity" ? "DialogActivity" : "DialogTransmission"}' with key(s) '${c.id}' already exists.`,
        );
      errors.throwIfAny(422);
    }
    await save.repo.addChildren(dialogId, children);
  }

  /** Loads a dialog a service owner writes to: 404 unknown, 410 deleted, 412 stale `If-Match`. */
  private async writable(
    save: Save,
    id: string,
    options: WriteOptions,
    allowDeleted = false,
  ): Promise<DialogRecord> {
    const record = await save.repo.get(id);
    if (!record) throw dialogProblems.notFound(id);
    if (record.deletedAt !== null && !allowDeleted) throw dialogProblems.gone(id);
    if (!matchesIfMatch(options.ifMatch, record.revision)) throw dialogProblems.revisionMismatch(id);
    return record;
  }

  /** Saves `next` over `current` unless another write changed it meanwhile (409). */
  private async replace(save: Save, current: DialogRecord, next: DialogRecord): Promise<void> {
    if (!(await save.repo.update(next, current.revision))) throw dialogProblems.concurrentWrite(current.id);
  }

  private touched(record: DialogRecord, now: number, options: WriteOptions): DialogRecord {
    return { ...record, revision: uuidV4(), updatedAt: options.silent ? record.updatedAt : now };
  }

  /** `PUT`: the update document replaces the changeable fields; its activities and transmissions are added. */
  async update(caller: Caller, id: string, body: unknown, options: WriteOptions): Promise<Written> {
    checkRequestBody("V1ServiceOwnerDialogsCommandsUpdate_Dialog", body);
    return this.save(async (save) => {
      const current = await this.writable(save, id, options);
      return this.applyUpdate(save, caller, current, body as UpdateDialogRequest, options);
    });
  }

  /** `PATCH`: RFC 6902 operations on the update document of the dialog as it is (no existing children). */
  async patch(caller: Caller, id: string, body: unknown, options: WriteOptions): Promise<Written> {
    checkRequestBody("V1ServiceOwnerDialogsPatchDialog", body);
    const operations = body as JsonPatchOperation[];
    return this.save(async (save) => {
      const current = await this.writable(save, id, options);
      let patched: unknown;
      try {
        patched = applyPatch(updateDocumentOf(current), operations as never, true, false).newDocument;
      } catch (error) {
        if (!(error instanceof JsonPatchError)) throw error;
        const at = `PatchDocument[${error.index ?? 0}]`;
        // A malformed operation is a bad request; one that does not fit this dialog (a path that is not there,
        // a failed `test`) is unprocessable.
        const unfit = ["OPERATION_PATH_UNRESOLVABLE", "TEST_OPERATION_FAILED", "OPERATION_PATH_CANNOT_ADD"];
        throw apiError(unfit.includes(error.name) ? 422 : 400, {
          [at]: [error.message.split("\n")[0] as string],
        });
      }
      const errors = new FieldErrorList();
      for (const e of schemaErrors("V1ServiceOwnerDialogsCommandsUpdate_Dialog", patched)) {
        if (e.keyword === "oneOf" || e.keyword === "anyOf") continue;
        const extra = (e.params as { additionalProperty?: string }).additionalProperty;
        errors.add(
          fieldPath(extra ? `${e.instancePath}/${extra}` : e.instancePath),
          extra ? `'${extra}' is not a known property.` : `${e.message}.`,
        );
      }
      errors.throwIfAny();
      return this.applyUpdate(save, caller, current, patched as UpdateDialogRequest, options);
    });
  }

  private async applyUpdate(
    save: Save,
    caller: Caller,
    current: DialogRecord,
    update: UpdateDialogRequest,
    options: WriteOptions,
  ): Promise<Written> {
    const now = Date.now();
    const { activities = [], transmissions = [], ...fields } = update;
    const newActivities = activities ?? [];
    const newTransmissions = transmissions ?? [];
    const errors = new FieldErrorList();
    checkDialogContent(errors, fields.content);
    checkUnique(
      errors,
      "Transmissions",
      newTransmissions.map((t) => t.id),
    );
    checkUnique(
      errors,
      "Activities",
      newActivities.map((a) => a.id),
    );
    const transmissionIds = new Set([
      ...current.document.transmissions.map((t) => t.id),
      ...newTransmissions.flatMap((t) => (t.id ? [t.id.toLowerCase()] : [])),
    ]);
    for (const [i, a] of newActivities.entries())
      checkActivity(errors, `Activities[${i}]`, a, transmissionIds, now);
    for (const [i, t] of newTransmissions.entries()) checkTransmission(errors, `Transmissions[${i}]`, t, now);
    errors.throwIfAny();
    checkCorrespondenceScope(caller, newActivities);

    const storedActivities = newActivities.map((a) => storedActivity(a, now));
    const storedTransmissions = newTransmissions.map((t) => storedTransmission(t, now));
    await this.claimChildIds(save, current.id, storedActivities, storedTransmissions);
    const document: StoredDialog = {
      ...(normalized(fields, uuidV7) as DialogFields),
      activities: [...current.document.activities, ...storedActivities],
      transmissions: [...current.document.transmissions, ...storedTransmissions],
    };
    const contentChanged =
      JSON.stringify(fields.content ?? null) !== JSON.stringify(current.document.content ?? null);
    const touched = this.touched(current, now, options);
    const next: DialogRecord = {
      ...touched,
      document,
      contentUpdatedAt: contentChanged && !options.silent ? now : current.contentUpdatedAt,
    };
    await this.replace(save, current, next);
    const events = this.events(next, now);
    for (const a of storedActivities) events.activity(a);
    for (const t of storedTransmissions) events.transmission(t);
    events.dialogEvent("dialogporten.dialog.updated.v1");
    await this.emit(save, events, options.silent);
    return { id: current.id, revision: next.revision };
  }

  /** `POST …/activities`: the activity's event, then `updated`. */
  async addActivity(
    caller: Caller,
    id: string,
    body: unknown,
    options: WriteOptions,
  ): Promise<Written & { childId: string }> {
    checkRequestBody("V1ServiceOwnerDialogsCommandsCreateActivity_DialogActivity", body);
    const request = body as NewActivity;
    return this.save(async (save) => {
      const current = await this.writable(save, id, options);
      const now = Date.now();
      const errors = new FieldErrorList();
      checkActivity(errors, "", request, new Set(current.document.transmissions.map((t) => t.id)), now);
      errors.throwIfAny();
      checkCorrespondenceScope(caller, [request]);
      const activity = storedActivity(request, now);
      await this.claimChildIds(save, id, [activity], []);
      const next = {
        ...this.touched(current, now, options),
        document: { ...current.document, activities: [...current.document.activities, activity] },
      };
      await this.replace(save, current, next);
      await this.emit(
        save,
        this.events(next, now).activity(activity).dialogEvent("dialogporten.dialog.updated.v1"),
        options.silent,
      );
      return { id, revision: next.revision, childId: activity.id };
    });
  }

  /** `POST …/transmissions`: `transmission.created`, then `updated`. */
  async addTransmission(
    _caller: Caller,
    id: string,
    body: unknown,
    options: WriteOptions,
  ): Promise<Written & { childId: string }> {
    checkRequestBody("V1ServiceOwnerDialogsCommandsCreateTransmission_DialogTransmission", body);
    const request = body as NewTransmission;
    return this.save(async (save) => {
      const current = await this.writable(save, id, options);
      const now = Date.now();
      const errors = new FieldErrorList();
      checkTransmission(errors, "", request, now);
      errors.throwIfAny();
      const transmission = storedTransmission(request, now);
      await this.claimChildIds(save, id, [], [transmission]);
      const next = {
        ...this.touched(current, now, options),
        document: { ...current.document, transmissions: [...current.document.transmissions, transmission] },
      };
      await this.replace(save, current, next);
      await this.emit(
        save,
        this.events(next, now).transmission(transmission).dialogEvent("dialogporten.dialog.updated.v1"),
        options.silent,
      );
      return { id, revision: next.revision, childId: transmission.id };
    });
  }

  /** `DELETE`: soft delete, `deleted`. */
  async delete(_caller: Caller, id: string, options: WriteOptions): Promise<Written> {
    return this.save(async (save) => {
      const current = await this.writable(save, id, options);
      const now = Date.now();
      const next = { ...this.touched(current, now, options), deletedAt: now };
      await this.replace(save, current, next);
      await this.emit(
        save,
        this.events(next, now).dialogEvent("dialogporten.dialog.deleted.v1"),
        options.silent,
      );
      return { id, revision: next.revision };
    });
  }

  /** `POST …/actions/restore`: `restored`; a dialog that is not deleted stays as it is (nothing emitted). */
  async restore(_caller: Caller, id: string, options: WriteOptions): Promise<Written> {
    return this.save(async (save) => {
      const current = await this.writable(save, id, options, true);
      if (current.deletedAt === null) return { id, revision: current.revision };
      const now = Date.now();
      const next = { ...this.touched(current, now, options), deletedAt: null };
      await this.replace(save, current, next);
      await this.emit(
        save,
        this.events(next, now).dialogEvent("dialogporten.dialog.restored.v1"),
        options.silent,
      );
      return { id, revision: next.revision };
    });
  }

  /** `POST …/actions/purge`: hard delete (deleted or not); `deleted`. Afterwards the dialog is unknown (404). */
  async purge(_caller: Caller, id: string, options: WriteOptions): Promise<void> {
    await this.save(async (save) => {
      const current = await this.writable(save, id, options, true);
      if (!(await save.repo.purge(id, current.revision))) throw dialogProblems.concurrentWrite(id);
      await this.emit(
        save,
        this.events(current, Date.now()).dialogEvent("dialogporten.dialog.deleted.v1"),
        options.silent,
      );
    });
  }

  /** `GET /api/v1/serviceowner/dialogs/{id}`: deleted dialogs too (with `deletedAt`), before `visibleFrom` too. */
  async getForServiceOwner(id: string): Promise<ServiceOwnerDialog> {
    return this.save(async (save) => {
      const record = await save.repo.get(id);
      if (!record) throw dialogProblems.notFound(id);
      return serviceOwnerView(record, await save.repo.seenLog(id));
    });
  }

  /**
   * `GET /api/v1/enduser/dialogs/{id}`: 404 before `visibleFrom`, 410 when deleted. The first time this user
   * sees this change of the dialog, a seen-log entry and `updated` + `seen` (neither revision nor
   * `updatedAt` changes).
   */
  async getForEndUser(pid: string, id: string): Promise<EndUserDialog> {
    const user = `urn:altinn:person:identifier-no:${pid}`;
    return this.save(async (save) => {
      const record = await save.repo.get(id);
      const now = Date.now();
      if (!record || (record.visibleFrom !== null && record.visibleFrom > now))
        throw dialogProblems.notFound(id);
      if (record.deletedAt !== null)
        throw apiError(410, { Dialog: [`Entity 'Dialog' with key(s) '${id}' is removed.`] });
      const before = await save.repo.seenLog(id);
      const contentSeen = before.some((s) => s.seenBy === user && s.seenAt >= record.contentUpdatedAt);
      const entry = {
        id: seenEntryId(id, record.updatedAt, contentSeen, user),
        seenBy: user,
        seenAt: now,
        dialogUpdatedAt: record.updatedAt,
      };
      if (await save.repo.addSeen(id, entry)) {
        const events = this.events(record, now).dialogEvent("dialogporten.dialog.updated.v1").seen(entry.id);
        await this.emit(save, events, false);
        before.push(entry);
      }
      return endUserView(record, before, user);
    });
  }
}

function storedActivity(a: NewActivity, now: number): StoredActivity {
  return {
    ...normalized(a, uuidV7),
    id: canonicalId(a.id, now),
    createdAt: a.createdAt ?? new Date(now).toISOString(),
    ...(a.transmissionId ? { transmissionId: a.transmissionId.toLowerCase() } : {}),
  };
}

function storedTransmission(t: NewTransmission, now: number): StoredTransmission {
  return {
    ...normalized(t, uuidV7),
    id: canonicalId(t.id, now),
    createdAt: t.createdAt ?? new Date(now).toISOString(),
  };
}

/** CorrespondenceOpened and CorrespondenceConfirmed need `digdir:dialogporten.correspondence` (403). */
function checkCorrespondenceScope(caller: Caller, activities: { type?: ActivityType }[]): void {
  if (caller.scopes.includes(DIALOGPORTEN_SCOPES.correspondence)) return;
  const index = activities.findIndex(
    (a) => a.type !== undefined && CORRESPONDENCE_ACTIVITIES.includes(a.type),
  );
  if (index >= 0)
    throw apiError(403, {
      [`Activities[${index}].Type`]: [
        `Creating a ${activities[index]?.type} activity needs the scope ${DIALOGPORTEN_SCOPES.correspondence}.`,
      ],
    });
}
