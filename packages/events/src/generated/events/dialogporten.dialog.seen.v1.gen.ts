// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: schemas/dialogporten.dialog.seen.v1.schema.json
// Change the schema and run `pnpm generate` instead.

/**
 * A dialog has been seen (opened) by an end user: a new entry was added to its seen log. The event id is a version 7 UUID.
 */
export interface DialogSeenV1Event {
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
  type: "dialogporten.dialog.seen.v1";
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
   * The dialog in Dialogporten's end-user API: `{base}/api/v1/enduser/dialogs/{dialogId}` where `{base}` is an https origin and path ending in `/dialogporten`.
   */
  source: string;
  /**
   * Added by Altinn Events when `data` is present.
   */
  datacontenttype?: string;
  /**
   * Optional process information of the dialog. Absent when empty: a producer leaves `data` out rather than sending `{}`.
   */
  data?: {
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
