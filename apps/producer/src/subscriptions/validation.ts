import { SUBSCRIPTION_VALIDATION_TYPE, type SubscriptionValidationEvent, uuidV4 } from "dialogporten-events";

/**
 * A subscription starts inactive; the broker sends it this event and activates it on the first 2xx answer.
 * The source names the subscription, so it is built once the subscription has its id.
 */
export function validationEvent(
  subscriptionId: number,
  platform = "https://platform.altinn.no",
): SubscriptionValidationEvent {
  return {
    specversion: "1.0",
    id: uuidV4(),
    source: `${platform.replace(/\/+$/, "")}/events/api/v1/subscriptions/${subscriptionId}`,
    type: SUBSCRIPTION_VALIDATION_TYPE,
  } as SubscriptionValidationEvent;
}
