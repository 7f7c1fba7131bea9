// Maintenance under /api, with the read API's secret (`auth.ts` checks it before any body is read): inbox
// retention on demand, and quarantine replay.

import { type Problem, problemType, sendProblem } from "@dialogporten-events/http-kit";
import type { FastifyPluginAsync } from "fastify";
import { REPLAY_BATCH, type ReplayCounts, replayQuarantine } from "../maintenance/replay.js";
import type { PruneReport } from "../maintenance/retention.js";
import type { Metrics } from "../metrics.js";
import type { Store } from "../store/store.js";

export interface AdminApiDeps {
  store: Store;
  metrics: Metrics;
  /** The webhook's depth bound, applied again to replayed bodies. */
  maxJsonDepth: number;
  /** Runs retention now (sharing a run in progress). */
  prune(): Promise<PruneReport>;
  /** Replayed events entered the inbox: the worker should look. */
  onInboxChanged(): void;
}

/** Enough for any hand-picked list; "all" needs no list. */
const MAX_IDS = 10_000;

export const adminRoutes: FastifyPluginAsync<AdminApiDeps> = async (app, deps) => {
  app.post("/api/inbox/prune", async () => deps.prune());

  app.post("/api/quarantine/replay", async (request, reply) => {
    const ids = replayIds(request.body);
    if (typeof ids === "string") return sendProblem(reply, badReplay(ids));
    const counts: ReplayCounts = await replayQuarantine(
      deps.store,
      deps.metrics,
      ids,
      REPLAY_BATCH,
      deps.maxJsonDepth,
    );
    if (counts.accepted > 0) deps.onInboxChanged();
    return counts;
  });
};

/**
 * No body, `{}` or `{"ids": null}`: every quarantined delivery; `{"ids": [1, 2]}`: those. A string is what
 * is wrong with the body.
 */
function replayIds(body: unknown): number[] | undefined | string {
  const raw = Buffer.isBuffer(body) ? body.toString("utf8").trim() : "";
  if (raw === "") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return "the body is not JSON";
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return 'the body must be an object: {} for all, or {"ids": [1, 2]}';
  }
  const ids = (value as { ids?: unknown }).ids;
  if (ids === undefined || ids === null) return undefined;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_IDS) {
    return `ids must be a non-empty array of at most ${MAX_IDS} quarantine ids`;
  }
  if (!ids.every((id) => Number.isSafeInteger(id) && id > 0)) return "ids must be positive integers";
  return ids as number[];
}

function badReplay(detail: string): Problem {
  return { type: problemType("bad-replay-request"), title: "Bad replay request", status: 400, detail };
}
