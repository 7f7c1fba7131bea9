// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: schemas/dialogporten.dialog.created.v1.schema.json
// Change the schema and run `pnpm generate` instead.


import { checkTolerant, notAnObject } from "../../../check.js";
import { parseBody } from "../../../read-body.js";
import type { DialogportenResult, ErrorResult } from "../../../results.js";
import type { DialogCreatedV1Event } from "../../events/dialogporten.dialog.created.v1.gen.js";
import { explain as strictErrors, validate as strict, verdict as strictVerdict } from "../../validators/strict/dialogporten.dialog.created.v1.gen.js";
import { explain as tolerantErrors, validate as tolerant } from "../../validators/tolerant/dialogporten.dialog.created.v1.gen.js";

/** The event type this entry point validates. */
export const type = "dialogporten.dialog.created.v1";

/** The validation mode of this entry point. */
export const mode = "tolerant";

const validators = { strict, tolerant, strictVerdict, strictErrors, tolerantErrors };

/**
 * Validates a parsed value as a `dialogporten.dialog.created.v1` event in tolerant mode: the checks and the result of the root
 * `validateEvent(value)` for this type. A value of another type is invalid here. Never throws.
 */
export function validateEvent(value: unknown): DialogportenResult<DialogCreatedV1Event> | ErrorResult {
  return (notAnObject(value) ??
    checkTolerant(value as object, validators, "dialog")) as DialogportenResult<DialogCreatedV1Event> | ErrorResult;
}

/** `validateEvent` on a webhook body: a string or bytes (UTF-8 JSON), or an already parsed value. Never throws. */
export function parseEvent(input: string | Uint8Array | unknown): DialogportenResult<DialogCreatedV1Event> | ErrorResult {
  return parseBody(input, validateEvent);
}

/** Whether `value` is a valid `dialogporten.dialog.created.v1` event in tolerant mode (what `validateEvent` accepts), as a type guard. */
export function validate(value: unknown): value is DialogCreatedV1Event {
  return tolerant(value);
}
