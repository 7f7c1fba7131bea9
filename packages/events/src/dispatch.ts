import type {
  DialogportenEvent,
  DialogportenEventMap,
  DialogportenEventType,
} from "./generated/index.gen.js";

/** A handler per type, each receiving its narrowed event; `default` takes the types without one. */
export type EventHandlers<R> = {
  [T in DialogportenEventType]?: (event: DialogportenEventMap[T]) => R;
} & { default?: (event: DialogportenEvent) => R };

/** Calls the handler for the event's type (or `default`); `undefined` when neither exists. */
export function dispatchEvent<R>(event: DialogportenEvent, handlers: EventHandlers<R>): R | undefined {
  const handler = handlers[event.type] as ((event: DialogportenEvent) => R) | undefined;
  if (handler) return handler(event);
  return handlers.default?.(event);
}

/** `dispatchEvent` with the handlers bound once, for use as a callback. */
export function createDispatcher<R>(handlers: EventHandlers<R>): (event: DialogportenEvent) => R | undefined {
  return (event) => dispatchEvent(event, handlers);
}
