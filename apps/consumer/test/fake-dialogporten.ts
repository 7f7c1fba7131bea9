// A small Dialogporten for the enrichment tests: a real HTTP server on loopback serving the two dialog GETs
// under `/dialogporten` (as the producer's stand-in does), with answers the test controls, every call
// recorded, and a switch to take it down and bring it back on the same port.

import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { ServiceOwnerDialog } from "@dialogporten-events/dialogporten-api";
import Fastify, { type FastifyInstance } from "fastify";

export interface FakeCall {
  dialogId: string;
  view: "serviceowner" | "enduser";
  authorization: string | undefined;
  at: number;
}

/** An answer the test forces for one call; undefined: the default (the dialog, or 404). */
export interface ForcedAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class FakeDialogporten {
  readonly calls: FakeCall[] = [];
  /** The dialogs that exist; anything else answers 404. */
  readonly dialogs = new Map<string, ServiceOwnerDialog>();
  /** Tokens answered; any other bearer gets 401. */
  readonly tokens = new Set(["good-token"]);
  /** Forces the answer to a call (the call's number for its dialog counts from 1). */
  answer: (call: FakeCall, nth: number) => ForcedAnswer | undefined = () => undefined;
  /** How long each answer takes. */
  delayMs = 0;
  /** While set, answers wait for it (computed on arrival, sent when it resolves). */
  gate: Promise<void> | undefined;
  /** Which dialogs' answers wait at the gate. Default: all. */
  gated: (dialogId: string) => boolean = () => true;
  /** The most calls in flight at once. */
  maxInFlight = 0;
  private inFlight = 0;
  private app: FastifyInstance | undefined;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/dialogporten`;
  }

  callsFor(dialogId: string): FakeCall[] {
    return this.calls.filter((c) => c.dialogId === dialogId);
  }

  /** Creates or changes a dialog: a new revision and `updatedAt`, as a real change does. */
  put(dialogId: string, patch: Partial<ServiceOwnerDialog> = {}): ServiceOwnerDialog {
    const before = this.dialogs.get(dialogId);
    const now = new Date().toISOString();
    const dialog: ServiceOwnerDialog = {
      id: dialogId,
      org: "digdir",
      party: "urn:altinn:organization:identifier-no:991825827",
      serviceResource: "urn:altinn:resource:super-simple-service",
      status: "NotApplicable",
      createdAt: before?.createdAt ?? now,
      ...before,
      ...patch,
      revision: randomUUID(),
      updatedAt: patch.updatedAt ?? now,
    };
    this.dialogs.set(dialogId, dialog);
    return dialog;
  }

  async start(): Promise<void> {
    const app = Fastify();
    for (const view of ["serviceowner", "enduser"] as const) {
      app.get<{ Params: { dialogId: string } }>(
        `/dialogporten/api/v1/${view}/dialogs/:dialogId`,
        async (request, reply) => {
          const call: FakeCall = {
            dialogId: request.params.dialogId,
            view,
            authorization: request.headers.authorization,
            at: Date.now(),
          };
          this.calls.push(call);
          this.inFlight++;
          this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
          try {
            // Answered as the dialog stood when the request arrived; the delay is the way back.
            const answer = this.answerTo(call);
            if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
            if (this.gated(call.dialogId)) await this.gate;
            return reply
              .code(answer.status)
              .headers(answer.headers ?? {})
              .send(answer.body ?? "");
          } finally {
            this.inFlight--;
          }
        },
      );
    }
    await app.listen({ port: this.port, host: "127.0.0.1" });
    this.port = (app.server.address() as AddressInfo).port;
    this.app = app;
  }

  private answerTo(call: FakeCall): ForcedAnswer {
    const forced = this.answer(call, this.callsFor(call.dialogId).length);
    if (forced) return forced;
    if (!this.tokens.has(call.authorization?.replace(/^Bearer /, "") ?? "")) return { status: 401 };
    const dialog = this.dialogs.get(call.dialogId);
    if (!dialog) {
      return {
        status: 404,
        headers: { "content-type": "application/problem+json" },
        body: { title: "Not found", status: 404, detail: `Dialog ${call.dialogId} not found` },
      };
    }
    return { status: 200, headers: { "content-type": "application/json" }, body: structuredClone(dialog) };
  }

  /** Takes it down: connections refused until `start()` brings it back on the same port. */
  async stop(): Promise<void> {
    const app = this.app;
    this.app = undefined;
    await app?.close();
  }

  /** Reserves a port without serving on it: the server is down from the start. */
  async reservePort(): Promise<void> {
    await this.start();
    await this.stop();
  }
}
