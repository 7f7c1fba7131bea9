// Maintenance under /api, with the read API's secret (`auth.ts` checks it before any body is read): inbox
// retention on demand, and quarantine replay.

import { ProblemError, problems } from "@dialogporten-events/http-kit";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
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

/**
 * No body, `{}` or `{"ids": null}`: every quarantined delivery; `{"ids": [1, 2]}`: those. The body arrives as
 * bytes whatever its content type (the server's parser), so it is read as JSON before the schema looks at it.
 */
const replaySchema = {
  body: {
    type: "object",
    properties: {
      ids: {
        anyOf: [
          { type: "null" },
          { type: "array", minItems: 1, maxItems: MAX_IDS, items: { type: "integer", minimum: 1 } },
        ],
      },
    },
  },
} as const;

export const adminRoutes: FastifyPluginAsync<AdminApiDeps> = async (app, deps) => {
  app.post("/api/inbox/prune", async () => deps.prune());

  app.post<{ Body: { ids?: number[] | null } }>(
    "/api/quarantine/replay",
    { schema: replaySchema, preValidation: readJsonBody },
    async (request) => {
      const counts: ReplayCounts = await replayQuarantine(
        deps.store,
        deps.metrics,
        request.body.ids ?? undefined,
        REPLAY_BATCH,
        deps.maxJsonDepth,
      );
      if (counts.accepted > 0) deps.onInboxChanged();
      return counts;
    },
  );
};

/** The raw body as JSON (none: `{}`); what is not JSON is a 400 before the schema runs. */
async function readJsonBody(request: FastifyRequest): Promise<void> {
  const raw = Buffer.isBuffer(request.body) ? request.body.toString("utf8").trim() : "";
  if (raw === "") {
    request.body = {};
    return;
  }
  try {
    request.body = JSON.parse(raw);
  } catch {
    throw new ProblemError(
      problems.badRequest("The body is not JSON.", [
        { in: "body", pointer: "", message: "is not JSON", keyword: "json" },
      ]),
    );
  }
}
