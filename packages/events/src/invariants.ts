import type { Issue } from "./issues.js";
import type { SourceKind } from "./source.js";

interface EventLike {
  resourceinstance?: unknown;
  source?: unknown;
  data?: unknown;
}

const UUID_LENGTH = 36;
const ACTIVITY_TAIL = "/activities/".length + UUID_LENGTH;
const TRANSMISSION_TAIL = "/transmissions/".length + UUID_LENGTH;
const DIALOGS = "/api/v1/enduser/dialogs/";
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

/** The ids a `source` names, read from after its last `/api/v1/enduser/dialogs/`; `undefined` if none. */
function idsIn(source: string): { dialogId: string; activityId: string | undefined } | undefined {
  const at = source.lastIndexOf(DIALOGS);
  if (at < 0) return undefined;
  const rest = source.slice(at + DIALOGS.length);
  const dialogId = rest.slice(0, UUID_LENGTH);
  if (!UUID_ANY_CASE.test(dialogId)) return undefined;
  const activity = rest.startsWith("/activities/", UUID_LENGTH) ? rest.slice(UUID_LENGTH + 12) : undefined;
  return {
    dialogId,
    activityId: activity !== undefined && UUID_ANY_CASE.test(activity) ? activity : undefined,
  };
}

/**
 * The same checks on any event, whatever else is wrong with it, adding to `issues`: each id is compared
 * when both sides are well formed (a `source` with Dialogporten's path, UUIDs in any case), so a receiver
 * hears of a mismatch beside, say, the documentation's double-colon subject. A malformed side is the
 * schema's to report.
 */
export function checkInvariants(event: EventLike, kind: SourceKind, issues: Issue[]): void {
  const ids = typeof event.source === "string" ? idsIn(event.source) : undefined;
  if (!ids) return;
  const { resourceinstance } = event;
  if (
    typeof resourceinstance === "string" &&
    UUID_ANY_CASE.test(resourceinstance) &&
    resourceinstance.toLowerCase() !== ids.dialogId.toLowerCase()
  )
    issues.push(dialogMismatch(ids.dialogId, resourceinstance));
  const activityId = activityIdOf(event);
  if (
    kind === "activity" &&
    ids.activityId !== undefined &&
    typeof activityId === "string" &&
    UUID_ANY_CASE.test(activityId) &&
    activityId.toLowerCase() !== ids.activityId.toLowerCase()
  )
    issues.push(activityMismatch(ids.activityId, activityId));
}
