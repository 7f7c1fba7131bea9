// The consumer's errors as problem details, before the shared handling (`problemDetails`): the store cannot
// take the delivery (503, so the sender retries), a body that is not what its encoding says, and the
// refusal counts in `consumer_rejected_total`.

import type { Problem } from "@dialogporten-events/http-kit";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import type { Metrics } from "../metrics.js";
import { StoreBusyError, StoreUnavailableError } from "../store/store.js";
import { ACCEPTED_ENCODINGS, EncodingError } from "./content-encoding.js";
import { problems } from "./problem.js";

export function consumerErrors(metrics: Metrics, maxBodyBytes: number) {
  const refused = (reason: string, problem: Problem) => {
    metrics.count(metrics.rejected, reason);
    return problem;
  };
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): Problem | undefined => {
    if (error instanceof StoreBusyError) {
      // Backpressure, not a fault: the writer is behind; nothing was stored; the sender retries soon.
      reply.header("retry-after", "1");
      return refused("store-busy", problems.storeBusy());
    }
    if (error instanceof StoreUnavailableError) {
      request.log.error({ err: error }, "store unavailable; answering 503 so the sender retries");
      reply.header("retry-after", "10");
      return refused("store-unavailable", problems.storeUnavailable());
    }
    if (error instanceof EncodingError) {
      if (error.status === 415) {
        reply.header("accept-encoding", ACCEPTED_ENCODINGS);
        return refused("unsupported-encoding", problems.unsupportedMediaType(error.message));
      }
      if (error.status === 413) return refused("too-large", problems.tooLarge(maxBodyBytes));
      return refused("malformed-encoding", problems.badRequest(error.message));
    }
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE")
      return refused("too-large", problems.tooLarge(maxBodyBytes));
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      return refused("unsupported-media-type", problems.unsupportedMediaType(error.message));
    }
    return undefined;
  };
}
