import type { CloudEvent } from "./events.js";
import type { DialogportenEvent, SubscriptionValidationEvent } from "./generated/index.gen.js";
import type { Issue, ValidationMode } from "./issues.js";

export type ErrorCode = "malformed-json" | "not-a-cloudevent" | "invalid";

/**
 * A typed Dialogporten event. `warnings` lists what strict mode would refuse (tolerant mode; always empty
 * in strict mode). Results are plain data: spread, clone or serialize them as they are.
 */
export interface DialogportenResult<E extends DialogportenEvent = DialogportenEvent> {
  kind: "dialogporten";
  event: E;
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
