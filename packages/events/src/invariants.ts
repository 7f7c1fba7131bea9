import type { Issue } from "./issues.js";
import { parseSource, type SourceKind } from "./source.js";

interface EventLike {
  resourceinstance?: unknown;
  source?: unknown;
  data?: unknown;
}

const UUID_LENGTH = 36;
const ACTIVITY_SEGMENT = "/activities/".length;
const UUID_ANY_CASE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const activityIdOf = (event: EventLike): unknown =>
  event.data !== null && typeof event.data === "object"
    ? (event.data as { activityId?: unknown }).activityId
    : undefined;

function dialogMismatch(sourceDialog: string, resourceinstance: unknown): Issue {
  return {
    pointer: "/source",
    code: "source-dialog-mismatch",
    keyword: "source-matches-resourceinstance",
    message: `"source" names dialog ${sourceDialog}, but "resourceinstance" is ${String(resourceinstance)}; an event's source names the dialog in resourceinstance`,
  };
}

function activityMismatch(sourceActivity: string, activityId: unknown): Issue {
  return {
    pointer: "/source",
    code: "source-activity-mismatch",
    keyword: "source-matches-activity-id",
    message: `"source" names activity ${sourceActivity}, but data field "activityId" is ${String(activityId)}; an activity event's source names the activity in data.activityId`,
  };
}

/**
 * What JSON Schema cannot say: the ids in `source` are the ones in the attributes. For an event the strict
 * schema has accepted: `source` has its canonical shape, so the ids sit at fixed distances from its end and
 * slicing them out keeps this off the profile. Returns a new array.
 */
export function checkCanonicalInvariants(event: EventLike, kind: SourceKind): Issue[] {
  const source = event.source as string;
  const childLength =
    kind === "dialog" ? 0 : (kind === "activity" ? ACTIVITY_SEGMENT : "/transmissions/".length) + UUID_LENGTH;
  const dialogEnd = source.length - childLength;
  const dialogId = source.slice(dialogEnd - UUID_LENGTH, dialogEnd);
  const issues: Issue[] = [];
  if (dialogId !== event.resourceinstance) issues.push(dialogMismatch(dialogId, event.resourceinstance));
  if (kind === "activity") {
    const activityId = source.slice(source.length - UUID_LENGTH);
    const dataActivityId = activityIdOf(event);
    if (activityId !== dataActivityId) issues.push(activityMismatch(activityId, dataActivityId));
  }
  return issues;
}

/**
 * The same checks on any event, whatever else is wrong with it: each id is compared when both sides are
 * well formed (a readable `source`, UUIDs in any case), so a receiver hears of a mismatch beside, say, the
 * documentation's double-colon subject. A malformed side is the schema's to report.
 */
export function checkInvariants(event: EventLike, kind: SourceKind): Issue[] {
  const issues: Issue[] = [];
  const parsed = typeof event.source === "string" ? parseSource(event.source) : undefined;
  if (!parsed || !UUID_ANY_CASE.test(parsed.dialogId)) return issues;
  const { resourceinstance } = event;
  if (
    typeof resourceinstance === "string" &&
    UUID_ANY_CASE.test(resourceinstance) &&
    resourceinstance.toLowerCase() !== parsed.dialogId.toLowerCase()
  )
    issues.push(dialogMismatch(parsed.dialogId, resourceinstance));
  const dataActivityId = activityIdOf(event);
  if (
    kind === "activity" &&
    parsed.activityId !== undefined &&
    UUID_ANY_CASE.test(parsed.activityId) &&
    typeof dataActivityId === "string" &&
    UUID_ANY_CASE.test(dataActivityId) &&
    dataActivityId.toLowerCase() !== parsed.activityId.toLowerCase()
  )
    issues.push(activityMismatch(parsed.activityId, dataActivityId));
  return issues;
}
