import type { DialogportenEventType } from "dialogporten-events";
import type { Random } from "./random.js";

/** The 17 activity names, in the order the reference lists them. */
export const activityNames = [
  "created",
  "closed",
  "information",
  "transmission-opened",
  "payment-made",
  "signature-provided",
  "dialog-opened",
  "dialog-deleted",
  "dialog-restored",
  "sent-to-signing",
  "sent-to-form-fill",
  "sent-to-send-in",
  "sent-to-payment",
  "form-submitted",
  "form-saved",
  "correspondence-opened",
  "correspondence-confirmed",
] as const;

export type ActivityName = (typeof activityNames)[number];

export const activityType = (name: ActivityName) =>
  `dialogporten.dialog.activity.${name}.v1` as DialogportenEventType;

/** Service resources of the kind that really publish dialogs (one Altinn Studio app among them). */
export const resources = [
  "urn:altinn:resource:super-simple-service",
  "urn:altinn:resource:app_skd_mva-melding",
  "urn:altinn:resource:nav-sykepengesoknad",
] as const;

export function randomParty(random: Random): string {
  return random.chance(0.6)
    ? `urn:altinn:organization:identifier-no:${random.pick(["991825827", "310002728", "313605590"])}`
    : `urn:altinn:person:identifier-no:${random.digits(11)}`;
}

export function randomProcess(random: Random): { process?: string; precedingProcess?: string } {
  if (!random.chance(0.4)) return {};
  const process = `urn:altinn:process:case-${random.digits(6)}`;
  return random.chance(0.5)
    ? { process, precedingProcess: `urn:altinn:process:case-${random.digits(6)}` }
    : { process };
}
