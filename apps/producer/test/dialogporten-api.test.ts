// The Dialogporten API stand-in over real HTTP on loopback, on a SQLite file and on PostgreSQL, written from
// the table "Which API calls emit which events": each call's event types in order, one `time` per save, the
// seen id, silent updates, the end user's GET pair once per user per change; revisions (ETag, If-Match, 409,
// 412), 422 for reused ids, problem details, and every GET answer checked against the spec's schema.

import { apiSchemaDocument } from "@dialogporten-events/dialogporten-api";
import { Ajv } from "ajv";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { type DialogportenEvent, dialogportenEventTypes, validateEvent } from "dialogporten-events";
import { afterEach, describe, expect, it } from "vitest";
import {
  ACTIVITY_TYPES,
  activity,
  apiFor,
  dialog,
  freshResource,
  newId,
  OTHER_PID,
  PARTY,
  PID,
  representative,
  transmission,
} from "./support/dialogporten.js";
import { createTestDatabase, describePostgres, type TestDatabase } from "./support/postgres.js";
import { startProducer, type TestProducer } from "./support/producer.js";
import { Receiver, waitFor } from "./support/receiver.js";

// The spec's own schemas, compiled here (not the stand-in's validators) to check what the stand-in answers.
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat("guid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addFormat("int32", { type: "number", validate: (n: number) => Number.isInteger(n) });
ajv.addFormat("date-time", fullFormats["date-time"]);
ajv.addFormat("uri", fullFormats.uri);
ajv.addSchema(apiSchemaDocument);
function expectSchema(name: string, value: unknown) {
  const validate = ajv.getSchema(`dialogporten-api#/definitions/${name}`);
  if (!validate) throw new Error(`no schema ${name}`);
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
}

const short = (type: string) => type.replace(/^dialogporten\.dialog\./, "").replace(/\.v1$/, "");
const types = (events: DialogportenEvent[]) => events.map((e) => short(e.type));

async function expectProblem(response: Response, status: number, key?: string) {
  expect(response.status, await response.clone().text()).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as { status: number; errors?: Record<string, string[]>; type: string };
  expect(body.status).toBe(status);
  expectSchema("ProblemDetails", body);
  if (key !== undefined) expect(Object.keys(body.errors ?? {}), JSON.stringify(body)).toContain(key);
  return body;
}

type Start = () => Promise<TestProducer>;

function apiSuite(start: Start) {
  let producer: TestProducer | undefined;
  afterEach(async () => {
    await producer?.stop();
    producer = undefined;
  });
  const open = async () => {
    producer = await start();
    return apiFor(producer);
  };

  it("done when: create (1 transmission, all 17 activity types), an end-user GET, delete, restore give all 23 types", async () => {
    const api = await open();
    const r = freshResource();
    const transmissionId = newId();
    const body = dialog(r, {
      process: "urn:altinn:process:moving",
      precedingProcess: "urn:altinn:process:before",
      transmissions: [transmission({ id: transmissionId, sender: representative })],
      activities: ACTIVITY_TYPES.map((type) =>
        activity(type, {
          id: newId(),
          ...(type === "TransmissionOpened" ? { transmissionId } : {}),
          ...(type === "Information"
            ? { description: [{ languageCode: "nb", value: "Til info" }], extendedType: "urn:example:info" }
            : {}),
        }),
      ),
    });
    const id = await api.create(body);
    expect((await api.eu(PID, id)).status).toBe(200);
    expect((await api.so("DELETE", `/${id}`)).status).toBe(204);
    expect((await api.so("POST", `/${id}/actions/restore`)).status).toBe(204);

    const events = await api.events(r);
    const counts = new Map<string, number>();
    for (const e of events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...dialogportenEventTypes].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(events).toHaveLength(23);
    // In save order: the create's events (created, each activity, the transmission), GET's pair, delete, restore.
    expect(types(events)).toEqual([
      "created",
      ...ACTIVITY_TYPES.map((t) => `activity.${activityName(t)}`),
      "transmission.created",
      "updated",
      "seen",
      "deleted",
      "restored",
    ]);
    const createSave = events.slice(0, 19);
    expect(new Set(createSave.map((e) => e.time)).size).toBe(1);
    expect(new Set(events.slice(19, 21).map((e) => e.time)).size).toBe(1);
    for (const e of events) {
      expect(validateEvent(e, { mode: "strict" }).kind, JSON.stringify(e)).toBe("dialogporten");
      expect(e.resourceinstance).toBe(id);
      expect(e.subject).toBe(PARTY);
      expect(e.resource).toBe(r);
      expect(
        e.source.startsWith(`${producer?.service.dialogportenPublicBase}/api/v1/enduser/dialogs/${id}`),
      ).toBe(true);
    }
    // data per type: activity ids and their source; extendedActivityType; senderType; the process.
    body.activities?.forEach((a, i) => {
      const e = createSave[1 + i] as DialogportenEvent & { data: Record<string, unknown> };
      expect(e.data.activityId).toBe(a.id);
      expect(e.source.endsWith(`/activities/${a.id}`)).toBe(true);
      expect(e.data.process).toBe("urn:altinn:process:moving");
      expect(e.data.precedingProcess).toBe("urn:altinn:process:before");
      expect(e.data.extendedActivityType).toBe(a.type === "Information" ? "urn:example:info" : undefined);
    });
    const sent = createSave[18] as DialogportenEvent & { data: Record<string, unknown> };
    expect(sent.source.endsWith(`/transmissions/${transmissionId}`)).toBe(true);
    expect(sent.data).toEqual({
      process: "urn:altinn:process:moving",
      precedingProcess: "urn:altinn:process:before",
      senderType: "PartyRepresentative",
    });
    // Random v4 ids except seen.
    for (const e of events.filter((e) => e.type !== "dialogporten.dialog.seen.v1"))
      expect(e.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab]/);
  });

  it("the events reach a webhook subscriber by push, as stored; a refused save leaves neither dialog nor event", async () => {
    const api = await open();
    const r = freshResource();
    const receiver = await new Receiver().start();
    try {
      const s = await producer?.client.subscribe({ endPoint: receiver.url, resourceFilter: r });
      await producer?.client.waitUntilActive(s?.id as number);
      const id = await api.create(dialog(r, { activities: [activity("FormSubmitted")] }));
      const pushed = await waitFor("two deliveries", () => {
        const events = receiver.received.filter((x) => x.json.type.startsWith("dialogporten."));
        return events.length === 2 ? events : undefined;
      });
      const stored = await api.events(r);
      expect(pushed.map((x) => x.json)).toEqual(stored);
      expect(stored[1]?.datacontenttype).toBe("application/json");
      expect(stored[0]?.resourceinstance).toBe(id);
      // The event would not pass strict mode (a process that is no URI): 400, and the dialog is not there.
      const refusedId = newId();
      await expectProblem(
        await api.so("POST", "", dialog(r, { id: refusedId, process: "not a uri" })),
        400,
        "Process",
      );
      await expectProblem(await api.so("GET", `/${refusedId}`), 404);
      expect(await api.events(r)).toHaveLength(2);
    } finally {
      await receiver.stop();
    }
  });

  it("GET answers match the spec's ServiceOwnerDialog and EndUserDialog, with ETag = revision", async () => {
    const api = await open();
    const r = freshResource();
    const tId = newId();
    const id = await api.create(
      dialog(r, {
        progress: 40,
        status: "New",
        searchTags: [{ value: "moving" }],
        guiActions: [
          {
            action: "open",
            url: "https://example.no/open",
            title: [{ languageCode: "nb", value: "Åpne" }],
            priority: "Primary",
          },
        ],
        apiActions: [
          { action: "submit", endpoints: [{ url: "https://example.no/api", httpMethod: "POST" }] },
        ],
        attachments: [
          {
            displayName: [{ languageCode: "nb", value: "PDF" }],
            urls: [{ url: "https://example.no/a.pdf", mediaType: "application/pdf" }],
          },
        ],
        transmissions: [transmission({ id: tId })],
        activities: [activity("TransmissionOpened", { transmissionId: tId, performedBy: representative })],
      }),
    );
    const so = await api.so("GET", `/${id}`);
    expect(so.status).toBe(200);
    const soBody = (await so.json()) as {
      revision: string;
      status: string;
      transmissions: { isOpened: boolean }[];
    };
    expectSchema("V1ServiceOwnerDialogsQueriesGet_Dialog", soBody);
    expect(so.headers.get("etag")).toBe(soBody.revision);
    expect(soBody.status).toBe("NotApplicable");
    expect(soBody.transmissions[0]?.isOpened).toBe(true);
    const eu = await api.eu(PID, id);
    const euBody = (await eu.json()) as { revision: string; seenSinceLastUpdate: unknown[] };
    expectSchema("V1EndUserDialogsQueriesGet_Dialog", euBody);
    expect(euBody.revision).toBe(soBody.revision);
    expect(euBody.seenSinceLastUpdate).toHaveLength(1);
    // The service owner sees the seen log too.
    const again = (await (await api.so("GET", `/${id}`)).json()) as unknown;
    expectSchema("V1ServiceOwnerDialogsQueriesGet_Dialog", again);
  });

  it("PUT, PATCH and a new activity or transmission: the child events, then exactly one updated", async () => {
    const api = await open();
    const r = freshResource();
    const id = await api.create(dialog(r));
    const created = await api.events(r);
    expect(types(created)).toEqual(["created"]);

    const current = (await (await api.so("GET", `/${id}`)).json()) as { content: unknown; revision: string };
    const put = await api.so("PUT", `/${id}`, {
      content: current.content,
      progress: 50,
      activities: [activity("FormSubmitted", { performedBy: representative })],
      transmissions: [transmission({ type: "Submission", sender: representative })],
    });
    expect(put.status, await put.clone().text()).toBe(204);
    expect(put.headers.get("etag")).not.toBe(current.revision);

    const patch = await api.so(
      "PATCH",
      `/${id}`,
      [
        { op: "replace", path: "/progress", value: 90 },
        { op: "add", path: "/activities/-", value: activity("PaymentMade") },
      ],
      { "content-type": "application/json-patch+json" },
    );
    expect(patch.status, await patch.clone().text()).toBe(204);
    const onlyField = await api.so("PATCH", `/${id}`, [
      { op: "replace", path: "/extendedStatus", value: "X" },
    ]);
    expect(onlyField.status).toBe(204);

    const act = await api.so("POST", `/${id}/activities`, activity("DialogClosed"));
    expect(act.status, await act.clone().text()).toBe(201);
    const activityId = (await act.json()) as string;
    expect(act.headers.get("location")).toBe(
      `/dialogporten/api/v1/serviceowner/dialogs/${id}/activities/${activityId}`,
    );
    const tr = await api.so("POST", `/${id}/transmissions`, transmission());
    expect(tr.status, await tr.clone().text()).toBe(201);
    const transmissionId = (await tr.json()) as string;

    const events = (await api.events(r)).slice(1);
    expect(types(events)).toEqual([
      "activity.form-submitted",
      "transmission.created",
      "updated",
      "activity.payment-made",
      "updated",
      "updated",
      "activity.closed",
      "updated",
      "transmission.created",
      "updated",
    ]);
    expect(events.filter((e) => e.type.endsWith("updated.v1")).every((e) => !("data" in e))).toBe(true);
    expect((events[8] as { source: string }).source.endsWith(`/transmissions/${transmissionId}`)).toBe(true);
    expect((events[6] as { data: { activityId: string } }).data.activityId).toBe(activityId);
    // Saves share a time within, never across a save's boundary into another's events.
    expect(events[0]?.time).toBe(events[2]?.time);
    const dialogNow = (await (await api.so("GET", `/${id}`)).json()) as {
      progress: number;
      extendedStatus: string;
      activities: { type: string }[];
      transmissions: unknown[];
    };
    expect(dialogNow.progress).toBe(90);
    expect(dialogNow.extendedStatus).toBe("X");
    expect(dialogNow.activities.map((a) => a.type)).toEqual(["FormSubmitted", "PaymentMade", "DialogClosed"]);
    expect(dialogNow.transmissions).toHaveLength(2);
  });

  it("delete → deleted (then 410 for writes and the end user); restore → restored; purge → deleted, then 404", async () => {
    const api = await open();
    const r = freshResource();
    const id = await api.create(dialog(r));
    expect((await api.so("DELETE", `/${id}`)).status).toBe(204);
    await expectProblem(await api.so("PUT", `/${id}`, { content: dialog(r).content }), 410, "Dialog");
    await expectProblem(await api.so("DELETE", `/${id}`), 410);
    await expectProblem(await api.eu(PID, id), 410);
    const deleted = (await (await api.so("GET", `/${id}`)).json()) as { deletedAt: string | null };
    expect(deleted.deletedAt).not.toBeNull();
    expect((await api.so("POST", `/${id}/actions/restore`)).status).toBe(204);
    // Restoring a dialog that is not deleted changes nothing and emits nothing.
    expect((await api.so("POST", `/${id}/actions/restore`)).status).toBe(204);
    expect((await api.so("POST", `/${id}/actions/purge`)).status).toBe(204);
    await expectProblem(await api.so("GET", `/${id}`), 404, "Dialog");
    await expectProblem(await api.eu(PID, id), 404);
    await expectProblem(await api.so("POST", `/${id}/actions/purge`), 404);
    expect(types(await api.events(r))).toEqual(["created", "deleted", "restored", "deleted"]);
  });

  it("end-user GET: updated + seen once per user per change, revision and updatedAt unchanged", async () => {
    const api = await open();
    const r = freshResource();
    const id = await api.create(dialog(r));
    const before = (await (await api.so("GET", `/${id}`)).json()) as { revision: string; updatedAt: string };
    await api.eu(PID, id);
    await api.eu(PID, id);
    const after = (await (await api.so("GET", `/${id}`)).json()) as { revision: string; updatedAt: string };
    expect(after.revision).toBe(before.revision);
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(types(await api.events(r))).toEqual(["created", "updated", "seen"]);
    await api.eu(OTHER_PID, id);
    expect(types(await api.events(r))).toEqual(["created", "updated", "seen", "updated", "seen"]);
    // A change of the dialog: each user's next GET is a new pair again.
    expect((await api.so("POST", `/${id}/activities`, activity("FormSaved"))).status).toBe(201);
    await api.eu(PID, id);
    await api.eu(PID, id);
    const events = await api.events(r);
    expect(types(events).slice(5)).toEqual(["activity.form-saved", "updated", "updated", "seen"]);
    const seen = events.filter((e) => e.type === "dialogporten.dialog.seen.v1");
    expect(new Set(seen.map((e) => e.id)).size).toBe(3);
    // The pair shares a time.
    expect(events[7]?.time).toBe(events[8]?.time);
  });

  it("seen ids: the seen-log entry's id, version 7 with the dialog id's timestamp, the same for the same inputs", async () => {
    const api = await open();
    const r = freshResource();
    const dialogId = newId();
    const createdAt = "2026-01-15T10:00:00.000Z";
    const id = await api.create(dialog(r, { id: dialogId, createdAt, updatedAt: createdAt }));
    const view = (await (await api.eu(PID, id)).json()) as { seenSinceLastUpdate: { id: string }[] };
    const [seen] = (await api.events(r)).filter((e) => e.type === "dialogporten.dialog.seen.v1");
    expect(seen?.id).toBe(view.seenSinceLastUpdate[0]?.id);
    expect(seen?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(seen?.id.replaceAll("-", "").slice(0, 12)).toBe(dialogId.replaceAll("-", "").slice(0, 12));
    await api.eu(OTHER_PID, id);
    const ids = (await api.events(r))
      .filter((e) => e.type === "dialogporten.dialog.seen.v1")
      .map((e) => e.id);
    expect(ids[1]).not.toBe(ids[0]);
    // The same dialog, change and user in a fresh producer (another database) give the same id.
    await producer?.stop();
    const again = await open();
    await again.create(dialog(r, { id: dialogId, createdAt, updatedAt: createdAt }));
    await again.eu(PID, id);
    const [repeated] = (await again.events(r)).filter((e) => e.type === "dialogporten.dialog.seen.v1");
    expect(repeated?.id).toBe(seen?.id);
  });

  it("isSilentUpdate=true: saved, no event, updatedAt kept", async () => {
    const api = await open();
    const r = freshResource();
    const id = await api.create(
      dialog(r, { activities: [activity("DialogCreated")] }),
      "?isSilentUpdate=true",
    );
    const before = (await (await api.so("GET", `/${id}`)).json()) as { updatedAt: string; content: unknown };
    const put = await api.so("PUT", `/${id}?isSilentUpdate=true`, { content: before.content, progress: 5 });
    expect(put.status).toBe(204);
    expect(
      (await api.so("POST", `/${id}/activities?isSilentUpdate=true`, activity("FormSaved"))).status,
    ).toBe(201);
    expect((await api.so("POST", `/${id}/transmissions?isSilentUpdate=true`, transmission())).status).toBe(
      201,
    );
    expect((await api.so("DELETE", `/${id}?isSilentUpdate=true`)).status).toBe(204);
    expect((await api.so("POST", `/${id}/actions/restore?isSilentUpdate=true`)).status).toBe(204);
    const after = (await (await api.so("GET", `/${id}`)).json()) as {
      updatedAt: string;
      progress: number;
      activities: unknown[];
    };
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(after.progress).toBe(5);
    expect(after.activities).toHaveLength(2);
    expect(await api.events(r)).toEqual([]);
    // Reading is no write: the end user's GET still emits its pair.
    await api.eu(PID, id);
    expect(types(await api.events(r))).toEqual(["updated", "seen"]);
  });

  it("revisions: If-Match mismatch 412 (nothing saved or emitted), a match 204 with the new ETag", async () => {
    const api = await open();
    const r = freshResource();
    const response = await api.so("POST", "", dialog(r));
    const revision = response.headers.get("etag") as string;
    const id = (await response.json()) as string;
    expect(response.headers.get("location")).toBe(`/dialogporten/api/v1/serviceowner/dialogs/${id}`);
    const stale = "00000000-0000-4000-8000-000000000000";
    await expectProblem(
      await api.so("POST", `/${id}/activities`, activity("FormSaved"), { "if-match": stale }),
      412,
    );
    await expectProblem(await api.so("DELETE", `/${id}`, undefined, { "if-match": `"${stale}"` }), 412);
    const ok = await api.so("POST", `/${id}/activities`, activity("FormSaved"), {
      "if-match": `"${revision}"`,
    });
    expect(ok.status).toBe(201);
    const next = ok.headers.get("etag") as string;
    expect(next).not.toBe(revision);
    await expectProblem(
      await api.so("PATCH", `/${id}`, [{ op: "replace", path: "/progress", value: 1 }], {
        "if-match": revision,
      }),
      412,
    );
    expect(types(await api.events(r))).toEqual(["created", "activity.form-saved", "updated"]);
  });

  it("idempotentKey reused: 409; a reused dialog, activity or transmission id: 422; nothing emitted", async () => {
    const api = await open();
    const r = freshResource();
    const id = await api.create(dialog(r, { idempotentKey: "key-1" }));
    await expectProblem(
      await api.so("POST", "", dialog(r, { idempotentKey: "key-1" })),
      409,
      "IdempotentKey",
    );
    await expectProblem(await api.so("POST", "", dialog(r, { id })), 422, "Id");
    const activityId = newId();
    const transmissionId = newId();
    await api.create(
      dialog(r, {
        activities: [activity("FormSaved", { id: activityId })],
        transmissions: [transmission({ id: transmissionId })],
      }),
    );
    await expectProblem(
      await api.so("POST", `/${id}/activities`, activity("FormSaved", { id: activityId })),
      422,
      "Activities",
    );
    await expectProblem(
      await api.so("POST", `/${id}/transmissions`, transmission({ id: transmissionId })),
      422,
      "Transmissions",
    );
    await expectProblem(
      await api.so("POST", "", dialog(r, { activities: [activity("FormSaved", { id: activityId })] })),
      422,
      "Activities",
    );
    expect(types(await api.events(r))).toEqual([
      "created",
      "created",
      "activity.form-saved",
      "transmission.created",
    ]);
  });

  it("visibleFrom in the future: the end user gets 404 (and nothing is emitted), the service owner 200", async () => {
    const api = await open();
    const r = freshResource();
    const id = await api.create(dialog(r, { visibleFrom: new Date(Date.now() + 3600_000).toISOString() }));
    await expectProblem(await api.eu(PID, id), 404);
    expect((await api.so("GET", `/${id}`)).status).toBe(200);
    expect(types(await api.events(r))).toEqual(["created"]);
  });

  it("validation: the spec's schema (unknown properties, types) and the rules it does not say, as 400 by field", async () => {
    const api = await open();
    const r = freshResource();
    await expectProblem(await api.so("POST", "", { ...dialog(r), colour: "red" }), 400, "Colour");
    await expectProblem(await api.so("POST", "", { ...dialog(r), progress: "half" }), 400, "Progress");
    await expectProblem(
      await api.so("POST", "", { party: PARTY, content: dialog(r).content }),
      400,
      "ServiceResource",
    );
    await expectProblem(
      await api.so("POST", "", { serviceResource: r, content: dialog(r).content }),
      400,
      "Party",
    );
    await expectProblem(
      await api.so("POST", "", { ...dialog(r), party: "urn:altinn:organization:identifier-no::991825827" }),
      400,
      "Party",
    );
    await expectProblem(await api.so("POST", "", { ...dialog(r), content: {} }), 400, "Content.Title");
    await expectProblem(
      await api.so("POST", "", { ...dialog(r), id: "0194fb2d-1bb5-4a1e-9b8b-4bc1c1d5c1f4" }),
      400,
      "Id",
    );
    const cases: [unknown, string][] = [
      [{ type: "FormSaved" }, "Activities[0].PerformedBy"],
      [{ type: "FormSaved", performedBy: {} }, "Activities[0].PerformedBy.ActorType"],
      [{ type: "FormSaved", performedBy: { actorType: "PartyRepresentative" } }, "Activities[0].PerformedBy"],
      [
        { type: "FormSaved", performedBy: { ...representative, actorName: "Kari" } },
        "Activities[0].PerformedBy",
      ],
      [
        { type: "FormSaved", performedBy: { actorType: "ServiceOwner", actorName: "Digdir" } },
        "Activities[0].PerformedBy",
      ],
      [
        { type: "FormSaved", performedBy: { actorType: "PartyRepresentative", actorId: "kari" } },
        "Activities[0].PerformedBy.ActorId",
      ],
      [
        { ...activity("FormSaved"), description: [{ languageCode: "nb", value: "x" }] },
        "Activities[0].Description",
      ],
      [{ ...activity("FormSaved"), transmissionId: newId() }, "Activities[0].TransmissionId"],
      [activity("TransmissionOpened"), "Activities[0].TransmissionId"],
      [activity("TransmissionOpened", { transmissionId: newId() }), "Activities[0].TransmissionId"],
      [{ performedBy: representative }, "Activities[0].Type"],
      [{ ...activity("FormSaved"), type: "Feedback" }, "Activities[0].Type"],
    ];
    for (const [a, key] of cases)
      await expectProblem(await api.so("POST", "", dialog(r, { activities: [a as never] })), 400, key);
    await expectProblem(
      await api.so("POST", "", dialog(r, { transmissions: [{ type: "Information" } as never] })),
      400,
      "Transmissions[0].Sender",
    );
    // An activity with a performer by name is fine; so is one for a transmission of the same request.
    const tId = newId();
    await api.create(
      dialog(r, {
        transmissions: [transmission({ id: tId })],
        activities: [
          activity("TransmissionOpened", {
            transmissionId: tId,
            performedBy: { actorType: "PartyRepresentative", actorName: "Kari" },
          }),
        ],
      }),
    );
    const id = await api.create(dialog(r));
    await expectProblem(await api.so("PUT", `/${id}`, { content: {} }), 400, "Content.Title");
    await expectProblem(
      await api.so("PATCH", `/${id}`, [{ op: "remove", path: "/content/title" }]),
      400,
      "Content.Title",
    );
    await expectProblem(
      await api.so("PATCH", `/${id}`, [{ op: "add", path: "/colour", value: 1 }]),
      400,
      "Colour",
    );
    await expectProblem(
      await api.so("PATCH", `/${id}`, [{ op: "test", path: "/progress", value: 3 }]),
      422,
      "PatchDocument[0]",
    );
    await expectProblem(
      await api.so("PATCH", `/${id}`, [{ op: "jump", path: "/progress" }]),
      400,
      "PatchDocument[0]",
    );
    await expectProblem(await api.so("GET", "/not-a-guid"), 400, "DialogId");
    await expectProblem(await api.so("GET", `/${newId()}`), 404, "Dialog");
    expect(types(await api.events(r))).toEqual([
      "created",
      "activity.transmission-opened",
      "transmission.created",
      "created",
    ]);
  });

  it("tokens: 401 without one, 403 with the wrong scope or kind, the correspondence scope for correspondence activities", async () => {
    const api = await open();
    const r = freshResource();
    const tokens = producer?.service.tokens;
    if (!tokens) throw new Error("no producer");
    const url = `${api.base}/serviceowner/dialogs`;
    const post = (token: string | undefined, body: unknown) =>
      fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    const unauthorized = await post(undefined, dialog(r));
    await expectProblem(unauthorized, 401);
    const eventsToken = await tokens.mint({ scopes: ["altinn:events.publish"], org: "digdir" });
    await expectProblem(await post(eventsToken, dialog(r)), 403);
    const userWithOwnerScope = await tokens.mint({
      scopes: ["digdir:dialogporten.serviceprovider"],
      pid: PID,
    });
    await expectProblem(await post(userWithOwnerScope, dialog(r)), 403);
    const owner = await tokens.mint({ scopes: ["digdir:dialogporten.serviceprovider"], org: "ttd" });
    for (const type of ["CorrespondenceOpened", "CorrespondenceConfirmed"] as const)
      await expectProblem(
        await post(owner, dialog(r, { activities: [activity(type)] })),
        403,
        "Activities[0].Type",
      );
    const created = await post(owner, dialog(r, { activities: [activity("FormSaved")] }));
    expect(created.status).toBe(201);
    const id = (await created.json()) as string;
    const soView = (await (await api.so("GET", `/${id}`)).json()) as { org: string };
    expect(soView.org).toBe("ttd");
    // The end user's route: an org's token (even with the scope) or no pid is 403; the owner scope is not enough.
    const orgWithUserScope = await tokens.mint({ scopes: ["digdir:dialogporten"], org: "digdir" });
    const euUrl = `${api.base}/enduser/dialogs/${id}`;
    await expectProblem(
      await fetch(euUrl, { headers: { authorization: `Bearer ${orgWithUserScope}` } }),
      403,
    );
    await expectProblem(await fetch(euUrl, { headers: { authorization: `Bearer ${owner}` } }), 403);
    await expectProblem(await fetch(euUrl), 401);
    expect(types(await api.events(r))).toEqual(["created", "activity.form-saved"]);
  });
}

const ACTIVITY_NAMES: Record<string, string> = {
  DialogCreated: "created",
  DialogClosed: "closed",
  Information: "information",
  TransmissionOpened: "transmission-opened",
  PaymentMade: "payment-made",
  SignatureProvided: "signature-provided",
  DialogOpened: "dialog-opened",
  DialogDeleted: "dialog-deleted",
  DialogRestored: "dialog-restored",
  SentToSigning: "sent-to-signing",
  SentToFormFill: "sent-to-form-fill",
  SentToSendIn: "sent-to-send-in",
  SentToPayment: "sent-to-payment",
  FormSubmitted: "form-submitted",
  FormSaved: "form-saved",
  CorrespondenceOpened: "correspondence-opened",
  CorrespondenceConfirmed: "correspondence-confirmed",
};
const activityName = (type: string) => ACTIVITY_NAMES[type] as string;

describe("Dialogporten API stand-in on SQLite", () => apiSuite(() => startProducer()));

describePostgres("Dialogporten API stand-in on PostgreSQL", (url) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });
  const start = async () => {
    database = await createTestDatabase(url, "producer_dp");
    return startProducer({ databaseUrl: database.url });
  };
  apiSuite(start);

  it("concurrent creates with one idempotentKey: one 201, the others 409, one created", async () => {
    const producer = await start();
    try {
      const api = await apiFor(producer);
      const r = freshResource();
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => api.so("POST", "", dialog(r, { idempotentKey: "same" }))),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
      for (const a of answers.filter((a) => a.status === 409)) await expectProblem(a, 409);
      expect(types(await api.events(r))).toEqual(["created"]);
    } finally {
      await producer.stop();
    }
  });

  it("concurrent writes without If-Match: one wins each revision, the others 409; an updated per win", async () => {
    const producer = await start();
    try {
      const api = await apiFor(producer);
      const r = freshResource();
      const id = await api.create(dialog(r));
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          api.so("PUT", `/${id}`, { content: dialog(r).content, progress: i }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(
        statuses.every((s) => s === 204 || s === 409),
        statuses.join(),
      ).toBe(true);
      expect(statuses).toContain(409);
      for (const a of answers.filter((a) => a.status === 409)) await expectProblem(a, 409, "Dialog");
      const won = answers.filter((a) => a.status === 204);
      expect(won.length).toBeGreaterThan(0);
      const events = await api.events(r);
      expect(types(events)).toEqual(["created", ...won.map(() => "updated")]);
      const final = (await (await api.so("GET", `/${id}`)).json()) as { revision: string };
      expect(won.map((a) => a.headers.get("etag"))).toContain(final.revision);
    } finally {
      await producer.stop();
    }
  });
});
