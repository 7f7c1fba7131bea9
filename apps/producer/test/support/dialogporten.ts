// Helpers for the Dialogporten API stand-in's tests: requests with a service owner's or an end user's token,
// sample request bodies (the spec's types), and the events the outbox holds for a resource, read through the
// pull API in the order they were stored.

import {
  type ActivityType,
  activityTypes,
  type CreateActivityRequest,
  type CreateDialogRequest,
  type CreateTransmissionRequest,
} from "@dialogporten-events/dialogporten-api";
import { type DialogportenEvent, uuidV7 } from "dialogporten-events";
import { expect } from "vitest";
import { ALL_SCOPES, DIALOGPORTEN_SCOPES } from "../../src/auth/scopes.js";
import type { TestProducer } from "./producer.js";

export const PARTY = "urn:altinn:organization:identifier-no:991825827";
export const PID = "08895699684";
export const OTHER_PID = "13056901394";

/** Every activity type, in the spec's order. */
export const ACTIVITY_TYPES = activityTypes;

const title = (text: string) => ({ mediaType: "text/plain", value: [{ languageCode: "nb", value: text }] });

export const serviceOwner = { actorType: "ServiceOwner" as const };
export const representative = {
  actorType: "PartyRepresentative" as const,
  actorId: `urn:altinn:person:identifier-no:${PID}`,
};

export function transmission(fields: Partial<CreateTransmissionRequest> = {}): CreateTransmissionRequest {
  return { type: "Information", sender: serviceOwner, content: { title: title("A letter") }, ...fields };
}

export function activity(
  type: ActivityType,
  fields: Partial<CreateActivityRequest> = {},
): CreateActivityRequest {
  return { type, performedBy: serviceOwner, ...fields };
}

export function dialog(resource: string, fields: Partial<CreateDialogRequest> = {}): CreateDialogRequest {
  return { serviceResource: resource, party: PARTY, content: { title: title("A dialog") }, ...fields };
}

/** A random resource per test, so the events of one test are only its own. */
export const freshResource = () => `urn:altinn:resource:dp-test-${Math.random().toString(36).slice(2, 10)}`;

export interface Api {
  /** A service owner's request (`digdir:dialogporten.serviceprovider` + correspondence unless `token` says). */
  so(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** An end user's GET of a dialog. */
  eu(pid: string, dialogId: string): Promise<Response>;
  /** The events stored for `resource`, oldest first. */
  events(resource: string): Promise<DialogportenEvent[]>;
  /** Creates a dialog; answers its id (expects 201). */
  create(body: CreateDialogRequest, query?: string): Promise<string>;
  base: string;
}

export async function apiFor(producer: TestProducer): Promise<Api> {
  const tokens = producer.service.tokens;
  const soToken = await tokens.mint({
    scopes: [DIALOGPORTEN_SCOPES.serviceOwner, DIALOGPORTEN_SCOPES.correspondence],
    org: "digdir",
  });
  const pullToken = await tokens.mint({ scopes: ALL_SCOPES, org: "digdir" });
  const base = `${producer.service.url}/dialogporten/api/v1`;
  const userTokens = new Map<string, string>();
  const api: Api = {
    base,
    so(method, path, body, headers = {}) {
      return fetch(`${base}/serviceowner/dialogs${path}`, {
        method,
        headers: {
          authorization: `Bearer ${soToken}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    },
    async eu(pid, dialogId) {
      let token = userTokens.get(pid);
      if (!token) {
        token = await tokens.mint({ scopes: [DIALOGPORTEN_SCOPES.endUser], pid });
        userTokens.set(pid, token);
      }
      return fetch(`${base}/enduser/dialogs/${dialogId}`, { headers: { authorization: `Bearer ${token}` } });
    },
    async events(resource) {
      const response = await fetch(
        `${producer.service.url}/events/api/v1/events?resource=${encodeURIComponent(resource)}&after=0&size=1000`,
        { headers: { authorization: `Bearer ${pullToken}` } },
      );
      expect(response.status).toBe(200);
      return (await response.json()) as DialogportenEvent[];
    },
    async create(body, query = "") {
      const response = await api.so("POST", query, body);
      expect(response.status, await response.clone().text()).toBe(201);
      return (await response.json()) as string;
    },
  };
  return api;
}

/** A client-chosen id, as the real API wants it (UUIDv7). */
export const newId = () => uuidV7();
