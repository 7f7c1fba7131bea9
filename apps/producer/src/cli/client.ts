import type { TypeStats } from "../outbox/store.js";

export interface SubscriptionView {
  id: number;
  endPoint: string;
  status: "pending" | "active" | "failed";
  validated: boolean;
}

/** What the demo reads of a pulled CloudEvent. */
export interface PulledEvent {
  id: string;
  type: string;
  source: string;
}

export interface ProducerStats {
  events: number;
  pending: number;
  retrying: number;
  delivered: number;
  dead: number;
  inFlight: number;
  byType: TypeStats[];
}

/** The producer's HTTP API as the CLI and the demo use it. */
export class ProducerClient {
  /** `token`: sent as `Authorization: Bearer` (it needs the scopes of the calls made). */
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  /** Headers with the bearer token, when there is one. */
  headers(extra: Record<string, string> = {}): Record<string, string> {
    return this.token ? { ...extra, authorization: `Bearer ${this.token}` } : extra;
  }

  async subscribe(input: Record<string, unknown>): Promise<SubscriptionView> {
    const response = await fetch(`${this.baseUrl}/events/api/v1/subscriptions`, {
      method: "POST",
      headers: this.headers({ "content-type": "application/json" }),
      body: JSON.stringify(input),
    });
    if (response.status !== 201)
      throw new Error(`subscribe: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as SubscriptionView;
  }

  async subscription(id: number): Promise<SubscriptionView> {
    const response = await fetch(`${this.baseUrl}/events/api/v1/subscriptions/${id}`, {
      headers: this.headers(),
    });
    if (!response.ok) throw new Error(`subscription ${id}: HTTP ${response.status}`);
    return (await response.json()) as SubscriptionView;
  }

  /** Waits for the validation handshake; throws if it fails for good or takes longer than `timeoutMs`. */
  async waitUntilActive(id: number, timeoutMs = 15_000): Promise<SubscriptionView> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const s = await this.subscription(id);
      if (s.status === "active") return s;
      if (s.status === "failed") throw new Error(`subscription ${id} failed validation at ${s.endPoint}`);
      if (Date.now() > deadline)
        throw new Error(`subscription ${id} still not validated after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Publishes one event; returns the HTTP status and, on refusal, the problem body. */
  async publish(event: unknown): Promise<{ status: number; body: string }> {
    const response = await fetch(`${this.baseUrl}/events/api/v1/events`, {
      method: "POST",
      headers: this.headers({ "content-type": "application/cloudevents+json" }),
      body: JSON.stringify(event),
    });
    return { status: response.status, body: await response.text() };
  }

  /**
   * Every event held for one resource, through the pull API (`next` links until an empty page), oldest
   * first: what was published, whatever happened to the deliveries.
   */
  async pullAll(resource: string): Promise<PulledEvent[]> {
    const events: PulledEvent[] = [];
    let next: string | null =
      `${this.baseUrl}/events/api/v1/events?${new URLSearchParams({ resource, after: "0", size: "1000" })}`;
    while (next !== null) {
      const response: Response = await fetch(next, { headers: this.headers() });
      if (!response.ok) throw new Error(`pull ${resource}: HTTP ${response.status} ${await response.text()}`);
      const page = (await response.json()) as PulledEvent[];
      events.push(...page);
      next = page.length > 0 ? response.headers.get("next") : null;
    }
    return events;
  }

  async stats(): Promise<ProducerStats> {
    const response = await fetch(`${this.baseUrl}/api/stats`, { headers: this.headers() });
    if (!response.ok) throw new Error(`stats: HTTP ${response.status}`);
    return (await response.json()) as ProducerStats;
  }
}
