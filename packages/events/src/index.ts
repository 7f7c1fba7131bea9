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
export type { Issue, ValidationMode } from "./issues.js";
export {
  type DialogportenResult,
  type ErrorCode,
  type ErrorResult,
  type ParseResult,
  parseEvent,
  type SubscriptionValidationResult,
  type UnknownEventResult,
  type ValidateOptions,
  validateEvent,
} from "./parse.js";
export { formatPartyUrn, type Party, type PartyKind, parsePartyUrn } from "./party-urn.js";
export {
  type Environment,
  environments,
  formatSource,
  type ParsedSource,
  parseSource,
  type SourceKind,
} from "./source.js";
export { uuidV4, uuidV7 } from "./uuid.js";
