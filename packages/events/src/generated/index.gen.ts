// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: 24 schemas in schemas/
// Change the schema and run `pnpm generate` instead.


import type { DialogActivityClosedV1Event } from "./events/dialogporten.dialog.activity.closed.v1.gen.js";
import type { DialogActivityCorrespondenceConfirmedV1Event } from "./events/dialogporten.dialog.activity.correspondence-confirmed.v1.gen.js";
import type { DialogActivityCorrespondenceOpenedV1Event } from "./events/dialogporten.dialog.activity.correspondence-opened.v1.gen.js";
import type { DialogActivityCreatedV1Event } from "./events/dialogporten.dialog.activity.created.v1.gen.js";
import type { DialogActivityDialogDeletedV1Event } from "./events/dialogporten.dialog.activity.dialog-deleted.v1.gen.js";
import type { DialogActivityDialogOpenedV1Event } from "./events/dialogporten.dialog.activity.dialog-opened.v1.gen.js";
import type { DialogActivityDialogRestoredV1Event } from "./events/dialogporten.dialog.activity.dialog-restored.v1.gen.js";
import type { DialogActivityFormSavedV1Event } from "./events/dialogporten.dialog.activity.form-saved.v1.gen.js";
import type { DialogActivityFormSubmittedV1Event } from "./events/dialogporten.dialog.activity.form-submitted.v1.gen.js";
import type { DialogActivityInformationV1Event } from "./events/dialogporten.dialog.activity.information.v1.gen.js";
import type { DialogActivityPaymentMadeV1Event } from "./events/dialogporten.dialog.activity.payment-made.v1.gen.js";
import type { DialogActivitySentToFormFillV1Event } from "./events/dialogporten.dialog.activity.sent-to-form-fill.v1.gen.js";
import type { DialogActivitySentToPaymentV1Event } from "./events/dialogporten.dialog.activity.sent-to-payment.v1.gen.js";
import type { DialogActivitySentToSendInV1Event } from "./events/dialogporten.dialog.activity.sent-to-send-in.v1.gen.js";
import type { DialogActivitySentToSigningV1Event } from "./events/dialogporten.dialog.activity.sent-to-signing.v1.gen.js";
import type { DialogActivitySignatureProvidedV1Event } from "./events/dialogporten.dialog.activity.signature-provided.v1.gen.js";
import type { DialogActivityTransmissionOpenedV1Event } from "./events/dialogporten.dialog.activity.transmission-opened.v1.gen.js";
import type { DialogCreatedV1Event } from "./events/dialogporten.dialog.created.v1.gen.js";
import type { DialogDeletedV1Event } from "./events/dialogporten.dialog.deleted.v1.gen.js";
import type { DialogRestoredV1Event } from "./events/dialogporten.dialog.restored.v1.gen.js";
import type { DialogSeenV1Event } from "./events/dialogporten.dialog.seen.v1.gen.js";
import type { DialogTransmissionCreatedV1Event } from "./events/dialogporten.dialog.transmission.created.v1.gen.js";
import type { DialogUpdatedV1Event } from "./events/dialogporten.dialog.updated.v1.gen.js";
import type { SubscriptionValidationEvent } from "./events/platform.events.validatesubscription.gen.js";

export type { DialogActivityClosedV1Event, DialogActivityCorrespondenceConfirmedV1Event, DialogActivityCorrespondenceOpenedV1Event, DialogActivityCreatedV1Event, DialogActivityDialogDeletedV1Event, DialogActivityDialogOpenedV1Event, DialogActivityDialogRestoredV1Event, DialogActivityFormSavedV1Event, DialogActivityFormSubmittedV1Event, DialogActivityInformationV1Event, DialogActivityPaymentMadeV1Event, DialogActivitySentToFormFillV1Event, DialogActivitySentToPaymentV1Event, DialogActivitySentToSendInV1Event, DialogActivitySentToSigningV1Event, DialogActivitySignatureProvidedV1Event, DialogActivityTransmissionOpenedV1Event, DialogCreatedV1Event, DialogDeletedV1Event, DialogRestoredV1Event, DialogSeenV1Event, DialogTransmissionCreatedV1Event, DialogUpdatedV1Event, SubscriptionValidationEvent };

/** Every Dialogporten event type, mapped to its event. */
export interface DialogportenEventMap {
  "dialogporten.dialog.activity.closed.v1": DialogActivityClosedV1Event;
  "dialogporten.dialog.activity.correspondence-confirmed.v1": DialogActivityCorrespondenceConfirmedV1Event;
  "dialogporten.dialog.activity.correspondence-opened.v1": DialogActivityCorrespondenceOpenedV1Event;
  "dialogporten.dialog.activity.created.v1": DialogActivityCreatedV1Event;
  "dialogporten.dialog.activity.dialog-deleted.v1": DialogActivityDialogDeletedV1Event;
  "dialogporten.dialog.activity.dialog-opened.v1": DialogActivityDialogOpenedV1Event;
  "dialogporten.dialog.activity.dialog-restored.v1": DialogActivityDialogRestoredV1Event;
  "dialogporten.dialog.activity.form-saved.v1": DialogActivityFormSavedV1Event;
  "dialogporten.dialog.activity.form-submitted.v1": DialogActivityFormSubmittedV1Event;
  "dialogporten.dialog.activity.information.v1": DialogActivityInformationV1Event;
  "dialogporten.dialog.activity.payment-made.v1": DialogActivityPaymentMadeV1Event;
  "dialogporten.dialog.activity.sent-to-form-fill.v1": DialogActivitySentToFormFillV1Event;
  "dialogporten.dialog.activity.sent-to-payment.v1": DialogActivitySentToPaymentV1Event;
  "dialogporten.dialog.activity.sent-to-send-in.v1": DialogActivitySentToSendInV1Event;
  "dialogporten.dialog.activity.sent-to-signing.v1": DialogActivitySentToSigningV1Event;
  "dialogporten.dialog.activity.signature-provided.v1": DialogActivitySignatureProvidedV1Event;
  "dialogporten.dialog.activity.transmission-opened.v1": DialogActivityTransmissionOpenedV1Event;
  "dialogporten.dialog.created.v1": DialogCreatedV1Event;
  "dialogporten.dialog.deleted.v1": DialogDeletedV1Event;
  "dialogporten.dialog.restored.v1": DialogRestoredV1Event;
  "dialogporten.dialog.seen.v1": DialogSeenV1Event;
  "dialogporten.dialog.transmission.created.v1": DialogTransmissionCreatedV1Event;
  "dialogporten.dialog.updated.v1": DialogUpdatedV1Event;
}

/** The `type` of a Dialogporten event. */
export type DialogportenEventType = keyof DialogportenEventMap;

/** Any Dialogporten event, discriminated on `type`. */
export type DialogportenEvent = DialogportenEventMap[DialogportenEventType];

/** Every Dialogporten event type, in a stable order. */
export const dialogportenEventTypes = [
  "dialogporten.dialog.activity.closed.v1",
  "dialogporten.dialog.activity.correspondence-confirmed.v1",
  "dialogporten.dialog.activity.correspondence-opened.v1",
  "dialogporten.dialog.activity.created.v1",
  "dialogporten.dialog.activity.dialog-deleted.v1",
  "dialogporten.dialog.activity.dialog-opened.v1",
  "dialogporten.dialog.activity.dialog-restored.v1",
  "dialogporten.dialog.activity.form-saved.v1",
  "dialogporten.dialog.activity.form-submitted.v1",
  "dialogporten.dialog.activity.information.v1",
  "dialogporten.dialog.activity.payment-made.v1",
  "dialogporten.dialog.activity.sent-to-form-fill.v1",
  "dialogporten.dialog.activity.sent-to-payment.v1",
  "dialogporten.dialog.activity.sent-to-send-in.v1",
  "dialogporten.dialog.activity.sent-to-signing.v1",
  "dialogporten.dialog.activity.signature-provided.v1",
  "dialogporten.dialog.activity.transmission-opened.v1",
  "dialogporten.dialog.created.v1",
  "dialogporten.dialog.deleted.v1",
  "dialogporten.dialog.restored.v1",
  "dialogporten.dialog.seen.v1",
  "dialogporten.dialog.transmission.created.v1",
  "dialogporten.dialog.updated.v1",
] as const satisfies readonly DialogportenEventType[];

/** Which ids an event's `source` carries after the dialog id. */
export type SourceKind = "dialog" | "activity" | "transmission";

/** The shape of `source` per type. */
export const sourceKinds: { readonly [T in DialogportenEventType]: SourceKind } = {
  "dialogporten.dialog.activity.closed.v1": "activity",
  "dialogporten.dialog.activity.correspondence-confirmed.v1": "activity",
  "dialogporten.dialog.activity.correspondence-opened.v1": "activity",
  "dialogporten.dialog.activity.created.v1": "activity",
  "dialogporten.dialog.activity.dialog-deleted.v1": "activity",
  "dialogporten.dialog.activity.dialog-opened.v1": "activity",
  "dialogporten.dialog.activity.dialog-restored.v1": "activity",
  "dialogporten.dialog.activity.form-saved.v1": "activity",
  "dialogporten.dialog.activity.form-submitted.v1": "activity",
  "dialogporten.dialog.activity.information.v1": "activity",
  "dialogporten.dialog.activity.payment-made.v1": "activity",
  "dialogporten.dialog.activity.sent-to-form-fill.v1": "activity",
  "dialogporten.dialog.activity.sent-to-payment.v1": "activity",
  "dialogporten.dialog.activity.sent-to-send-in.v1": "activity",
  "dialogporten.dialog.activity.sent-to-signing.v1": "activity",
  "dialogporten.dialog.activity.signature-provided.v1": "activity",
  "dialogporten.dialog.activity.transmission-opened.v1": "activity",
  "dialogporten.dialog.created.v1": "dialog",
  "dialogporten.dialog.deleted.v1": "dialog",
  "dialogporten.dialog.restored.v1": "dialog",
  "dialogporten.dialog.seen.v1": "dialog",
  "dialogporten.dialog.transmission.created.v1": "transmission",
  "dialogporten.dialog.updated.v1": "dialog",
};

export const SUBSCRIPTION_VALIDATION_TYPE = "platform.events.validatesubscription";
