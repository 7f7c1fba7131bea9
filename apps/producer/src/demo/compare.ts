import { isDeepStrictEqual } from "node:util";

/** What the comparison needs of an inbox item (the consumer's `InboxItem` has it). */
export interface StoredEvent {
  source: string;
  eventId: string;
  type: string;
  event: Record<string, unknown>;
}

export interface InboxComparison {
  /** Per type: events in the pushed (webhook) consumer's inbox and in the pulling one's. */
  byType: Map<string, { pushed: number; pulled: number }>;
  /** Empty when both inboxes hold the same (source, id) set with the same stored bodies. */
  differences: string[];
}

const keyOf = (e: StoredEvent) => `${e.source} ${e.eventId}`;

/** The JSON pointer of the first place two JSON values differ; undefined when they are equal. */
export function firstDifference(a: unknown, b: unknown, pointer = ""): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  const bothObjects =
    typeof a === "object" &&
    a !== null &&
    typeof b === "object" &&
    b !== null &&
    Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) return pointer || "/";
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    const escaped = key.replaceAll("~", "~0").replaceAll("/", "~1");
    const found = firstDifference(left[key], right[key], `${pointer}/${escaped}`);
    if (found !== undefined) return found;
  }
  return pointer || "/";
}

/**
 * Event by event: the same (source, id) on both sides, each stored once, with the same event body (key
 * order aside). Each difference is one line naming the event.
 */
export function compareInboxes(pushed: StoredEvent[], pulled: StoredEvent[]): InboxComparison {
  const byType = new Map<string, { pushed: number; pulled: number }>();
  const differences: string[] = [];
  const index = (side: "pushed" | "pulled", items: StoredEvent[]) => {
    const map = new Map<string, StoredEvent>();
    for (const item of items) {
      const counts = byType.get(item.type) ?? { pushed: 0, pulled: 0 };
      counts[side]++;
      byType.set(item.type, counts);
      if (map.has(keyOf(item))) differences.push(`stored twice when ${side}: ${item.type} ${keyOf(item)}`);
      map.set(keyOf(item), item);
    }
    return map;
  };
  const left = index("pushed", pushed);
  const right = index("pulled", pulled);
  for (const [key, item] of left) {
    const other = right.get(key);
    if (other === undefined) differences.push(`only pushed: ${item.type} ${key}`);
    else {
      const at = firstDifference(item.event, other.event);
      if (at !== undefined) differences.push(`body differs at ${at}: ${item.type} ${key}`);
    }
  }
  for (const [key, item] of right) if (!left.has(key)) differences.push(`only pulled: ${item.type} ${key}`);
  return { byType, differences };
}
