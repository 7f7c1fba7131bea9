import type { DialogportenEvent, SubscriptionValidationEvent } from "./generated/index.gen.js";

/**
 * Any CloudEvent in structured JSON mode: what a foreign producer (or a future Dialogporten type) sends.
 * Extension attributes are kept as they came.
 */
export interface CloudEvent {
  specversion: "1.0";
  id: string;
  source: string;
  type: string;
  time?: string;
  subject?: string;
  datacontenttype?: string;
  dataschema?: string;
  data?: unknown;
  [attribute: string]: unknown;
}

export type AnyKnownEvent = DialogportenEvent | SubscriptionValidationEvent;
