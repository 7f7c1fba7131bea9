// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: 24 schemas in schemas/
// Change the schema and run `pnpm generate` instead.


import type { ModeValidators } from "../runtime/validator.js";
import type { DialogportenEventType } from "./index.gen.js";
import { explain as strictErrors0, validate as strict0, verdict as strictVerdict0 } from "./validators/strict/dialogporten.dialog.activity.closed.v1.gen.js";
import { explain as tolerantErrors0, validate as tolerant0 } from "./validators/tolerant/dialogporten.dialog.activity.closed.v1.gen.js";
import { explain as strictErrors1, validate as strict1, verdict as strictVerdict1 } from "./validators/strict/dialogporten.dialog.activity.correspondence-confirmed.v1.gen.js";
import { explain as tolerantErrors1, validate as tolerant1 } from "./validators/tolerant/dialogporten.dialog.activity.correspondence-confirmed.v1.gen.js";
import { explain as strictErrors2, validate as strict2, verdict as strictVerdict2 } from "./validators/strict/dialogporten.dialog.activity.correspondence-opened.v1.gen.js";
import { explain as tolerantErrors2, validate as tolerant2 } from "./validators/tolerant/dialogporten.dialog.activity.correspondence-opened.v1.gen.js";
import { explain as strictErrors3, validate as strict3, verdict as strictVerdict3 } from "./validators/strict/dialogporten.dialog.activity.created.v1.gen.js";
import { explain as tolerantErrors3, validate as tolerant3 } from "./validators/tolerant/dialogporten.dialog.activity.created.v1.gen.js";
import { explain as strictErrors4, validate as strict4, verdict as strictVerdict4 } from "./validators/strict/dialogporten.dialog.activity.dialog-deleted.v1.gen.js";
import { explain as tolerantErrors4, validate as tolerant4 } from "./validators/tolerant/dialogporten.dialog.activity.dialog-deleted.v1.gen.js";
import { explain as strictErrors5, validate as strict5, verdict as strictVerdict5 } from "./validators/strict/dialogporten.dialog.activity.dialog-opened.v1.gen.js";
import { explain as tolerantErrors5, validate as tolerant5 } from "./validators/tolerant/dialogporten.dialog.activity.dialog-opened.v1.gen.js";
import { explain as strictErrors6, validate as strict6, verdict as strictVerdict6 } from "./validators/strict/dialogporten.dialog.activity.dialog-restored.v1.gen.js";
import { explain as tolerantErrors6, validate as tolerant6 } from "./validators/tolerant/dialogporten.dialog.activity.dialog-restored.v1.gen.js";
import { explain as strictErrors7, validate as strict7, verdict as strictVerdict7 } from "./validators/strict/dialogporten.dialog.activity.form-saved.v1.gen.js";
import { explain as tolerantErrors7, validate as tolerant7 } from "./validators/tolerant/dialogporten.dialog.activity.form-saved.v1.gen.js";
import { explain as strictErrors8, validate as strict8, verdict as strictVerdict8 } from "./validators/strict/dialogporten.dialog.activity.form-submitted.v1.gen.js";
import { explain as tolerantErrors8, validate as tolerant8 } from "./validators/tolerant/dialogporten.dialog.activity.form-submitted.v1.gen.js";
import { explain as strictErrors9, validate as strict9, verdict as strictVerdict9 } from "./validators/strict/dialogporten.dialog.activity.information.v1.gen.js";
import { explain as tolerantErrors9, validate as tolerant9 } from "./validators/tolerant/dialogporten.dialog.activity.information.v1.gen.js";
import { explain as strictErrors10, validate as strict10, verdict as strictVerdict10 } from "./validators/strict/dialogporten.dialog.activity.payment-made.v1.gen.js";
import { explain as tolerantErrors10, validate as tolerant10 } from "./validators/tolerant/dialogporten.dialog.activity.payment-made.v1.gen.js";
import { explain as strictErrors11, validate as strict11, verdict as strictVerdict11 } from "./validators/strict/dialogporten.dialog.activity.sent-to-form-fill.v1.gen.js";
import { explain as tolerantErrors11, validate as tolerant11 } from "./validators/tolerant/dialogporten.dialog.activity.sent-to-form-fill.v1.gen.js";
import { explain as strictErrors12, validate as strict12, verdict as strictVerdict12 } from "./validators/strict/dialogporten.dialog.activity.sent-to-payment.v1.gen.js";
import { explain as tolerantErrors12, validate as tolerant12 } from "./validators/tolerant/dialogporten.dialog.activity.sent-to-payment.v1.gen.js";
import { explain as strictErrors13, validate as strict13, verdict as strictVerdict13 } from "./validators/strict/dialogporten.dialog.activity.sent-to-send-in.v1.gen.js";
import { explain as tolerantErrors13, validate as tolerant13 } from "./validators/tolerant/dialogporten.dialog.activity.sent-to-send-in.v1.gen.js";
import { explain as strictErrors14, validate as strict14, verdict as strictVerdict14 } from "./validators/strict/dialogporten.dialog.activity.sent-to-signing.v1.gen.js";
import { explain as tolerantErrors14, validate as tolerant14 } from "./validators/tolerant/dialogporten.dialog.activity.sent-to-signing.v1.gen.js";
import { explain as strictErrors15, validate as strict15, verdict as strictVerdict15 } from "./validators/strict/dialogporten.dialog.activity.signature-provided.v1.gen.js";
import { explain as tolerantErrors15, validate as tolerant15 } from "./validators/tolerant/dialogporten.dialog.activity.signature-provided.v1.gen.js";
import { explain as strictErrors16, validate as strict16, verdict as strictVerdict16 } from "./validators/strict/dialogporten.dialog.activity.transmission-opened.v1.gen.js";
import { explain as tolerantErrors16, validate as tolerant16 } from "./validators/tolerant/dialogporten.dialog.activity.transmission-opened.v1.gen.js";
import { explain as strictErrors17, validate as strict17, verdict as strictVerdict17 } from "./validators/strict/dialogporten.dialog.created.v1.gen.js";
import { explain as tolerantErrors17, validate as tolerant17 } from "./validators/tolerant/dialogporten.dialog.created.v1.gen.js";
import { explain as strictErrors18, validate as strict18, verdict as strictVerdict18 } from "./validators/strict/dialogporten.dialog.deleted.v1.gen.js";
import { explain as tolerantErrors18, validate as tolerant18 } from "./validators/tolerant/dialogporten.dialog.deleted.v1.gen.js";
import { explain as strictErrors19, validate as strict19, verdict as strictVerdict19 } from "./validators/strict/dialogporten.dialog.restored.v1.gen.js";
import { explain as tolerantErrors19, validate as tolerant19 } from "./validators/tolerant/dialogporten.dialog.restored.v1.gen.js";
import { explain as strictErrors20, validate as strict20, verdict as strictVerdict20 } from "./validators/strict/dialogporten.dialog.seen.v1.gen.js";
import { explain as tolerantErrors20, validate as tolerant20 } from "./validators/tolerant/dialogporten.dialog.seen.v1.gen.js";
import { explain as strictErrors21, validate as strict21, verdict as strictVerdict21 } from "./validators/strict/dialogporten.dialog.transmission.created.v1.gen.js";
import { explain as tolerantErrors21, validate as tolerant21 } from "./validators/tolerant/dialogporten.dialog.transmission.created.v1.gen.js";
import { explain as strictErrors22, validate as strict22, verdict as strictVerdict22 } from "./validators/strict/dialogporten.dialog.updated.v1.gen.js";
import { explain as tolerantErrors22, validate as tolerant22 } from "./validators/tolerant/dialogporten.dialog.updated.v1.gen.js";
import { explain as strictErrors23, validate as strict23, verdict as strictVerdict23 } from "./validators/strict/platform.events.validatesubscription.gen.js";
import { explain as tolerantErrors23, validate as tolerant23 } from "./validators/tolerant/platform.events.validatesubscription.gen.js";
export { validate as validateCloudEvent } from "./validators/cloudevent.gen.js";

export const eventValidators: { readonly [T in DialogportenEventType]: ModeValidators } = {
  "dialogporten.dialog.activity.closed.v1": { strict: strict0, tolerant: tolerant0, strictVerdict: strictVerdict0, strictErrors: strictErrors0, tolerantErrors: tolerantErrors0 },
  "dialogporten.dialog.activity.correspondence-confirmed.v1": { strict: strict1, tolerant: tolerant1, strictVerdict: strictVerdict1, strictErrors: strictErrors1, tolerantErrors: tolerantErrors1 },
  "dialogporten.dialog.activity.correspondence-opened.v1": { strict: strict2, tolerant: tolerant2, strictVerdict: strictVerdict2, strictErrors: strictErrors2, tolerantErrors: tolerantErrors2 },
  "dialogporten.dialog.activity.created.v1": { strict: strict3, tolerant: tolerant3, strictVerdict: strictVerdict3, strictErrors: strictErrors3, tolerantErrors: tolerantErrors3 },
  "dialogporten.dialog.activity.dialog-deleted.v1": { strict: strict4, tolerant: tolerant4, strictVerdict: strictVerdict4, strictErrors: strictErrors4, tolerantErrors: tolerantErrors4 },
  "dialogporten.dialog.activity.dialog-opened.v1": { strict: strict5, tolerant: tolerant5, strictVerdict: strictVerdict5, strictErrors: strictErrors5, tolerantErrors: tolerantErrors5 },
  "dialogporten.dialog.activity.dialog-restored.v1": { strict: strict6, tolerant: tolerant6, strictVerdict: strictVerdict6, strictErrors: strictErrors6, tolerantErrors: tolerantErrors6 },
  "dialogporten.dialog.activity.form-saved.v1": { strict: strict7, tolerant: tolerant7, strictVerdict: strictVerdict7, strictErrors: strictErrors7, tolerantErrors: tolerantErrors7 },
  "dialogporten.dialog.activity.form-submitted.v1": { strict: strict8, tolerant: tolerant8, strictVerdict: strictVerdict8, strictErrors: strictErrors8, tolerantErrors: tolerantErrors8 },
  "dialogporten.dialog.activity.information.v1": { strict: strict9, tolerant: tolerant9, strictVerdict: strictVerdict9, strictErrors: strictErrors9, tolerantErrors: tolerantErrors9 },
  "dialogporten.dialog.activity.payment-made.v1": { strict: strict10, tolerant: tolerant10, strictVerdict: strictVerdict10, strictErrors: strictErrors10, tolerantErrors: tolerantErrors10 },
  "dialogporten.dialog.activity.sent-to-form-fill.v1": { strict: strict11, tolerant: tolerant11, strictVerdict: strictVerdict11, strictErrors: strictErrors11, tolerantErrors: tolerantErrors11 },
  "dialogporten.dialog.activity.sent-to-payment.v1": { strict: strict12, tolerant: tolerant12, strictVerdict: strictVerdict12, strictErrors: strictErrors12, tolerantErrors: tolerantErrors12 },
  "dialogporten.dialog.activity.sent-to-send-in.v1": { strict: strict13, tolerant: tolerant13, strictVerdict: strictVerdict13, strictErrors: strictErrors13, tolerantErrors: tolerantErrors13 },
  "dialogporten.dialog.activity.sent-to-signing.v1": { strict: strict14, tolerant: tolerant14, strictVerdict: strictVerdict14, strictErrors: strictErrors14, tolerantErrors: tolerantErrors14 },
  "dialogporten.dialog.activity.signature-provided.v1": { strict: strict15, tolerant: tolerant15, strictVerdict: strictVerdict15, strictErrors: strictErrors15, tolerantErrors: tolerantErrors15 },
  "dialogporten.dialog.activity.transmission-opened.v1": { strict: strict16, tolerant: tolerant16, strictVerdict: strictVerdict16, strictErrors: strictErrors16, tolerantErrors: tolerantErrors16 },
  "dialogporten.dialog.created.v1": { strict: strict17, tolerant: tolerant17, strictVerdict: strictVerdict17, strictErrors: strictErrors17, tolerantErrors: tolerantErrors17 },
  "dialogporten.dialog.deleted.v1": { strict: strict18, tolerant: tolerant18, strictVerdict: strictVerdict18, strictErrors: strictErrors18, tolerantErrors: tolerantErrors18 },
  "dialogporten.dialog.restored.v1": { strict: strict19, tolerant: tolerant19, strictVerdict: strictVerdict19, strictErrors: strictErrors19, tolerantErrors: tolerantErrors19 },
  "dialogporten.dialog.seen.v1": { strict: strict20, tolerant: tolerant20, strictVerdict: strictVerdict20, strictErrors: strictErrors20, tolerantErrors: tolerantErrors20 },
  "dialogporten.dialog.transmission.created.v1": { strict: strict21, tolerant: tolerant21, strictVerdict: strictVerdict21, strictErrors: strictErrors21, tolerantErrors: tolerantErrors21 },
  "dialogporten.dialog.updated.v1": { strict: strict22, tolerant: tolerant22, strictVerdict: strictVerdict22, strictErrors: strictErrors22, tolerantErrors: tolerantErrors22 },
};

export const subscriptionValidationValidators: ModeValidators = { strict: strict23, tolerant: tolerant23, strictVerdict: strictVerdict23, strictErrors: strictErrors23, tolerantErrors: tolerantErrors23 };
