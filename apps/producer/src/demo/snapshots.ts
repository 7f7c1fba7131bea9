import { firstDifference } from "./compare.js";
import type { ConsumerProcess } from "./consumer.js";
import type { DialogportenClient, ScriptReport } from "./dialog-calls.js";

export interface SnapshotComparison {
  /** Dialogs compared. */
  dialogs: number;
  /** Of them, soft-deleted or purged on the stand-in. */
  deleted: number;
  /** Empty when the consumer's snapshot of every dialog equals the stand-in's own service-owner GET. */
  differences: string[];
}

/**
 * The consumer's enriched snapshot of each dialog against the stand-in's own GET of it, now: the same
 * `revision` and the same document; a purged dialog (404 at the stand-in) must be `deleted` in the consumer.
 */
export async function compareSnapshots(
  consumer: ConsumerProcess,
  serviceOwner: DialogportenClient,
  script: ScriptReport,
): Promise<SnapshotComparison> {
  const result: SnapshotComparison = { dialogs: script.dialogs.length, deleted: 0, differences: [] };
  for (const dialogId of script.dialogs) {
    const [standIn, snapshot] = await Promise.all([
      serviceOwner.GET("/api/v1/serviceowner/dialogs/{dialogId}", { params: { path: { dialogId } } }),
      consumer.snapshot(dialogId),
    ]);
    const differ = (what: string) => result.differences.push(`${dialogId}: ${what}`);
    if (standIn.response.status === 404 || standIn.response.status === 410) {
      result.deleted++;
      if (snapshot?.status !== "deleted")
        differ(`gone at the stand-in, ${snapshot?.status ?? "no snapshot"} in the consumer`);
      continue;
    }
    if (!standIn.data) {
      differ(`the stand-in's GET answered HTTP ${standIn.response.status}`);
      continue;
    }
    if (standIn.data.deletedAt) result.deleted++;
    if (!snapshot) differ("no snapshot in the consumer");
    else if (snapshot.pending) differ("the consumer's fetch is still pending");
    else if (snapshot.revision !== standIn.data.revision)
      differ(`revision ${snapshot.revision} in the consumer, ${standIn.data.revision} at the stand-in`);
    else {
      const at = firstDifference(snapshot.dialog, standIn.data);
      if (at !== undefined) differ(`the documents differ at ${at}`);
    }
  }
  return result;
}
