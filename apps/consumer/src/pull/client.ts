// The Altinn Events API as the consumer uses it: pull pages and manage subscriptions, with a bearer token
// (scope `altinn:events.subscribe`). A token read from a file is read again when an answer is 401, since
// real tokens (Maskinporten, exchanged for an Altinn token) expire and are renewed by someone else.

import { readFile } from "node:fs/promises";

export const EVENTS_PATH = "/events/api/v1/events";
export const SUBSCRIPTIONS_PATH = "/events/api/v1/subscriptions";

/** Where the bearer token comes from: given once, or a file read again after a 401. */
export type TokenSource = { token: string } | { tokenFile: string };

export class EventsApiError extends Error {
  override name = "EventsApiError";
  constructor(
    readonly status: number,
    readonly body: string,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`Altinn Events answered ${status}${body ? `: ${body.slice(0, 500)}` : ""}`);
  }
}

export interface PullQuery {
  resource: string;
  after: string;
  subject?: string | undefined;
  types?: readonly string[];
  size?: number;
}

export interface PulledResponse {
  /** The answer's bytes: a JSON array of CloudEvents. */
  body: Buffer;
  /** The `next` header: the full URL of the following page, when this one was not empty. */
  next: string | undefined;
}

export interface NewSubscription {
  endPoint: string;
  resourceFilter: string;
  subjectFilter?: string;
  typeFilter?: string;
  includeSubunits?: boolean;
}

/** The bearer token of a `TokenSource`: a file is read once, and again when asked to (after a 401). */
export class BearerToken {
  private token: string | undefined;

  constructor(readonly source: TokenSource) {}

  /** Whether reading again can give another token (a file), so a 401 is worth one more try. */
  get renewable(): boolean {
    return "tokenFile" in this.source;
  }

  async get(reread = false): Promise<string> {
    if ("token" in this.source) return this.source.token;
    if (reread || this.token === undefined) {
      this.token = (await readFile(this.source.tokenFile, "utf8")).trim();
    }
    return this.token;
  }
}

export class EventsApiClient {
  private readonly token: BearerToken;

  constructor(
    readonly baseUrl: string,
    source: TokenSource,
    private readonly fetchTimeoutMs = 30_000,
  ) {
    this.token = new BearerToken(source);
  }

  pullUrl(query: PullQuery): string {
    const url = new URL(EVENTS_PATH, this.baseUrl);
    url.searchParams.set("resource", query.resource);
    url.searchParams.set("after", query.after);
    if (query.subject) url.searchParams.set("subject", query.subject);
    for (const type of query.types ?? []) url.searchParams.append("type", type);
    if (query.size !== undefined) url.searchParams.set("size", String(query.size));
    return url.toString();
  }

  async pull(url: string, signal?: AbortSignal): Promise<PulledResponse> {
    const response = await this.send("GET", url, undefined, signal);
    return {
      body: Buffer.from(await response.arrayBuffer()),
      next: response.headers.get("next") ?? undefined,
    };
  }

  /** The created subscription as the API answered it, with its `Location`. */
  async subscribe(
    subscription: NewSubscription,
  ): Promise<{ subscription: unknown; location: string | null }> {
    const response = await this.send(
      "POST",
      new URL(SUBSCRIPTIONS_PATH, this.baseUrl).toString(),
      subscription,
    );
    return { subscription: await response.json(), location: response.headers.get("location") };
  }

  async subscriptions(): Promise<unknown> {
    return (await this.send("GET", new URL(SUBSCRIPTIONS_PATH, this.baseUrl).toString())).json();
  }

  async unsubscribe(id: string): Promise<void> {
    const url = new URL(`${SUBSCRIPTIONS_PATH}/${encodeURIComponent(id)}`, this.baseUrl).toString();
    await (await this.send("DELETE", url)).arrayBuffer();
  }

  /** A 2xx answer; otherwise `EventsApiError`. A 401 with a token file: the file is read again, one retry. */
  private async send(method: string, url: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
    let response = await this.once(method, url, body, signal, false);
    if (response.status === 401 && this.token.renewable) {
      await response.arrayBuffer();
      response = await this.once(method, url, body, signal, true);
    }
    if (!response.ok) {
      throw new EventsApiError(response.status, await response.text(), retryAfter(response.headers));
    }
    return response;
  }

  private async once(
    method: string,
    url: string,
    body: unknown,
    signal: AbortSignal | undefined,
    reread: boolean,
  ): Promise<Response> {
    const timeout = AbortSignal.timeout(this.fetchTimeoutMs);
    return fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${await this.token.get(reread)}`,
        accept: "application/cloudevents+json, application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  }
}

/** `Retry-After` as milliseconds: seconds, or an HTTP date. */
export function retryAfter(headers: Headers): number | undefined {
  const value = headers.get("retry-after");
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
