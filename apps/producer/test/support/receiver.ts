import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  at: number;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; source: string; [k: string]: unknown };
}

/** How the stand-in answers the n-th request (0-based) for a given event id. */
export type Behavior = (request: {
  index: number;
  attempt: number;
  json: Received["json"];
}) => { status: number; delayMs?: number } | Promise<{ status: number; delayMs?: number }>;

/** A webhook receiver on loopback that records everything and answers as told. */
export class Receiver {
  readonly received: Received[] = [];
  /** Ids whose 2xx answer was written to a connection that was still open: what the sender could have seen. */
  readonly acknowledged = new Set<string>();
  private readonly attempts = new Map<string, number>();
  /** (source, id, URL) of the POSTs being answered right now. */
  private readonly inFlight = new Set<string>();
  /** Times a (source, id, URL) arrived while an earlier POST of it was still open: concurrent attempts. */
  readonly overlaps: string[] = [];
  /** The most POSTs open at once. */
  maxInFlight = 0;
  /** POSTs open right now. */
  get openNow(): number {
    return this.inFlight.size;
  }
  /** POSTs whose sender hung up before the answer was written (it timed out or was killed). */
  cutOff = 0;
  private server: Server | undefined;
  url = "";

  constructor(public behavior: Behavior = () => ({ status: 200 })) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk) => {
        body += chunk;
      });
      req.on("end", async () => {
        const json = JSON.parse(body) as Received["json"];
        const attempt = (this.attempts.get(json.id) ?? 0) + 1;
        this.attempts.set(json.id, attempt);
        const index = this.received.length;
        this.received.push({ at: Date.now(), url: req.url ?? "", headers: req.headers, body, json });
        const key = `${json.source}|${json.id}|${req.url}`;
        if (this.inFlight.has(key)) this.overlaps.push(key);
        this.inFlight.add(key);
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight.size);
        // Answered, or the sender hung up (timeout, or it was killed): no longer in flight.
        res.once("close", () => {
          this.inFlight.delete(key);
          if (!res.writableFinished) this.cutOff++;
        });
        const { status, delayMs } = await this.behavior({ index, attempt, json });
        if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
        if (res.destroyed || req.socket.destroyed) return;
        res.writeHead(status).end(() => {
          if (status >= 200 && status < 300 && !req.socket.destroyed) this.acknowledged.add(json.id);
        });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhook`;
    return this;
  }

  /** Events (not validations) received, by type. */
  events(): Received[] {
    return this.received.filter((r) => r.json.type !== "platform.events.validatesubscription");
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export async function waitFor<T>(
  what: string,
  probe: () => T | Promise<T>,
  timeoutMs = 10_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
