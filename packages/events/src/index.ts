// The public API of dialogporten-events. Everything a user imports comes through here.

export { type BuildOptions, createEvent, type EventFields, EventValidationError } from "./build.js";
export { createDispatcher, dispatchEvent, type EventHandlers } from "./dispatch.js";
export type { AnyKnownEvent, CloudEvent } from "./events.js";
export * from "./generated/index.gen.js";
export {
  type ActivityEvent,
  type ActivityEventType,
  isActivityEvent,
  isDialogportenEventType,
  isEventType,
} from "./guards.js";
export { type IssueCode, issueCodes } from "./issue-codes.js";
export type { Issue, ValidationMode } from "./issues.js";
export { parseEvent, validateEvent } from "./parse.js";
export { formatPartyUrn, type Party, type PartyKind, parsePartyUrn } from "./party-urn.js";
export type {
  DialogportenResult,
  ErrorCode,
  ErrorResult,
  ParseResult,
  SubscriptionValidationResult,
  UnknownEventResult,
  ValidateOptions,
} from "./results.js";
export {
  type Environment,
  environments,
  formatSource,
  type ParsedSource,
  parseSource,
  type SourceKind,
  type SourceParts,
} from "./source.js";
export { uuidV4, uuidV7 } from "./uuid.js";
