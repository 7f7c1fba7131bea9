// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: 24 schemas in schemas/
// Change the schema and run `pnpm generate` instead.


import type { ModeValidators } from "../runtime/validator.js";
import type { DialogportenEventType } from "./index.gen.js";
import { explain as strictFamily0, verdict as strictFamilyVerdict0 } from "./validators/strict/families/dialogporten.dialog.activity.v1.gen.js";
import { explain as tolerantFamily0 } from "./validators/tolerant/families/dialogporten.dialog.activity.v1.gen.js";
import { explain as strictFamily1, verdict as strictFamilyVerdict1 } from "./validators/strict/families/dialogporten.dialog.v1.gen.js";
import { explain as tolerantFamily1 } from "./validators/tolerant/families/dialogporten.dialog.v1.gen.js";
import { validate as strict0 } from "./validators/strict/dialogporten.dialog.activity.closed.v1.gen.js";
import { validate as tolerant0 } from "./validators/tolerant/dialogporten.dialog.activity.closed.v1.gen.js";
const strictErrors0 = strictFamily0;
const strictVerdict0 = strictFamilyVerdict0;
const tolerantErrors0 = tolerantFamily0;
import { validate as strict1 } from "./validators/strict/dialogporten.dialog.activity.correspondence-confirmed.v1.gen.js";
import { validate as tolerant1 } from "./validators/tolerant/dialogporten.dialog.activity.correspondence-confirmed.v1.gen.js";
const strictErrors1 = strictFamily0;
const strictVerdict1 = strictFamilyVerdict0;
const tolerantErrors1 = tolerantFamily0;
import { validate as strict2 } from "./validators/strict/dialogporten.dialog.activity.correspondence-opened.v1.gen.js";
import { validate as tolerant2 } from "./validators/tolerant/dialogporten.dialog.activity.correspondence-opened.v1.gen.js";
const strictErrors2 = strictFamily0;
const strictVerdict2 = strictFamilyVerdict0;
const tolerantErrors2 = tolerantFamily0;
import { validate as strict3 } from "./validators/strict/dialogporten.dialog.activity.created.v1.gen.js";
import { validate as tolerant3 } from "./validators/tolerant/dialogporten.dialog.activity.created.v1.gen.js";
const strictErrors3 = strictFamily0;
const strictVerdict3 = strictFamilyVerdict0;
const tolerantErrors3 = tolerantFamily0;
import { validate as strict4 } from "./validators/strict/dialogporten.dialog.activity.dialog-deleted.v1.gen.js";
import { validate as tolerant4 } from "./validators/tolerant/dialogporten.dialog.activity.dialog-deleted.v1.gen.js";
const strictErrors4 = strictFamily0;
const strictVerdict4 = strictFamilyVerdict0;
const tolerantErrors4 = tolerantFamily0;
import { validate as strict5 } from "./validators/strict/dialogporten.dialog.activity.dialog-opened.v1.gen.js";
import { validate as tolerant5 } from "./validators/tolerant/dialogporten.dialog.activity.dialog-opened.v1.gen.js";
const strictErrors5 = strictFamily0;
const strictVerdict5 = strictFamilyVerdict0;
const tolerantErrors5 = tolerantFamily0;
import { validate as strict6 } from "./validators/strict/dialogporten.dialog.activity.dialog-restored.v1.gen.js";
import { validate as tolerant6 } from "./validators/tolerant/dialogporten.dialog.activity.dialog-restored.v1.gen.js";
const strictErrors6 = strictFamily0;
const strictVerdict6 = strictFamilyVerdict0;
const tolerantErrors6 = tolerantFamily0;
import { validate as strict7 } from "./validators/strict/dialogporten.dialog.activity.form-saved.v1.gen.js";
import { validate as tolerant7 } from "./validators/tolerant/dialogporten.dialog.activity.form-saved.v1.gen.js";
const strictErrors7 = strictFamily0;
const strictVerdict7 = strictFamilyVerdict0;
const tolerantErrors7 = tolerantFamily0;
import { validate as strict8 } from "./validators/strict/dialogporten.dialog.activity.form-submitted.v1.gen.js";
import { validate as tolerant8 } from "./validators/tolerant/dialogporten.dialog.activity.form-submitted.v1.gen.js";
const strictErrors8 = strictFamily0;
const strictVerdict8 = strictFamilyVerdict0;
const tolerantErrors8 = tolerantFamily0;
import { validate as strict9 } from "./validators/strict/dialogporten.dialog.activity.information.v1.gen.js";
import { validate as tolerant9 } from "./validators/tolerant/dialogporten.dialog.activity.information.v1.gen.js";
const strictErrors9 = strictFamily0;
const strictVerdict9 = strictFamilyVerdict0;
const tolerantErrors9 = tolerantFamily0;
import { validate as strict10 } from "./validators/strict/dialogporten.dialog.activity.payment-made.v1.gen.js";
import { validate as tolerant10 } from "./validators/tolerant/dialogporten.dialog.activity.payment-made.v1.gen.js";
const strictErrors10 = strictFamily0;
const strictVerdict10 = strictFamilyVerdict0;
const tolerantErrors10 = tolerantFamily0;
import { validate as strict11 } from "./validators/strict/dialogporten.dialog.activity.sent-to-form-fill.v1.gen.js";
import { validate as tolerant11 } from "./validators/tolerant/dialogporten.dialog.activity.sent-to-form-fill.v1.gen.js";
const strictErrors11 = strictFamily0;
const strictVerdict11 = strictFamilyVerdict0;
const tolerantErrors11 = tolerantFamily0;
import { validate as strict12 } from "./validators/strict/dialogporten.dialog.activity.sent-to-payment.v1.gen.js";
import { validate as tolerant12 } from "./validators/tolerant/dialogporten.dialog.activity.sent-to-payment.v1.gen.js";
const strictErrors12 = strictFamily0;
const strictVerdict12 = strictFamilyVerdict0;
const tolerantErrors12 = tolerantFamily0;
import { validate as strict13 } from "./validators/strict/dialogporten.dialog.activity.sent-to-send-in.v1.gen.js";
import { validate as tolerant13 } from "./validators/tolerant/dialogporten.dialog.activity.sent-to-send-in.v1.gen.js";
const strictErrors13 = strictFamily0;
const strictVerdict13 = strictFamilyVerdict0;
const tolerantErrors13 = tolerantFamily0;
import { validate as strict14 } from "./validators/strict/dialogporten.dialog.activity.sent-to-signing.v1.gen.js";
import { validate as tolerant14 } from "./validators/tolerant/dialogporten.dialog.activity.sent-to-signing.v1.gen.js";
const strictErrors14 = strictFamily0;
const strictVerdict14 = strictFamilyVerdict0;
const tolerantErrors14 = tolerantFamily0;
import { validate as strict15 } from "./validators/strict/dialogporten.dialog.activity.signature-provided.v1.gen.js";
import { validate as tolerant15 } from "./validators/tolerant/dialogporten.dialog.activity.signature-provided.v1.gen.js";
const strictErrors15 = strictFamily0;
const strictVerdict15 = strictFamilyVerdict0;
const tolerantErrors15 = tolerantFamily0;
import { validate as strict16 } from "./validators/strict/dialogporten.dialog.activity.transmission-opened.v1.gen.js";
import { validate as tolerant16 } from "./validators/tolerant/dialogporten.dialog.activity.transmission-opened.v1.gen.js";
const strictErrors16 = strictFamily0;
const strictVerdict16 = strictFamilyVerdict0;
const tolerantErrors16 = tolerantFamily0;
import { validate as strict17 } from "./validators/strict/dialogporten.dialog.created.v1.gen.js";
import { validate as tolerant17 } from "./validators/tolerant/dialogporten.dialog.created.v1.gen.js";
const strictErrors17 = strictFamily1;
const strictVerdict17 = strictFamilyVerdict1;
const tolerantErrors17 = tolerantFamily1;
import { validate as strict18 } from "./validators/strict/dialogporten.dialog.deleted.v1.gen.js";
import { validate as tolerant18 } from "./validators/tolerant/dialogporten.dialog.deleted.v1.gen.js";
const strictErrors18 = strictFamily1;
const strictVerdict18 = strictFamilyVerdict1;
const tolerantErrors18 = tolerantFamily1;
import { validate as strict19 } from "./validators/strict/dialogporten.dialog.restored.v1.gen.js";
import { validate as tolerant19 } from "./validators/tolerant/dialogporten.dialog.restored.v1.gen.js";
const strictErrors19 = strictFamily1;
const strictVerdict19 = strictFamilyVerdict1;
const tolerantErrors19 = tolerantFamily1;
import { validate as strict20 } from "./validators/strict/dialogporten.dialog.seen.v1.gen.js";
import { validate as tolerant20 } from "./validators/tolerant/dialogporten.dialog.seen.v1.gen.js";
const strictErrors20 = strictFamily1;
const strictVerdict20 = strictFamilyVerdict1;
const tolerantErrors20 = tolerantFamily1;
import { explain as strictErrors21, validate as strict21, verdict as strictVerdict21 } from "./validators/strict/dialogporten.dialog.transmission.created.v1.gen.js";
import { explain as tolerantErrors21, validate as tolerant21 } from "./validators/tolerant/dialogporten.dialog.transmission.created.v1.gen.js";
import { validate as strict22 } from "./validators/strict/dialogporten.dialog.updated.v1.gen.js";
import { validate as tolerant22 } from "./validators/tolerant/dialogporten.dialog.updated.v1.gen.js";
const strictErrors22 = strictFamily1;
const strictVerdict22 = strictFamilyVerdict1;
const tolerantErrors22 = tolerantFamily1;
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
