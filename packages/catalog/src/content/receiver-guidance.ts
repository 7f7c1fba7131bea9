// What a receiver should do with each event type: the catalog's own advice, written from how the producer
// and Altinn Events behave (see the package README and apps/consumer). Markdown, one step a line.
import type { Group } from "../read/event-catalog.js";

/** Steps for every event of a group, after the type's own. */
const byGroup: Record<Group, readonly string[]> = {
  dialog: [],
  activity: [
    "Add the activity to your copy of the dialog's activity log, keyed by `data.activityId` (the last segment of `source`); a repeat with the same id is a duplicate.",
    "`data.extendedActivityType`, when present, is the service owner's own finer type: keep it, and treat values you do not know as plain activities of this type.",
    "Activities added to an existing dialog also produce one `updated` for the dialog; activities created together with the dialog come with its `created` instead.",
  ],
  transmission: [],
  broker: [],
};

/** Steps that belong to one type. */
const byType: Readonly<Record<string, readonly string[]>> = {
  "dialogporten.dialog.created.v1": [
    "Record the dialog under `resourceinstance` (its id) for the party in `subject`, and the service in `resource`.",
    "To mirror its content, fetch the dialog: a service owner through `GET {base}/api/v1/serviceowner/dialogs/{resourceinstance}`; `source` is the end-user address of the same dialog, and an end user fetching it makes Dialogporten emit an `updated` and a `seen` of its own. Through the end-user API a dialog whose `visibleFrom` lies ahead answers 404 until then: retry later instead of treating it as gone.",
    "Its transmissions and activities arrive as their own events, possibly before this one: create the dialog on whichever comes first.",
  ],
  "dialogporten.dialog.updated.v1": [
    "Fetch the dialog again if you mirror its content (the service-owner GET, or `source` as an end user); the event does not say what changed. One fetch per burst of events on a dialog is enough.",
    "An end user opening the dialog produces an `updated` followed by a `seen`, and that `updated` changes neither the dialog's `revision` nor its `updatedAt`. Compare `revision` with what you stored before doing work: a receiver that fetches through the end-user API on every event causes such a pair itself.",
  ],
  "dialogporten.dialog.deleted.v1": [
    "Hide or remove the dialog. The same type is sent for a soft delete, which `restored` can undo, and for a purge, which nothing undoes: keep what you need to bring it back.",
  ],
  "dialogporten.dialog.restored.v1": [
    "Undo what you did on `deleted` and fetch the dialog again (see `created`).",
  ],
  "dialogporten.dialog.seen.v1": [
    "Record that the dialog was opened at `time`. The event names no user: an end user opening the dialog gives one `seen` per user per change of the dialog.",
    "Do not read a time out of `id`: it is a version 7 UUID derived from the seen-log entry, and its timestamp is the dialog's creation, not the moment it was seen.",
  ],
  "dialogporten.dialog.transmission.created.v1": [
    "Record the transmission under the id that ends `source` (it is not repeated in `data`).",
    "`data.senderType` says whether the service owner or the party sent it. Events from before 2026-03 may come without it (or without `data`): treat that as unknown, not as an error.",
  ],
  "dialogporten.dialog.activity.created.v1": [
    "This is the “dialog created” entry in the activity log, not the dialog's creation itself: act on `dialogporten.dialog.created.v1` for that.",
  ],
  "dialogporten.dialog.activity.closed.v1": ["Mark the dialog as closed in your view of it."],
  "dialogporten.dialog.activity.information.v1": [
    "Show it as an informational entry; it asks nothing of the party.",
  ],
  "dialogporten.dialog.activity.transmission-opened.v1": [
    "Mark the related transmission as opened; fetch the activity through `source` to see which one.",
  ],
  "dialogporten.dialog.activity.payment-made.v1": [
    "Mark the payment as made; any pending payment step is done.",
  ],
  "dialogporten.dialog.activity.signature-provided.v1": [
    "Mark the signature as given; a signing step is done.",
  ],
  "dialogporten.dialog.activity.dialog-opened.v1": [
    "The service owner recorded that the dialog was opened. End users opening it produce `seen` instead.",
  ],
  "dialogporten.dialog.activity.dialog-deleted.v1": [
    "A log entry about a deletion; the dialog's own deletion arrives as `dialogporten.dialog.deleted.v1`.",
  ],
  "dialogporten.dialog.activity.dialog-restored.v1": [
    "A log entry about a restore; the dialog's own restore arrives as `dialogporten.dialog.restored.v1`.",
  ],
  "dialogporten.dialog.activity.sent-to-signing.v1": ["The dialog now waits for a signature."],
  "dialogporten.dialog.activity.sent-to-form-fill.v1": ["The dialog now waits for a form to be filled in."],
  "dialogporten.dialog.activity.sent-to-send-in.v1": ["The dialog now waits to be sent in."],
  "dialogporten.dialog.activity.sent-to-payment.v1": ["The dialog now waits for a payment."],
  "dialogporten.dialog.activity.form-submitted.v1": ["The form was submitted: a form-fill step is done."],
  "dialogporten.dialog.activity.form-saved.v1": ["The form was saved as a draft; it is not submitted yet."],
  "dialogporten.dialog.activity.correspondence-opened.v1": ["Mark the related correspondence as opened."],
  "dialogporten.dialog.activity.correspondence-confirmed.v1": [
    "Mark the related correspondence as confirmed.",
  ],
  "platform.events.validatesubscription": [
    "Answer with any 2xx status: that validates the subscription, and deliveries start only then.",
    "It carries no `time`, `subject`, `resource` or `data`, and `source` is the subscription, not a dialog: do not store it as a Dialogporten event.",
  ],
};

/** Steps every Dialogporten event shares; the pages link to them rather than repeat them. */
export const everyEvent: readonly string[] = [
  "Answer 2xx as soon as the event is stored, then process it. Any other answer makes Altinn Events retry (12 attempts over about 35 hours) before it gives up.",
  "Deduplicate on (`source`, `id`): a retry repeats the same `id`.",
  "Expect no order: an `activity.*` or `transmission.created` can arrive before the dialog's `created`, and `time` does not order the events of one save (they share it).",
];

export function receiverSteps(type: string, group: Group): string[] {
  const own = byType[type];
  if (!own) throw new Error(`${type}: no receiver guidance in src/content/receiver-guidance.ts`);
  return [...own, ...byGroup[group]];
}
