/** Names derived from an event type; one rule so every emitted file agrees. */

const SPECIAL_NAMES: Record<string, string> = {
  "platform.events.validatesubscription": "SubscriptionValidationEvent",
};

export const SUBSCRIPTION_VALIDATION_TYPE = "platform.events.validatesubscription";

/** `dialogporten.dialog.activity.payment-made.v1` -> `DialogActivityPaymentMadeV1Event`. */
export function typeNameOf(eventType: string): string {
  const special = SPECIAL_NAMES[eventType];
  if (special) return special;
  const words = eventType
    .replace(/^dialogporten\./, "")
    .split(/[.-]/)
    .filter(Boolean);
  return `${words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join("")}Event`;
}

export const isDialogportenType = (eventType: string): boolean => eventType.startsWith("dialogporten.");
