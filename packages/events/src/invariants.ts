import type { Issue } from "./issues.js";
import { parseSource } from "./source.js";

interface EventLike {
  resourceinstance?: unknown;
  source?: unknown;
  data?: { activityId?: unknown } | null;
}

/**
 * What JSON Schema cannot say: the ids in `source` must be the ones in the attributes. Checked in strict
 * mode only (and reported as warnings in tolerant mode), after the schema has vouched for the shapes.
 */
export function checkInvariants(event: EventLike, kind: "dialog" | "activity" | "transmission"): Issue[] {
  const parsed = typeof event.source === "string" ? parseSource(event.source) : undefined;
  if (!parsed) return [];
  const issues: Issue[] = [];
  if (parsed.dialogId !== event.resourceinstance) {
    issues.push({
      pointer: "/source",
      keyword: "source-matches-resourceinstance",
      message: `"source" names dialog ${parsed.dialogId}, but "resourceinstance" is ${String(event.resourceinstance)}; they must be the same dialog`,
    });
  }
  if (kind === "activity" && parsed.activityId !== event.data?.activityId) {
    issues.push({
      pointer: "/source",
      keyword: "source-matches-activity-id",
      message: `"source" names activity ${String(parsed.activityId)}, but data field "activityId" is ${String(event.data?.activityId)}; they must be the same activity`,
    });
  }
  return issues;
}
