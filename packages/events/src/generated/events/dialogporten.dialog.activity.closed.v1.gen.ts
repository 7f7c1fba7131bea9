// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: schemas/dialogporten.dialog.activity.closed.v1.schema.json
// Change the schema and run `pnpm generate` instead.

/**
 * A “dialog closed” activity has been added to the activity log. Emitted when the service owner adds an activity of type `closed` to the dialog's activity log; the dialog also gets an `updated` event. `data.activityId` is always present and equals the last segment of `source`.
 */
export interface DialogActivityClosedV1Event {
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
  type: "dialogporten.dialog.activity.closed.v1";
  /**
   * An RFC 3339 date-time with any offset and any number of fractional digits.
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
   * The activity in Dialogporten's end-user API: `{base}/api/v1/enduser/dialogs/{dialogId}/activities/{activityId}`.
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
     * The service owner's own activity type: a relative or absolute URI, at most 1023 characters.
     */
    extendedActivityType?: string;
    /**
     * A URI identifying a business process, at most 1023 characters.
     */
    process?: string;
    /**
     * The process that preceded `process`; only present together with it.
     */
    precedingProcess?: string;
  };
}
