import {
  type ActivityType,
  activityTypes,
  type CreateActivityRequest,
  type CreateDialogRequest,
  type CreateTransmissionRequest,
  type JsonPatchOperation,
  type paths,
  type TransmissionType,
} from "@dialogporten-events/dialogporten-api";
import createClient, { type Client } from "openapi-fetch";
import { randomParty, resources } from "../emit/catalog.js";
import type { Random } from "../emit/random.js";

/**
 * What a service owner and end users do with Dialogporten's API, as a seeded script of calls: the stand-in
 * turns each call into events by Dialogporten's rules, so the demo never makes an event itself.
 */

const TRANSMISSION_TYPES = [
  "Information",
  "Request",
  "Acceptance",
  "Decision",
] as const satisfies readonly TransmissionType[];

export type DialogportenClient = Client<paths>;

/** A client of the stand-in's Dialogporten API (`<producer>/dialogporten`) with one bearer token. */
export function dialogportenClient(producerUrl: string, token: string): DialogportenClient {
  return createClient<paths>({
    baseUrl: `${producerUrl}/dialogporten`,
    headers: { authorization: `Bearer ${token}` },
  });
}

const text = (value: string) => ({ mediaType: "text/plain", value: [{ languageCode: "nb", value }] });

function activity(random: Random, type: ActivityType, transmissionId?: string): CreateActivityRequest {
  return {
    id: random.uuidV7(Date.now()),
    type,
    performedBy: random.chance(0.5)
      ? { actorType: "ServiceOwner" }
      : { actorType: "PartyRepresentative", actorId: `urn:altinn:person:identifier-no:${random.digits(11)}` },
    ...(type === "Information" ? { description: [{ languageCode: "nb", value: "Vedtaket er klart." }] } : {}),
    ...(type === "TransmissionOpened" ? { transmissionId } : {}),
  };
}

function transmission(random: Random): CreateTransmissionRequest {
  return {
    id: random.uuidV7(Date.now()),
    type: random.pick(TRANSMISSION_TYPES),
    sender: random.chance(0.8)
      ? { actorType: "ServiceOwner" }
      : { actorType: "PartyRepresentative", actorId: `urn:altinn:person:identifier-no:${random.digits(11)}` },
    content: { title: text("Melding"), summary: text("Ny melding i saken") },
  };
}

/** Activity types a dialog may get after creation (not the two correspondence types' scope-free siblings). */
const LATER_ACTIVITIES = activityTypes.filter((t) => t !== "TransmissionOpened");

/** One end user, identified by the `pid` in their token. */
export interface EndUser {
  pid: string;
  client: DialogportenClient;
}

export interface ScriptActors {
  serviceOwner: DialogportenClient;
  endUsers: readonly EndUser[];
}

/** What the script did, for the summary: calls by name and the dialogs it made. */
export interface ScriptReport {
  calls: Map<string, number>;
  dialogs: string[];
  purged: string[];
}

class CallFailed extends Error {}

async function expectOk<T extends { response: Response; error?: unknown }>(
  call: string,
  result: Promise<T>,
): Promise<T> {
  const outcome = await result;
  if (!outcome.response.ok) {
    throw new CallFailed(`${call}: HTTP ${outcome.response.status} ${JSON.stringify(outcome.error ?? "")}`);
  }
  return outcome;
}

/**
 * Runs the script: dialog 1 gets the four calls the issue names (created with one transmission and all 17
 * activity types, opened by an end user, deleted, restored), which between them make all 23 event types;
 * the other dialogs get a seeded mix of updates (PUT, PATCH, new activities and transmissions, a silent
 * update), end-user opens, deletes, restores and a purge.
 */
export async function runDialogScript(
  actors: ScriptActors,
  options: { dialogs: number; random: Random; beforeDialog?: (index: number) => void },
): Promise<ScriptReport> {
  const { serviceOwner } = actors;
  const { random } = options;
  const report: ScriptReport = { calls: new Map(), dialogs: [], purged: [] };
  const count = (call: string) => report.calls.set(call, (report.calls.get(call) ?? 0) + 1);
  const at = (dialogId: string) => ({ params: { path: { dialogId } } });

  const open = async (dialogId: string, user: EndUser) => {
    count("end user GET");
    await expectOk(
      "GET /enduser/dialogs/{id}",
      user.client.GET("/api/v1/enduser/dialogs/{dialogId}", at(dialogId)),
    );
  };
  const revision = async (dialogId: string) => {
    const { response } = await expectOk(
      "GET /serviceowner/dialogs/{id}",
      serviceOwner.GET("/api/v1/serviceowner/dialogs/{dialogId}", at(dialogId)),
    );
    return response.headers.get("etag") ?? "";
  };

  for (let n = 0; n < options.dialogs; n++) {
    options.beforeDialog?.(n);
    const first = n === 0;
    const sent = transmission(random);
    const body: CreateDialogRequest = {
      serviceResource: random.pick(resources),
      party: randomParty(random),
      status: "InProgress",
      content: { title: text(`Sak ${n + 1}`), summary: text("Søknad mottatt") },
      transmissions: first || random.chance(0.5) ? [sent] : [],
      activities: first
        ? activityTypes.map((type) => activity(random, type, sent.id ?? undefined))
        : [activity(random, "DialogCreated")],
      ...(random.chance(0.3) ? { process: `urn:altinn:process:case-${random.digits(6)}` } : {}),
    };
    count("create");
    const { data: dialogId } = await expectOk(
      "POST /serviceowner/dialogs",
      serviceOwner.POST("/api/v1/serviceowner/dialogs", { body }),
    );
    if (typeof dialogId !== "string") throw new CallFailed("POST /serviceowner/dialogs answered no id");
    report.dialogs.push(dialogId);

    if (first) {
      await open(dialogId, random.pick(actors.endUsers));
      count("delete");
      await expectOk("DELETE", serviceOwner.DELETE("/api/v1/serviceowner/dialogs/{dialogId}", at(dialogId)));
      count("restore");
      await expectOk(
        "restore",
        serviceOwner.POST("/api/v1/serviceowner/dialogs/{dialogId}/actions/restore", at(dialogId)),
      );
      continue;
    }

    const steps = random.int(2, 6);
    for (let s = 0; s < steps; s++) {
      const step = random.int(0, 8);
      if (step <= 1) {
        await open(dialogId, random.pick(actors.endUsers));
      } else if (step === 2) {
        count("add activity");
        await expectOk(
          "POST activities",
          serviceOwner.POST("/api/v1/serviceowner/dialogs/{dialogId}/activities", {
            ...at(dialogId),
            body: activity(random, random.pick(LATER_ACTIVITIES)),
          }),
        );
      } else if (step === 3) {
        count("add transmission");
        await expectOk(
          "POST transmissions",
          serviceOwner.POST("/api/v1/serviceowner/dialogs/{dialogId}/transmissions", {
            ...at(dialogId),
            body: transmission(random),
          }),
        );
      } else if (step === 4) {
        count("PUT");
        const etag = await revision(dialogId);
        await expectOk(
          "PUT",
          serviceOwner.PUT("/api/v1/serviceowner/dialogs/{dialogId}", {
            params: { path: { dialogId }, header: { "if-Match": etag.replaceAll('"', "") } },
            body: {
              status: random.pick(["InProgress", "RequiresAttention", "Completed"] as const),
              content: { title: text(`Sak ${n + 1}`), summary: text("Saken er oppdatert") },
              activities: [activity(random, "FormSaved")],
              transmissions: [],
            },
          }),
        );
      } else if (step === 5 || step === 6) {
        const silent = step === 6;
        count(silent ? "PATCH (silent)" : "PATCH");
        const patch: JsonPatchOperation[] = [{ op: "replace", path: "/progress", value: random.int(1, 100) }];
        if (!silent) patch.push({ op: "add", path: "/activities/-", value: activity(random, "Information") });
        await expectOk(
          "PATCH",
          serviceOwner.PATCH("/api/v1/serviceowner/dialogs/{dialogId}", {
            // The real API takes `isSilentUpdate` as a query parameter its spec does not list.
            params: { path: { dialogId }, query: silent ? { isSilentUpdate: true } : {} } as never,
            body: patch,
          }),
        );
      } else if (step === 7) {
        count("delete");
        await expectOk(
          "DELETE",
          serviceOwner.DELETE("/api/v1/serviceowner/dialogs/{dialogId}", at(dialogId)),
        );
        count("restore");
        await expectOk(
          "restore",
          serviceOwner.POST("/api/v1/serviceowner/dialogs/{dialogId}/actions/restore", at(dialogId)),
        );
      } else {
        // The same user opening an unchanged dialog again makes nothing: once per user per change.
        const user = random.pick(actors.endUsers);
        await open(dialogId, user);
        await open(dialogId, user);
      }
    }
    if (n === options.dialogs - 1) {
      count("purge");
      await expectOk(
        "purge",
        serviceOwner.POST("/api/v1/serviceowner/dialogs/{dialogId}/actions/purge", at(dialogId)),
      );
      report.purged.push(dialogId);
    }
  }
  return report;
}
