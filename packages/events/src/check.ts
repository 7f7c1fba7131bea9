import { checkCanonicalInvariants, checkInvariants } from "./invariants.js";
import { type Issue, inputIssue, toIssues, type ValidationMode } from "./issues.js";
import type { DialogportenResult, ErrorResult, SubscriptionValidationResult } from "./results.js";
import type { CompiledValidator, ModeValidators } from "./runtime/validator.js";
import type { SourceKind } from "./source.js";

/** Which ids an event's `source` carries; `undefined` for the subscription validation event. */
export type SourceShape = SourceKind | undefined;

export type AcceptedResult = DialogportenResult | SubscriptionValidationResult;

/** The error result for a value that is not a JSON object, or `undefined` when it is one. */
export function notAnObject(value: unknown): ErrorResult | undefined {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return undefined;
  const what = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
  return {
    kind: "error",
    code: "not-a-cloudevent",
    issues: [inputIssue("not-an-object", `a CloudEvent is a JSON object, not ${what}`, "type")],
    value,
  };
}

function accepted(event: object, sourceKind: SourceShape, warnings: Issue[]): AcceptedResult {
  return {
    kind: sourceKind ? "dialogporten" : "subscription-validation",
    event,
    warnings,
  } as AcceptedResult;
}

function invalid(value: object, issues: Issue[]): ErrorResult {
  const type = (value as { type?: unknown }).type;
  return typeof type === "string"
    ? { kind: "error", code: "invalid", issues, type, value }
    : { kind: "error", code: "invalid", issues, value };
}

/**
 * Everything strict mode says about a value: the schema's issues and every consistency check it allows.
 * `strict` is either the full validator or, when its plain check has already said no, Ajv's alone.
 */
function strictIssues(value: object, strict: CompiledValidator, sourceKind: SourceShape): Issue[] {
  if (strict(value)) return sourceKind ? checkCanonicalInvariants(value, sourceKind) : [];
  const issues = toIssues(strict.errors, "strict", value);
  if (sourceKind) checkInvariants(value, sourceKind, issues);
  return issues;
}

/** Strict mode on an object of a known type: accepted with no warnings, or every issue. */
export function checkStrict(
  value: object,
  strict: CompiledValidator,
  sourceKind: SourceShape,
): AcceptedResult | ErrorResult {
  const issues = strictIssues(value, strict, sourceKind);
  return issues.length === 0 ? accepted(value, sourceKind, issues) : invalid(value, issues);
}

/**
 * Tolerant mode on an object of a known type. The strict schema's plain check comes first: most events
 * are canonical, and that one pass then both accepts the event (the strict schema is the tolerant one
 * narrowed) and, comparing the ids in `source` as it goes, usually leaves nothing to warn about. Only an
 * event it does not accept
 * pays for the tolerant check (Ajv's, straight away: such an event is often invalid, and then its errors
 * are needed anyway) and, when that passes, for the detailed strict issues as warnings.
 */
export function checkTolerant(
  value: object,
  validators: ModeValidators,
  sourceKind: SourceShape,
): AcceptedResult | ErrorResult {
  const verdict = validators.strictVerdict(value);
  if (verdict === 2) return accepted(value, sourceKind, []);
  if (verdict === 1)
    return accepted(value, sourceKind, sourceKind ? checkCanonicalInvariants(value, sourceKind) : []);
  if (!validators.tolerantErrors(value))
    return invalid(value, toIssues(validators.tolerantErrors.errors, "tolerant", value));
  return accepted(value, sourceKind, strictIssues(value, validators.strictErrors, sourceKind));
}

export function checkKnown(
  value: object,
  validators: ModeValidators,
  sourceKind: SourceShape,
  mode: ValidationMode,
): AcceptedResult | ErrorResult {
  return mode === "tolerant"
    ? checkTolerant(value, validators, sourceKind)
    : checkStrict(value, validators.strict, sourceKind);
}

/** Whether `checkStrict` would accept the value, without working out its issues. */
export function passesStrict(value: unknown, strict: CompiledValidator, sourceKind: SourceShape): boolean {
  if (!strict(value)) return false;
  return !sourceKind || checkCanonicalInvariants(value as object, sourceKind).length === 0;
}
