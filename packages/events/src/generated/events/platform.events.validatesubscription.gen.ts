// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: schemas/platform.events.validatesubscription.schema.json
// Change the schema and run `pnpm generate` instead.

/**
 * Sent by Altinn Events to a new subscription's endpoint before any delivery. Any 2xx answer validates the subscription; deliveries start only then. It has no time, subject, resource or data.
 */
export interface SubscriptionValidationEvent {
  specversion: "1.0";
  /**
   * A UUID in any case and of any version.
   */
  id: string;
  type: "platform.events.validatesubscription";
  /**
   * The subscription in Altinn Events: `{platform}/events/api/v1/subscriptions/{subscriptionId}`.
   */
  source: string;
}
