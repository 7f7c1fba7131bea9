// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: schemas/dialogporten.dialog.transmission.created.v1.schema.json
// Change the schema and run `pnpm generate` instead.

/**
 * A transmission (a message from the service owner or a submission from the party) has been added to the dialog. One event per transmission; `source` ends with the transmission id, which is not repeated in `data`. `senderType` is present since 2026-03; older events may lack `data`.
 */
export interface DialogTransmissionCreatedV1Event {
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
  type: "dialogporten.dialog.transmission.created.v1";
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
   * The transmission in Dialogporten's end-user API: `{base}/api/v1/enduser/dialogs/{dialogId}/transmissions/{transmissionId}`.
   */
  source: string;
  /**
   * Added by Altinn Events when `data` is present.
   */
  datacontenttype?: string;
  /**
   * Process information and who sent the transmission (`senderType` is missing on events from before 2026-03).
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
    /**
     * Who sent the transmission.
     */
    senderType?: "ServiceOwner" | "PartyRepresentative";
  };
}
