import type { CloudEvent } from "./events.js";
import {
  type DialogportenEvent,
  type DialogportenEventType,
  SUBSCRIPTION_VALIDATION_TYPE,
  type SubscriptionValidationEvent,
  sourceKinds,
} from "./generated/index.gen.js";
import {
  eventValidators,
  subscriptionValidationValidators,
  validateCloudEvent,
} from "./generated/validators.gen.js";
import { checkInvariants } from "./invariants.js";
import { type Issue, toIssues, type ValidationMode } from "./issues.js";

export type ErrorCode = "malformed-json" | "not-a-cloudevent" | "invalid";

/** A typed Dialogporten event. `warnings` lists what strict mode would refuse (tolerant mode only). */
export interface DialogportenResult {
  kind: "dialogporten";
  event: DialogportenEvent;
  warnings: Issue[];
}
export interface SubscriptionValidationResult {
  kind: "subscription-validation";
  event: SubscriptionValidationEvent;
  warnings: Issue[];
}
/** A well-formed CloudEvent of another producer or of a Dialogporten type this version does not know. */
export interface UnknownEventResult {
  kind: "unknown";
  event: CloudEvent;
  warnings: Issue[];
}
export interface ErrorResult {
  kind: "error";
  code: ErrorCode;
  issues: Issue[];
  /** The event's `type`, when it had one. */
  type?: string;
  /** The parsed input, when it was JSON: keep it (quarantine it) rather than drop it. */
  value?: unknown;
}

export type ParseResult =
  | DialogportenResult
  | SubscriptionValidationResult
  | UnknownEventResult
  | ErrorResult;

export interface ValidateOptions {
  /** `tolerant` (default) accepts what really arrives; `strict` accepts only the canonical form. */
  mode?: ValidationMode;
}

const NO_ISSUES: Issue[] = [];
const utf8 = new TextDecoder("utf-8", { fatal: true });
const hasOwn = Object.prototype.hasOwnProperty;

/** Parses a webhook body (string or bytes) or takes an already parsed value, then validates it. */
export function parseEvent(input: string | Uint8Array | unknown, options?: ValidateOptions): ParseResult {
  if (typeof input === "string") return parseText(input, options);
  if (input instanceof Uint8Array) {
    let text: string;
    try {
      text = utf8.decode(input);
    } catch {
      return malformed("the body is not valid UTF-8");
    }
    return parseText(text, options);
  }
  return validateEvent(input, options);
}

function parseText(text: string, options: ValidateOptions | undefined): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return malformed(`the body is not valid JSON: ${(error as Error).message}`);
  }
  return validateEvent(value, options);
}

function malformed(message: string): ErrorResult {
  return { kind: "error", code: "malformed-json", issues: [{ pointer: "", message, keyword: "json" }] };
}

/** Validates a parsed value and says what it is. Never throws. */
export function validateEvent(value: unknown, options?: ValidateOptions): ParseResult {
  const mode = options?.mode ?? "tolerant";
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const what = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    return {
      kind: "error",
      code: "not-a-cloudevent",
      issues: [{ pointer: "", message: `a CloudEvent is a JSON object, not ${what}`, keyword: "type" }],
      value,
    };
  }
  const type = (value as { type?: unknown }).type;
  if (typeof type === "string" && hasOwn.call(eventValidators, type)) {
    const eventType = type as DialogportenEventType;
    return validateKnown(value, eventType, eventValidators[eventType], mode, sourceKinds[eventType]);
  }
  if (type === SUBSCRIPTION_VALIDATION_TYPE)
    return validateKnown(value, type, subscriptionValidationValidators, mode);
  if (validateCloudEvent(value)) return { kind: "unknown", event: value as CloudEvent, warnings: NO_ISSUES };
  return {
    kind: "error",
    code: "not-a-cloudevent",
    issues: toIssues(validateCloudEvent.errors, "tolerant"),
    ...(typeof type === "string" ? { type } : {}),
    value,
  };
}

type Validators = (typeof eventValidators)[DialogportenEventType];

/**
 * Strict first, in both modes: real traffic is canonical, so one pass usually settles it. Only when strict
 * refuses does tolerant mode run its own validator, and strict's complaints become warnings.
 */
function validateKnown(
  value: object,
  type: string,
  validators: Validators,
  mode: ValidationMode,
  sourceKind?: "dialog" | "activity" | "transmission",
): ParseResult {
  const kind = sourceKind ? "dialogporten" : "subscription-validation";
  let invariantIssues: Issue[] | undefined;
  if (validators.strict(value)) {
    if (!sourceKind) return { kind, event: value, warnings: NO_ISSUES } as ParseResult;
    invariantIssues = checkInvariants(value, sourceKind);
    if (invariantIssues.length === 0) return { kind, event: value, warnings: NO_ISSUES } as ParseResult;
  }
  // Keep strict's errors before the tolerant run overwrites them; word them only if someone will read them.
  const strictErrors = validators.strict.errors;
  const strictIssues = () => invariantIssues ?? toIssues(strictErrors, "strict");
  if (mode === "strict") return { kind: "error", code: "invalid", issues: strictIssues(), type, value };
  if (validators.tolerant(value)) return { kind, event: value, warnings: strictIssues() } as ParseResult;
  return {
    kind: "error",
    code: "invalid",
    issues: toIssues(validators.tolerant.errors, "tolerant"),
    type,
    value,
  };
}
