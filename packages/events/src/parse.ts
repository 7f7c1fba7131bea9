import { checkKnown, notAnObject, type SourceShape } from "./check.js";
import type { CloudEvent } from "./events.js";
import {
  type DialogportenEventType,
  SUBSCRIPTION_VALIDATION_TYPE,
  sourceKinds,
} from "./generated/index.gen.js";
import {
  eventValidators,
  subscriptionValidationValidators,
  validateCloudEvent,
} from "./generated/validators.gen.js";
import { toIssues } from "./issues.js";
import { MalformedBody, readBody } from "./read-body.js";
import type { ErrorResult, ParseResult, ValidateOptions } from "./results.js";
import type { ModeValidators } from "./runtime/validator.js";

interface KnownType {
  validators: ModeValidators;
  sourceKind: SourceShape;
}

// One lookup per event: a Map hashes the (not interned) `type` string once, where reading three objects
// by it would intern it first.
const knownTypes = new Map<string, KnownType>([
  ...Object.entries(eventValidators).map(
    ([type, validators]) =>
      [type, { validators, sourceKind: sourceKinds[type as DialogportenEventType] }] as [string, KnownType],
  ),
  [SUBSCRIPTION_VALIDATION_TYPE, { validators: subscriptionValidationValidators, sourceKind: undefined }],
]);

/** Parses a webhook body (string or bytes) or takes an already parsed value, then validates it. Never throws. */
export function parseEvent(input: string | Uint8Array | unknown, options?: ValidateOptions): ParseResult {
  const value = readBody(input);
  return value instanceof MalformedBody ? value.result : validateEvent(value, options);
}

/** Validates a parsed value and says what it is. Never throws. */
export function validateEvent(value: unknown, options?: ValidateOptions): ParseResult {
  const mode = options?.mode ?? "tolerant";
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return notAnObject(value) as ErrorResult;
  const type = (value as { type?: unknown }).type;
  const known = typeof type === "string" ? knownTypes.get(type) : undefined;
  if (known !== undefined) return checkKnown(value as object, known.validators, known.sourceKind, mode);
  if (validateCloudEvent(value)) return { kind: "unknown", event: value as CloudEvent, warnings: [] };
  return {
    kind: "error",
    code: "not-a-cloudevent",
    issues: toIssues(validateCloudEvent.errors, "tolerant", value),
    ...(typeof type === "string" ? { type } : {}),
    value,
  };
}
