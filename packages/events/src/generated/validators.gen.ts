// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: 24 schemas in schemas/
// Change the schema and run `pnpm generate` instead.


import type { CompiledValidator } from "../runtime/validator.js";
import type { DialogportenEventType } from "./index.gen.js";
import { validate as strict0 } from "./validators/strict/dialogporten.dialog.activity.closed.v1.gen.js";
import { validate as tolerant0 } from "./validators/tolerant/dialogporten.dialog.activity.closed.v1.gen.js";
import { validate as strict1 } from "./validators/strict/dialogporten.dialog.activity.correspondence-confirmed.v1.gen.js";
import { validate as tolerant1 } from "./validators/tolerant/dialogporten.dialog.activity.correspondence-confirmed.v1.gen.js";
import { validate as strict2 } from "./validators/strict/dialogporten.dialog.activity.correspondence-opened.v1.gen.js";
import { validate as tolerant2 } from "./validators/tolerant/dialogporten.dialog.activity.correspondence-opened.v1.gen.js";
import { validate as strict3 } from "./validators/strict/dialogporten.dialog.activity.created.v1.gen.js";
import { validate as tolerant3 } from "./validators/tolerant/dialogporten.dialog.activity.created.v1.gen.js";
import { validate as strict4 } from "./validators/strict/dialogporten.dialog.activity.dialog-deleted.v1.gen.js";
import { validate as tolerant4 } from "./validators/tolerant/dialogporten.dialog.activity.dialog-deleted.v1.gen.js";
import { validate as strict5 } from "./validators/strict/dialogporten.dialog.activity.dialog-opened.v1.gen.js";
import { validate as tolerant5 } from "./validators/tolerant/dialogporten.dialog.activity.dialog-opened.v1.gen.js";
import { validate as strict6 } from "./validators/strict/dialogporten.dialog.activity.dialog-restored.v1.gen.js";
import { validate as tolerant6 } from "./validators/tolerant/dialogporten.dialog.activity.dialog-restored.v1.gen.js";
import { validate as strict7 } from "./validators/strict/dialogporten.dialog.activity.form-saved.v1.gen.js";
import { validate as tolerant7 } from "./validators/tolerant/dialogporten.dialog.activity.form-saved.v1.gen.js";
import { validate as strict8 } from "./validators/strict/dialogporten.dialog.activity.form-submitted.v1.gen.js";
import { validate as tolerant8 } from "./validators/tolerant/dialogporten.dialog.activity.form-submitted.v1.gen.js";
import { validate as strict9 } from "./validators/strict/dialogporten.dialog.activity.information.v1.gen.js";
import { validate as tolerant9 } from "./validators/tolerant/dialogporten.dialog.activity.information.v1.gen.js";
import { validate as strict10 } from "./validators/strict/dialogporten.dialog.activity.payment-made.v1.gen.js";
import { validate as tolerant10 } from "./validators/tolerant/dialogporten.dialog.activity.payment-made.v1.gen.js";
import { validate as strict11 } from "./validators/strict/dialogporten.dialog.activity.sent-to-form-fill.v1.gen.js";
import { validate as tolerant11 } from "./validators/tolerant/dialogporten.dialog.activity.sent-to-form-fill.v1.gen.js";
import { validate as strict12 } from "./validators/strict/dialogporten.dialog.activity.sent-to-payment.v1.gen.js";
import { validate as tolerant12 } from "./validators/tolerant/dialogporten.dialog.activity.sent-to-payment.v1.gen.js";
import { validate as strict13 } from "./validators/strict/dialogporten.dialog.activity.sent-to-send-in.v1.gen.js";
import { validate as tolerant13 } from "./validators/tolerant/dialogporten.dialog.activity.sent-to-send-in.v1.gen.js";
import { validate as strict14 } from "./validators/strict/dialogporten.dialog.activity.sent-to-signing.v1.gen.js";
import { validate as tolerant14 } from "./validators/tolerant/dialogporten.dialog.activity.sent-to-signing.v1.gen.js";
import { validate as strict15 } from "./validators/strict/dialogporten.dialog.activity.signature-provided.v1.gen.js";
import { validate as tolerant15 } from "./validators/tolerant/dialogporten.dialog.activity.signature-provided.v1.gen.js";
import { validate as strict16 } from "./validators/strict/dialogporten.dialog.activity.transmission-opened.v1.gen.js";
import { validate as tolerant16 } from "./validators/tolerant/dialogporten.dialog.activity.transmission-opened.v1.gen.js";
import { validate as strict17 } from "./validators/strict/dialogporten.dialog.created.v1.gen.js";
import { validate as tolerant17 } from "./validators/tolerant/dialogporten.dialog.created.v1.gen.js";
import { validate as strict18 } from "./validators/strict/dialogporten.dialog.deleted.v1.gen.js";
import { validate as tolerant18 } from "./validators/tolerant/dialogporten.dialog.deleted.v1.gen.js";
import { validate as strict19 } from "./validators/strict/dialogporten.dialog.restored.v1.gen.js";
import { validate as tolerant19 } from "./validators/tolerant/dialogporten.dialog.restored.v1.gen.js";
import { validate as strict20 } from "./validators/strict/dialogporten.dialog.seen.v1.gen.js";
import { validate as tolerant20 } from "./validators/tolerant/dialogporten.dialog.seen.v1.gen.js";
import { validate as strict21 } from "./validators/strict/dialogporten.dialog.transmission.created.v1.gen.js";
import { validate as tolerant21 } from "./validators/tolerant/dialogporten.dialog.transmission.created.v1.gen.js";
import { validate as strict22 } from "./validators/strict/dialogporten.dialog.updated.v1.gen.js";
import { validate as tolerant22 } from "./validators/tolerant/dialogporten.dialog.updated.v1.gen.js";
import { validate as strict23 } from "./validators/strict/platform.events.validatesubscription.gen.js";
import { validate as tolerant23 } from "./validators/tolerant/platform.events.validatesubscription.gen.js";
export { validate as validateCloudEvent } from "./validators/cloudevent.gen.js";

export interface ModeValidators {
  strict: CompiledValidator;
  tolerant: CompiledValidator;
}

export const eventValidators: { readonly [T in DialogportenEventType]: ModeValidators } = {
  "dialogporten.dialog.activity.closed.v1": { strict: strict0, tolerant: tolerant0 },
  "dialogporten.dialog.activity.correspondence-confirmed.v1": { strict: strict1, tolerant: tolerant1 },
  "dialogporten.dialog.activity.correspondence-opened.v1": { strict: strict2, tolerant: tolerant2 },
  "dialogporten.dialog.activity.created.v1": { strict: strict3, tolerant: tolerant3 },
  "dialogporten.dialog.activity.dialog-deleted.v1": { strict: strict4, tolerant: tolerant4 },
  "dialogporten.dialog.activity.dialog-opened.v1": { strict: strict5, tolerant: tolerant5 },
  "dialogporten.dialog.activity.dialog-restored.v1": { strict: strict6, tolerant: tolerant6 },
  "dialogporten.dialog.activity.form-saved.v1": { strict: strict7, tolerant: tolerant7 },
  "dialogporten.dialog.activity.form-submitted.v1": { strict: strict8, tolerant: tolerant8 },
  "dialogporten.dialog.activity.information.v1": { strict: strict9, tolerant: tolerant9 },
  "dialogporten.dialog.activity.payment-made.v1": { strict: strict10, tolerant: tolerant10 },
  "dialogporten.dialog.activity.sent-to-form-fill.v1": { strict: strict11, tolerant: tolerant11 },
  "dialogporten.dialog.activity.sent-to-payment.v1": { strict: strict12, tolerant: tolerant12 },
  "dialogporten.dialog.activity.sent-to-send-in.v1": { strict: strict13, tolerant: tolerant13 },
  "dialogporten.dialog.activity.sent-to-signing.v1": { strict: strict14, tolerant: tolerant14 },
  "dialogporten.dialog.activity.signature-provided.v1": { strict: strict15, tolerant: tolerant15 },
  "dialogporten.dialog.activity.transmission-opened.v1": { strict: strict16, tolerant: tolerant16 },
  "dialogporten.dialog.created.v1": { strict: strict17, tolerant: tolerant17 },
  "dialogporten.dialog.deleted.v1": { strict: strict18, tolerant: tolerant18 },
  "dialogporten.dialog.restored.v1": { strict: strict19, tolerant: tolerant19 },
  "dialogporten.dialog.seen.v1": { strict: strict20, tolerant: tolerant20 },
  "dialogporten.dialog.transmission.created.v1": { strict: strict21, tolerant: tolerant21 },
  "dialogporten.dialog.updated.v1": { strict: strict22, tolerant: tolerant22 },
};

export const subscriptionValidationValidators: ModeValidators = { strict: strict23, tolerant: tolerant23 };
