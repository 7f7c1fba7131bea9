// A small real HTTP server on loopback with the Altinn Events API contract the consumer uses: the pull API
// (`GET /events/api/v1/events`, paging by `after` with a `next` header of the full URL, oldest first) and
// subscriptions (`POST`/`GET`/`DELETE`), behind a bearer token. It can also fail on purpose, and leave out
// events as authorization filtering does. Altinn's own `next` names the last event it returned (the
// controller builds it from the filtered list), so a page of only unreadable events comes back empty and
// without `next`; `nextAfter: "fetched"` is a broker whose `next` moves past the unreadable ones instead.
// The real stand-in (`apps/producer` on main) is tested against in producer-pull.test.ts.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const EVENTS = "/events/api/v1/events";
const SUBSCRIPTIONS = "/events/api/v1/subscriptions";

/** A CloudEvent as stored (its other attributes are only filtered on and sent back). */
type StoredEvent = { id: string; resource?: unknown; subject?: unknown; type?: unknown };

export interface BrokerRequest {
  method: string;
  url: URL;
  authorization: string | undefined;
  at: number;
}

export interface Failure {
  status: number;
  headers?: Record<string, string>;
}

export class EventsBroker {
  /** Stored events, oldest first. */
  readonly events: StoredEvent[] = [];
  readonly requests: BrokerRequest[] = [];
  readonly subscriptions = new Map<number, Record<string, unknown>>();
  /** Tokens accepted. */
  tokens = new Set(["good-token"]);
  /** Answers the next pulls get instead of a page, in order. */
  failures: Failure[] = [];
  /** Events the token may not read: left out of pages. */
  hidden = (_event: StoredEvent) => false;
  /**
   * What `next`'s `after` names: the last event returned (`"returned"`, as Altinn Events does), or the last
   * one fetched before the unreadable ones were dropped (`"fetched"`: `next` moves past them).
   */
  nextAfter: "returned" | "fetched" = "fetched";
  /** Called before each pull is answered (e.g. to kill a consumer mid-stream). */
  onPull: (request: BrokerRequest) => void = () => {};
  private nextSubscription = 1;
  private server: Server | undefined;
  url = "";

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  pulls(): BrokerRequest[] {
    return this.requests.filter((r) => r.url.pathname === EVENTS);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const request = {
      method: req.method ?? "GET",
      url,
      authorization: req.headers.authorization,
      at: Date.now(),
    };
    this.requests.push(request);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!token || !this.tokens.has(token)) {
      return problem(res, 401, "Unauthorized", { "www-authenticate": 'Bearer error="invalid_token"' });
    }
    if (url.pathname === EVENTS && req.method === "GET") {
      this.onPull(request);
      const failure = this.failures.shift();
      if (failure) return problem(res, failure.status, "Failing on purpose", failure.headers);
      return this.page(url, res);
    }
    if (url.pathname === SUBSCRIPTIONS && req.method === "POST") {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      if (typeof body.endPoint !== "string" || typeof body.resourceFilter !== "string") {
        return problem(res, 400, "endPoint and resourceFilter are required");
      }
      const id = this.nextSubscription++;
      const subscription = { id, ...body, consumer: "/org/digdir", created: new Date().toISOString() };
      this.subscriptions.set(id, subscription);
      return json(res, 201, subscription, { location: `/events/api/v1/subscription/${id}` });
    }
    if (url.pathname === SUBSCRIPTIONS && req.method === "GET") {
      const all = [...this.subscriptions.values()];
      return json(res, 200, { count: all.length, subscriptions: all });
    }
    const one = new RegExp(`^${SUBSCRIPTIONS}/(\\d+)$`).exec(url.pathname);
    if (one) {
      const id = Number(one[1]);
      const subscription = this.subscriptions.get(id);
      if (!subscription) return problem(res, 404, "No such subscription");
      if (req.method === "DELETE") this.subscriptions.delete(id);
      return json(res, 200, subscription);
    }
    return problem(res, 404, "Not found");
  }

  private page(url: URL, res: ServerResponse): void {
    const resource = url.searchParams.get("resource");
    const after = url.searchParams.get("after");
    if (!resource || !after) {
      problem(res, 400, "resource and after are required");
      return;
    }
    const size = Math.min(Number(url.searchParams.get("size") ?? 50) || 50, 1000);
    const subject = url.searchParams.get("subject");
    const types = url.searchParams.getAll("type");
    const start = this.events.findIndex((e) => e.id === after) + 1; // unknown or 0: the beginning
    const matching = this.events
      .slice(start)
      .filter(
        (e) =>
          e.resource === resource &&
          (!subject || e.subject === subject) &&
          (types.length === 0 || types.includes(String(e.type))),
      );
    const fetched = matching.slice(0, size);
    const page = fetched.filter((e) => !this.hidden(e));
    const headers: Record<string, string> = {};
    const last = this.nextAfter === "fetched" ? fetched.at(-1) : page.at(-1);
    if (last) {
      const next = new URL(url);
      next.searchParams.set("after", last.id);
      headers.next = next.toString();
    }
    json(res, 200, page, headers, "application/cloudevents+json; charset=utf-8");
  }
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  type = "application/json; charset=utf-8",
): void {
  res.writeHead(status, { "content-type": type, ...headers });
  res.end(JSON.stringify(body));
}

function problem(
  res: ServerResponse,
  status: number,
  title: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/problem+json", ...headers });
  res.end(JSON.stringify({ type: "about:blank", title, status }));
}
