import type { ProducerClient } from "../cli/client.js";

/** What the demo reads of a pulled CloudEvent. */
export interface PulledEvent {
  id: string;
  type: string;
  source: string;
}

/**
 * Every event the stand-in holds for these resources, through its own pull API (`next` links until an
 * empty page): what it emitted, whatever happened to the deliveries.
 */
export async function pullAll(client: ProducerClient, resources: readonly string[]): Promise<PulledEvent[]> {
  const events: PulledEvent[] = [];
  for (const resource of resources) {
    let next: string | null =
      `${client.baseUrl}/events/api/v1/events?${new URLSearchParams({ resource, after: "0", size: "1000" })}`;
    while (next !== null) {
      const response: Response = await fetch(next, { headers: client.headers() });
      if (!response.ok) throw new Error(`pull ${resource}: HTTP ${response.status} ${await response.text()}`);
      const page = (await response.json()) as PulledEvent[];
      events.push(...page);
      next = page.length > 0 ? response.headers.get("next") : null;
    }
  }
  return events;
}
