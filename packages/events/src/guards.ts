import {
  type DialogportenEvent,
  type DialogportenEventMap,
  type DialogportenEventType,
  dialogportenEventTypes,
} from "./generated/index.gen.js";

const known: ReadonlySet<string> = new Set(dialogportenEventTypes);

/** Whether a string is one of the Dialogporten event types this version knows. */
export function isDialogportenEventType(type: unknown): type is DialogportenEventType {
  return typeof type === "string" && known.has(type);
}

/** Narrows a validated event to one type: `if (isEventType(event, "dialogporten.dialog.seen.v1")) ...`. */
export function isEventType<T extends DialogportenEventType>(
  event: DialogportenEvent,
  type: T,
): event is DialogportenEventMap[T] {
  return event.type === type;
}

export type ActivityEventType = Extract<DialogportenEventType, `dialogporten.dialog.activity.${string}`>;
export type ActivityEvent = DialogportenEventMap[ActivityEventType];

/** Narrows to any of the 17 activity events, all of which carry `data.activityId`. */
export function isActivityEvent(event: DialogportenEvent): event is ActivityEvent {
  return event.type.startsWith("dialogporten.dialog.activity.");
}
