import type { Issue } from "./issues.js";

interface EventLike {
  resourceinstance?: unknown;
  source?: unknown;
  data?: { activityId?: unknown } | null;
}

const UUID_LENGTH = 36;
const ACTIVITY_SEGMENT = "/activities/".length;

/**
 * What JSON Schema cannot say: the ids in `source` must be the ones in the attributes. Runs only after
 * the strict schema has accepted the event, so `source` has its canonical shape and the ids sit at fixed
 * distances from its end; slicing them out keeps this off the profile.
 */
export function checkInvariants(event: EventLike, kind: "dialog" | "activity" | "transmission"): Issue[] {
  const source = event.source as string;
  const childLength =
    kind === "dialog" ? 0 : (kind === "activity" ? ACTIVITY_SEGMENT : "/transmissions/".length) + UUID_LENGTH;
  const dialogEnd = source.length - childLength;
  const dialogId = source.slice(dialogEnd - UUID_LENGTH, dialogEnd);
  const activityId = kind === "activity" ? source.slice(source.length - UUID_LENGTH) : undefined;
  if (dialogId === event.resourceinstance && (kind !== "activity" || activityId === event.data?.activityId))
    return [];
  const issues: Issue[] = [];
  if (dialogId !== event.resourceinstance) {
    issues.push({
      pointer: "/source",
      keyword: "source-matches-resourceinstance",
      message: `"source" names dialog ${dialogId}, but "resourceinstance" is ${String(event.resourceinstance)}; they must be the same dialog`,
    });
  }
  if (kind === "activity" && activityId !== event.data?.activityId) {
    issues.push({
      pointer: "/source",
      keyword: "source-matches-activity-id",
      message: `"source" names activity ${activityId}, but data field "activityId" is ${String(event.data?.activityId)}; they must be the same activity`,
    });
  }
  return issues;
}
