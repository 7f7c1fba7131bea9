import type { Issue } from "./issues.js";
import type { SourceKind } from "./source.js";
import { isUuidAnyCase, sameUuidAt } from "./uuid-shape.js";

interface EventLike {
  resourceinstance?: unknown;
  source?: unknown;
  data?: unknown;
}

const UUID_LENGTH = 36;
const ACTIVITY_TAIL = 12 + UUID_LENGTH; // "/activities/" and the id
const TRANSMISSION_TAIL = "/transmissions/".length + UUID_LENGTH;
const DIALOGS = "/api/v1/enduser/dialogs/";
const ACTIVITIES = "/activities/";

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
 * schema has accepted: `source` has its canonical shape and the ids are lower-case UUIDs, so each sits at a
 * fixed distance from the end of `source` (slicing them out and comparing measured faster than comparing
 * in place). Returns a new array.
 */
export function checkCanonicalInvariants(event: EventLike, kind: SourceKind): Issue[] {
  const source = event.source as string;
  const tail = kind === "dialog" ? 0 : kind === "activity" ? ACTIVITY_TAIL : TRANSMISSION_TAIL;
  const dialogEnd = source.length - tail;
  const dialogId = source.slice(dialogEnd - UUID_LENGTH, dialogEnd);
  if (kind !== "activity")
    return dialogId === event.resourceinstance ? [] : [dialogMismatch(dialogId, event.resourceinstance)];
  const activityId = source.slice(source.length - UUID_LENGTH);
  const dataActivityId = activityIdOf(event);
  if (dialogId === event.resourceinstance && activityId === dataActivityId) return [];
  const issues: Issue[] = [];
  if (dialogId !== event.resourceinstance) issues.push(dialogMismatch(dialogId, event.resourceinstance));
  if (activityId !== dataActivityId) issues.push(activityMismatch(activityId, dataActivityId));
  return issues;
}

/**
 * Whether `source` names, at `at`, another UUID than `id`, when both are well formed (any case). Equal
 * strings, the usual case, settle it with one comparison; only a difference pays for the shape checks.
 */
function namesAnother(source: string, at: number, id: unknown): boolean {
  if (typeof id !== "string" || source.slice(at, at + UUID_LENGTH) === id) return false;
  return isUuidAnyCase(source, at) && isUuidAnyCase(id) && !sameUuidAt(source, at, id);
}

/**
 * The same checks on any event, whatever else is wrong with it, adding to `issues`: each id is compared
 * when both sides are well formed (a `source` with Dialogporten's path, UUIDs in any case), so a receiver
 * hears of a mismatch beside, say, the documentation's double-colon subject. A malformed side is the
 * schema's to report. Reads the ids in place, after the last `/api/v1/enduser/dialogs/` of `source`.
 */
export function checkInvariants(event: EventLike, kind: SourceKind, issues: Issue[]): void {
  const source = event.source;
  if (typeof source !== "string") return;
  const dialogAt = source.lastIndexOf(DIALOGS) + DIALOGS.length;
  if (dialogAt < DIALOGS.length) return;
  const { resourceinstance } = event;
  if (namesAnother(source, dialogAt, resourceinstance))
    issues.push(dialogMismatch(source.slice(dialogAt, dialogAt + UUID_LENGTH), resourceinstance));
  if (kind !== "activity") return;
  const activityAt = dialogAt + UUID_LENGTH + ACTIVITIES.length;
  const activityId = activityIdOf(event);
  if (
    source.length === activityAt + UUID_LENGTH &&
    source.startsWith(ACTIVITIES, dialogAt + UUID_LENGTH) &&
    namesAnother(source, activityAt, activityId)
  )
    issues.push(activityMismatch(source.slice(activityAt), activityId));
}
