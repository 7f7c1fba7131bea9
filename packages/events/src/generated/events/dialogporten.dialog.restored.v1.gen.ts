// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: schemas/dialogporten.dialog.restored.v1.schema.json
// Change the schema and run `pnpm generate` instead.

/**
 * A soft-deleted dialog has been restored.
 */
export interface DialogRestoredV1Event {
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
  type: "dialogporten.dialog.restored.v1";
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
   * The dialog in Dialogporten's end-user API: `{base}/api/v1/enduser/dialogs/{dialogId}` where `{base}` is an https origin and path ending in `/dialogporten` (`https://platform.altinn.no/dialogporten`), or `https://localhost` with an optional port, as a Dialogporten in its development configuration sends (`https://localhost:7214`).
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
     * The service owner's identifier of a business process, passed through as given: any well-formed relative or absolute URI reference (`urn:altinn:process:x`, `https://example.no/process`, or just `my-process`), at most 1023 characters. A producer leaves it out rather than sending an empty string.
     */
    process?: string;
    /**
     * The process that preceded `process`; only present together with it.
     */
    precedingProcess?: string;
  };
}
