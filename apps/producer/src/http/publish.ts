import type { FastifyInstance } from "fastify";
import type { PublishService } from "../broker.js";

const MEDIA_TYPE = "application/cloudevents+json";

/**
 * `POST /events/api/v1/events` as Altinn Events has it: one structured CloudEvent, media type
 * application/cloudevents+json, answer 200 with no body once the event is durably stored.
 */
export function registerPublishRoute(app: FastifyInstance, broker: PublishService): void {
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
      broker.metrics.rejected++;
      return reply
        .code(415)
        .send({ title: "Unsupported media type", status: 415, detail: `send the event as ${MEDIA_TYPE}` });
    }
    const outcome = await broker.publish((request.body as { parsed: unknown }).parsed);
    if (!outcome.accepted) {
      request.log.info({ issues: outcome.issues }, "refused an event");
      return reply.code(400).send({ title: outcome.message, status: 400, errors: outcome.issues });
    }
    return reply.code(200).send();
  });
}
