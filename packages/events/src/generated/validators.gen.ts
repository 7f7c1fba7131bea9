// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: 24 schemas in schemas/
// Change the schema and run `pnpm generate` instead.


import type { ModeValidators } from "../runtime/validator.js";
import type { DialogportenEventType } from "./index.gen.js";
import { explain as strictErrorsFamily0, validate as strictFamily0, verdict as strictVerdictFamily0 } from "./validators/strict/families/dialogporten.dialog.activity.v1.gen.js";
import { explain as tolerantErrorsFamily0, validate as tolerantFamily0 } from "./validators/tolerant/families/dialogporten.dialog.activity.v1.gen.js";
import { explain as strictErrorsFamily1, validate as strictFamily1, verdict as strictVerdictFamily1 } from "./validators/strict/families/dialogporten.dialog.v1.gen.js";
import { explain as tolerantErrorsFamily1, validate as tolerantFamily1 } from "./validators/tolerant/families/dialogporten.dialog.v1.gen.js";
import { explain as strictErrors21, validate as strict21, verdict as strictVerdict21 } from "./validators/strict/dialogporten.dialog.transmission.created.v1.gen.js";
import { explain as tolerantErrors21, validate as tolerant21 } from "./validators/tolerant/dialogporten.dialog.transmission.created.v1.gen.js";
import { explain as strictErrors23, validate as strict23, verdict as strictVerdict23 } from "./validators/strict/platform.events.validatesubscription.gen.js";
import { explain as tolerantErrors23, validate as tolerant23 } from "./validators/tolerant/platform.events.validatesubscription.gen.js";
export { validate as validateCloudEvent } from "./validators/cloudevent.gen.js";

const family0: ModeValidators = { strict: strictFamily0, tolerant: tolerantFamily0, strictVerdict: strictVerdictFamily0, strictErrors: strictErrorsFamily0, tolerantErrors: tolerantErrorsFamily0 };
const family1: ModeValidators = { strict: strictFamily1, tolerant: tolerantFamily1, strictVerdict: strictVerdictFamily1, strictErrors: strictErrorsFamily1, tolerantErrors: tolerantErrorsFamily1 };

export const eventValidators: { readonly [T in DialogportenEventType]: ModeValidators } = {
  "dialogporten.dialog.activity.closed.v1": family0,
  "dialogporten.dialog.activity.correspondence-confirmed.v1": family0,
  "dialogporten.dialog.activity.correspondence-opened.v1": family0,
  "dialogporten.dialog.activity.created.v1": family0,
  "dialogporten.dialog.activity.dialog-deleted.v1": family0,
  "dialogporten.dialog.activity.dialog-opened.v1": family0,
  "dialogporten.dialog.activity.dialog-restored.v1": family0,
  "dialogporten.dialog.activity.form-saved.v1": family0,
  "dialogporten.dialog.activity.form-submitted.v1": family0,
  "dialogporten.dialog.activity.information.v1": family0,
  "dialogporten.dialog.activity.payment-made.v1": family0,
  "dialogporten.dialog.activity.sent-to-form-fill.v1": family0,
  "dialogporten.dialog.activity.sent-to-payment.v1": family0,
  "dialogporten.dialog.activity.sent-to-send-in.v1": family0,
  "dialogporten.dialog.activity.sent-to-signing.v1": family0,
  "dialogporten.dialog.activity.signature-provided.v1": family0,
  "dialogporten.dialog.activity.transmission-opened.v1": family0,
  "dialogporten.dialog.created.v1": family1,
  "dialogporten.dialog.deleted.v1": family1,
  "dialogporten.dialog.restored.v1": family1,
  "dialogporten.dialog.seen.v1": family1,
  "dialogporten.dialog.transmission.created.v1": { strict: strict21, tolerant: tolerant21, strictVerdict: strictVerdict21, strictErrors: strictErrors21, tolerantErrors: tolerantErrors21 },
  "dialogporten.dialog.updated.v1": family1,
};

export const subscriptionValidationValidators: ModeValidators = { strict: strict23, tolerant: tolerant23, strictVerdict: strictVerdict23, strictErrors: strictErrors23, tolerantErrors: tolerantErrors23 };
