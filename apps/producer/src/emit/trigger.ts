import {
  type BuildOptions,
  createEvent,
  type DialogportenEventType,
  dialogportenEventTypes,
  type EventFields,
  SUBSCRIPTION_VALIDATION_TYPE,
  sourceKinds,
  uuidV4,
  uuidV7,
} from "dialogporten-events";
import { resources } from "./catalog.js";

export interface SampleOptions {
  dialog?: string;
  party?: string;
  resource?: string;
  build?: BuildOptions;
}

export type TriggerType = DialogportenEventType | typeof SUBSCRIPTION_VALIDATION_TYPE;

export const triggerTypes: readonly TriggerType[] = [...dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE];

/** Accepts the full type or a short form: `created`, `activity.payment-made`, `payment-made`. */
export function resolveType(name: string): TriggerType | undefined {
  if ((triggerTypes as readonly string[]).includes(name)) return name as TriggerType;
  const candidates = [
    `dialogporten.dialog.${name}.v1`,
    `dialogporten.dialog.activity.${name}.v1`,
    `dialogporten.dialog.${name.replace(/^dialog\./, "")}.v1`,
  ];
  if (name === "validatesubscription" || name === "validation") return SUBSCRIPTION_VALIDATION_TYPE;
  return candidates.find((c) => (triggerTypes as readonly string[]).includes(c)) as TriggerType | undefined;
}

/**
 * One realistic event of the given type, built (and so checked in strict mode) by the events package.
 * Throws `EventValidationError` when the caller's dialog, party or resource make it invalid.
 */
export function sampleEvent(type: DialogportenEventType, options: SampleOptions = {}) {
  const now = Date.now();
  const kind = sourceKinds[type];
  const fields: Record<string, unknown> = {
    resource: options.resource ?? resources[0],
    resourceinstance: options.dialog ?? uuidV7(now - 60_000),
    subject: options.party ?? "urn:altinn:organization:identifier-no:991825827",
    time: new Date(now),
  };
  if (kind === "activity") fields.data = { activityId: uuidV4() };
  if (kind === "transmission") {
    fields.transmissionId = uuidV7(now);
    fields.data = { senderType: "ServiceOwner" };
  }
  return createEvent(type, fields as EventFields<typeof type>, options.build ?? {});
}
