import { bearerAuth, problems, sendProblem } from "@dialogporten-events/http-kit";
import type { FastifyPluginAsync } from "fastify";
import { SCOPES } from "../auth/scopes.js";
import type { TokenIssuer } from "../auth/tokens.js";
import type { PublishService } from "../broker.js";
import { producerProblems } from "./problem.js";

const MEDIA_TYPE = "application/cloudevents+json";

/**
 * `POST /events/api/v1/events` as Altinn Events has it: one structured CloudEvent, media type
 * application/cloudevents+json, answer 200 with no body once the event is durably stored; tokens with
 * `altinn:events.publish`. The body is
 * checked by strict validation (the contract's own schemas), not by a route schema.
 */
export const publishRoutes: FastifyPluginAsync<{ broker: PublishService; tokens: TokenIssuer }> = async (
  app,
  { broker, tokens },
) => {
  app.addHook("onRequest", bearerAuth({ verify: (t) => tokens.verify(t), scopes: [SCOPES.publish] }));
  // Encapsulated: only this plugin's route reads CloudEvents JSON.
  app.addContentTypeParser(MEDIA_TYPE, { parseAs: "string" }, (_request, body, done) => {
    try {
      done(null, { parsed: JSON.parse(body as string) });
    } catch (error) {
      (error as Error & { statusCode?: number }).statusCode = 400;
      done(error as Error, undefined);
    }
  });

  app.post("/events/api/v1/events", async (request, reply) => {
    const media = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
    if (media !== MEDIA_TYPE) {
      broker.metrics.rejected.inc();
      return sendProblem(reply, problems.unsupportedMediaType(`Send the event as ${MEDIA_TYPE}.`));
    }
    const outcome = await broker.publish((request.body as { parsed: unknown }).parsed);
    if (!outcome.accepted) {
      request.log.info({ issues: outcome.issues }, "refused an event");
      return sendProblem(reply, producerProblems.invalidEvent(outcome.message, outcome.issues));
    }
    return reply.code(200).send();
  });
};
