// Dead letters: deliveries that failed every attempt. Replay puts them back in the queue with a fresh
// schedule (the real broker cannot).

import { type DeliveryFilter, listDeliveries } from "./deliveries.js";
import type { Delivery } from "./store.js";
import type { OutboxExecutor } from "./tables.js";

export class DeadLetterRepository {
  constructor(private readonly db: OutboxExecutor) {}

  list(filter: Omit<DeliveryFilter, "status"> = {}): Promise<Delivery[]> {
    return listDeliveries(this.db, { ...filter, status: "dead" });
  }

  /** Back to pending, due at `now`, attempts from 0; all of them when `ids` is absent. */
  async replay(ids: number[] | undefined, now: number): Promise<number> {
    const valid = ids?.filter((id) => Number.isSafeInteger(id));
    if (valid?.length === 0) return 0;
    return this.db.run(
      this.db.qb
        .updateTable("deliveries")
        .set({
          status: "pending",
          attempts: 0,
          next_attempt_at: now,
          lease_owner: null,
          lease_until: null,
          updated_at: now,
        })
        .where("status", "=", "dead")
        .$if(valid !== undefined, (q) => q.where("id", "in", valid as number[])),
    );
  }
}
