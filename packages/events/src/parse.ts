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
import type { SourceKind } from "./source.js";

export type ErrorCode = "malformed-json" | "not-a-cloudevent" | "invalid";

/**
 * A typed Dialogporten event. `warnings` lists what strict mode would refuse (tolerant mode only); it is
 * worked out when first read, so it is not an own property of the result: read it (or `JSON.stringify`
 * the result) rather than spreading the result into a new object.
 */
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

type Validators = (typeof eventValidators)[DialogportenEventType];

interface KnownType {
  validators: Validators;
  /** Which ids `source` carries; `undefined` for subscription validation. */
  sourceKind: SourceKind | undefined;
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
  const known = typeof type === "string" ? knownTypes.get(type) : undefined;
  if (known !== undefined) return validateKnown(value, type as string, known, mode);
  if (validateCloudEvent(value)) return { kind: "unknown", event: value as CloudEvent, warnings: NO_ISSUES };
  return {
    kind: "error",
    code: "not-a-cloudevent",
    issues: toIssues(validateCloudEvent.errors, "tolerant"),
    ...(typeof type === "string" ? { type } : {}),
    value,
  };
}

/** What strict mode says about a value: the schema's complaints, or the `source` invariants. */
function strictIssues(value: object, known: KnownType): Issue[] {
  if (!known.validators.strict(value)) return toIssues(known.validators.strict.errors, "strict");
  return known.sourceKind ? checkInvariants(value, known.sourceKind) : NO_ISSUES;
}

/**
 * An accepted event. In tolerant mode `warnings` (what strict mode would refuse) is worked out on first
 * read: a receiver that never looks at them never pays for a second validation.
 */
class Accepted {
  readonly kind: "dialogporten" | "subscription-validation";
  #warnings: Issue[] | undefined;
  readonly #known: KnownType;
  constructor(
    readonly event: object,
    known: KnownType,
    warnings: Issue[] | undefined,
  ) {
    this.kind = known.sourceKind ? "dialogporten" : "subscription-validation";
    this.#known = known;
    this.#warnings = warnings;
  }
  get warnings(): Issue[] {
    this.#warnings ??= strictIssues(this.event, this.#known);
    return this.#warnings;
  }
  toJSON() {
    return { kind: this.kind, event: this.event, warnings: this.warnings };
  }
}

function validateKnown(value: object, type: string, known: KnownType, mode: ValidationMode): ParseResult {
  if (mode === "tolerant") {
    if (known.validators.tolerant(value)) return new Accepted(value, known, undefined) as ParseResult;
    return {
      kind: "error",
      code: "invalid",
      issues: toIssues(known.validators.tolerant.errors, "tolerant"),
      type,
      value,
    };
  }
  const issues = strictIssues(value, known);
  if (issues.length === 0) return new Accepted(value, known, NO_ISSUES) as ParseResult;
  return { kind: "error", code: "invalid", issues, type, value };
}
