// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: schemas/dialogporten.dialog.activity.form-submitted.v1.schema.json
// Change the schema and run `pnpm generate` instead.

/**
 * A form in the dialog has been submitted. Emitted when the service owner adds an activity of type `form-submitted` to the dialog's activity log; the dialog also gets an `updated` event, or its `created` event when the activity comes with a new dialog. Not sent for a write made with `isSilentUpdate`. `data.activityId` is always present and equals the last segment of `source`.
 */
export interface DialogActivityFormSubmittedV1Event {
  /**
   * CloudEvents version.
   */
  specversion: "1.0";
  /**
   * Unique event id. The producer reuses it when it retries, so deduplicate on (`source`, `id`).
   */
  id: string;
  /**
   * The event type.
   */
  type: "dialogporten.dialog.activity.form-submitted.v1";
  /**
   * When the change was saved in Dialogporten, as an RFC 3339 date-time. All events of one save carry the same `time` (a dialog created with its activities and transmissions; a change with its new activities and transmissions and its `updated`), and they are delivered in no particular order, so `time` alone does not order events: equal times are common and say nothing about which came first.
   */
  time: string;
  /**
   * Any URN that Altinn Events accepts as a resource.
   */
  resource: string;
  /**
   * The dialog id.
   */
  resourceinstance: string;
  /**
   * A party URN as it may arrive: the documented double colon (`identifier-no::991825827`) and other identifier schemes of persons and organizations are accepted.
   */
  subject: string;
  /**
   * The activity in Dialogporten's end-user API: `{base}/api/v1/enduser/dialogs/{dialogId}/activities/{activityId}`, `{base}` as in a dialog's `source`.
   */
  source: string;
  /**
   * Added by Altinn Events when `data` is present.
   */
  datacontenttype?: string;
  /**
   * The activity that was added to the dialog's activity log.
   */
  data: {
    /**
     * The id of the activity; equals the last segment of `source`.
     */
    activityId: string;
    /**
     * The service owner's own activity type as Dialogporten writes it: with .NET's `Uri.ToString()`, which undoes percent-encoding, so it can carry spaces and other characters a URI may not. Any string.
     */
    extendedActivityType?: string;
    /**
     * The service owner's identifier of a business process, passed through as given: any well-formed relative or absolute URI reference (`urn:altinn:process:x`, `https://example.no/process`, or just `my-process`), at most 1023 characters. A producer leaves it out rather than sending an empty string.
     */
    process?: string;
    /**
     * The process that preceded `process`; only present together with it.
     */
    precedingProcess?: string;
  };
}
