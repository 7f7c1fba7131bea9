// The typed handler registry behind `consumer.on(type, handler)`. Handlers see the event narrowed to its
// type and run from the inbox, after the webhook answered: at least once, so they must be idempotent.

import type { DialogportenEvent, DialogportenEventMap, DialogportenEventType } from "dialogporten-events";

export interface HandlerContext {
  /** The inbox item id: a stable key for idempotency on the handler's side. */
  inboxId: number;
  /** 1 on the first try. */
  attempt: number;
}

export type EventHandler<T extends DialogportenEventType> = (
  event: DialogportenEventMap[T],
  context: HandlerContext,
) => unknown | Promise<unknown>;

export class HandlerRegistry {
  private readonly byType = new Map<DialogportenEventType, EventHandler<DialogportenEventType>[]>();

  on<T extends DialogportenEventType>(type: T, handler: EventHandler<T>): () => void {
    const list = this.byType.get(type) ?? [];
    list.push(handler as EventHandler<DialogportenEventType>);
    this.byType.set(type, list);
    return () => {
      const at = list.indexOf(handler as EventHandler<DialogportenEventType>);
      if (at >= 0) list.splice(at, 1);
    };
  }

  /** Runs every handler of the event's type in registration order; the first failure fails the item. */
  async run(event: DialogportenEvent, context: HandlerContext): Promise<void> {
    for (const handler of [...(this.byType.get(event.type) ?? [])]) {
      await handler(event, context);
    }
  }
}
