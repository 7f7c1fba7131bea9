// The stats repository: counters for facts that leave no row behind, and the `/api/stats` totals.

import { type Executor, prepared } from "@dialogporten-events/db";
import type { ConsumerTables } from "./schema.js";
import type { ConsumerStats } from "./store.js";

type Ex = Executor<ConsumerTables>;

const bumpRow = prepared<ConsumerTables, { name: string; by: number }, never>((qb, p) =>
  qb
    .insertInto("counters")
    .values({ name: p("name"), value: p("by") })
    .onConflict((c) =>
      c.column("name").doUpdateSet((eb) => ({ value: eb("counters.value", "+", eb.ref("excluded.value")) })),
    ),
);

/** Counter names: `duplicates`, and what retention deleted (`pruned`, `pruned:<kind>`). */
export async function bump(ex: Ex, name: string, by: number): Promise<void> {
  if (by !== 0) await ex.run(bumpRow(ex, { name, by }));
}

/** One statement, one snapshot. Items deleted by retention still count in the totals (`pruned`). */
export async function read(ex: Ex): Promise<ConsumerStats> {
  const row = await ex.first(
    ex.qb.selectNoFrom((eb) => {
      const inbox = () => eb.selectFrom("inbox").select((s) => s.fn.countAll<number>().as("n"));
      const counter = (name: string) =>
        eb
          .selectFrom("counters")
          .select((s) => s.fn.coalesce(s.fn.max("value"), s.lit(0)).as("n"))
          .where("name", "=", name);
      return [
        inbox().as("inbox"),
        inbox().where("kind", "=", "unknown").as("unknown"),
        inbox().where("kind", "=", "subscription-validation").as("validations"),
        inbox().where("status", "=", "processed").as("processed"),
        inbox().where("status", "=", "failed").as("failed"),
        inbox().where("status", "=", "pending").as("pending"),
        eb
          .selectFrom("quarantine")
          .select((s) => s.fn.countAll<number>().as("n"))
          .as("quarantined"),
        eb
          .selectFrom("dialogs")
          .select((s) => s.fn.countAll<number>().as("n"))
          .as("dialogs"),
        counter("duplicates").as("duplicates"),
        counter("pruned").as("pruned"),
        counter("pruned:unknown").as("prunedUnknown"),
        counter("pruned:subscription-validation").as("prunedValidations"),
      ];
    }),
  );
  const n = (value: unknown) => Number(value ?? 0);
  const r = row as Record<string, unknown>;
  const pruned = n(r.pruned);
  const accepted = n(r.inbox) + pruned;
  const duplicates = n(r.duplicates);
  const quarantined = n(r.quarantined);
  return {
    received: accepted + duplicates + quarantined,
    accepted,
    duplicates,
    quarantined,
    unknown: n(r.unknown) + n(r.prunedUnknown),
    subscriptionValidations: n(r.validations) + n(r.prunedValidations),
    processed: n(r.processed) + pruned,
    failed: n(r.failed),
    pending: n(r.pending),
    dialogs: n(r.dialogs),
    pruned,
  };
}
