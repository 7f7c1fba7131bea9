// The events a save emits, as the real Dialogporten builds them: one `time` per save, random v4 ids except
// `seen` (derived from the seen-log entry), `source` under the configured public base, `resource` the
// service resource lower-cased, `subject` the party, `resourceinstance` the dialog id. Every event is built
// by the events package's `createEvent`, so it passes strict mode or the save fails.

import { createHash } from "node:crypto";
import type { ActivityType } from "@dialogporten-events/dialogporten-api";
import { createEvent, type DialogportenEvent, type DialogportenEventType } from "dialogporten-events";
import type { DialogRecord, StoredActivity, StoredTransmission } from "./model.js";

/** ActivityType → the event name: a fixed list in Dialogporten, not derivable from a rule. */
export const activityEventNames = {
  DialogCreated: "created",
  DialogClosed: "closed",
  Information: "information",
  TransmissionOpened: "transmission-opened",
  PaymentMade: "payment-made",
  SignatureProvided: "signature-provided",
  DialogOpened: "dialog-opened",
  DialogDeleted: "dialog-deleted",
  DialogRestored: "dialog-restored",
  SentToSigning: "sent-to-signing",
  SentToFormFill: "sent-to-form-fill",
  SentToSendIn: "sent-to-send-in",
  SentToPayment: "sent-to-payment",
  FormSubmitted: "form-submitted",
  FormSaved: "form-saved",
  CorrespondenceOpened: "correspondence-opened",
  CorrespondenceConfirmed: "correspondence-confirmed",
} as const satisfies Record<ActivityType, string>;

export const activityEventType = (type: ActivityType) =>
  `dialogporten.dialog.activity.${activityEventNames[type]}.v1` as const;

type DialogLevel =
  | "dialogporten.dialog.created.v1"
  | "dialogporten.dialog.updated.v1"
  | "dialogporten.dialog.deleted.v1"
  | "dialogporten.dialog.restored.v1"
  | "dialogporten.dialog.seen.v1";

/**
 * Builds the events of one save of one dialog; every event shares `time`. `baseUrl` is the public base of
 * the `source` URLs (`https://…/dialogporten`).
 */
export class SaveEvents {
  readonly events: DialogportenEvent[] = [];
  private readonly time: string;

  constructor(
    private readonly dialog: DialogRecord,
    private readonly baseUrl: string,
    now: number,
  ) {
    this.time = new Date(now).toISOString();
  }

  private get common() {
    return {
      resource: this.dialog.serviceResource.toLowerCase(),
      resourceinstance: this.dialog.id,
      subject: this.dialog.party,
      time: this.time,
    };
  }

  private get process() {
    const { process, precedingProcess } = this.dialog.document;
    return {
      ...(process ? { process } : {}),
      ...(process && precedingProcess ? { precedingProcess } : {}),
    };
  }

  dialogEvent(type: Exclude<DialogLevel, "dialogporten.dialog.seen.v1">): this {
    const data = this.process;
    this.push(
      createEvent(type, { ...this.common, ...(Object.keys(data).length > 0 ? { data } : {}) } as never, {
        baseUrl: this.baseUrl,
      }),
    );
    return this;
  }

  seen(id: string): this {
    const data = this.process;
    this.push(
      createEvent(
        "dialogporten.dialog.seen.v1",
        { ...this.common, id, ...(Object.keys(data).length > 0 ? { data } : {}) },
        { baseUrl: this.baseUrl },
      ),
    );
    return this;
  }

  activity(activity: StoredActivity): this {
    const type = activityEventType(activity.type as ActivityType);
    const data = {
      activityId: activity.id,
      ...(activity.extendedType ? { extendedActivityType: activity.extendedType } : {}),
      ...this.process,
    };
    this.push(createEvent(type, { ...this.common, data } as never, { baseUrl: this.baseUrl }));
    return this;
  }

  transmission(transmission: StoredTransmission): this {
    const senderType =
      transmission.sender?.actorType === "PartyRepresentative" ? "PartyRepresentative" : "ServiceOwner";
    this.push(
      createEvent(
        "dialogporten.dialog.transmission.created.v1",
        { ...this.common, transmissionId: transmission.id, data: { ...this.process, senderType } },
        { baseUrl: this.baseUrl },
      ),
    );
    return this;
  }

  private push(event: DialogportenEvent): void {
    this.events.push(event);
  }

  get types(): DialogportenEventType[] {
    return this.events.map((e) => e.type);
  }
}

/**
 * The id of a seen-log entry, and of its `seen` event: a hash of (dialog id, the dialog's `updatedAt`, the
 * content-seen flag, the user) with the version-7 bits and the 48-bit timestamp of the dialog id, so the
 * same inputs always give the same id and its timestamp is the dialog's creation, not the time seen.
 */
export function seenEntryId(dialogId: string, updatedAt: number, contentSeen: boolean, user: string): string {
  const hash = createHash("sha256")
    .update(`${dialogId.toLowerCase()}|${new Date(updatedAt).toISOString()}|${contentSeen}|${user}`)
    .digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  Buffer.from(dialogId.replaceAll("-", "").slice(0, 12), "hex").copy(bytes, 0);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
