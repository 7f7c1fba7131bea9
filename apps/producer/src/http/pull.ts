import { bearerAuth, problems, sendProblem } from "@dialogporten-events/http-kit";
import type { FastifyPluginAsync } from "fastify";
import { SCOPES } from "../auth/scopes.js";
import type { TokenIssuer } from "../auth/tokens.js";
import type { PullService } from "../broker.js";

const PATH = "/events/api/v1/events";
const MEDIA_TYPE = "application/cloudevents+json";
const ALTERNATIVE_SUBJECT = "altinn-alternativesubject";
/** Altinn Events' page sizes: a size below 1 becomes the default; above the most, the most. */
export const PULL_SIZE = { fallback: 50, max: 1000 };

interface PullQuerystring {
  resource: string;
  after: string;
  subject?: string;
  type?: string[];
  size?: number;
}

const querystring = {
  type: "object",
  properties: {
    resource: { type: "string", pattern: "^urn:altinn:resource:" },
    after: { type: "string", minLength: 1 },
    subject: { type: "string" },
    type: { type: "array", items: { type: "string" } },
    size: { type: "integer" },
  },
  required: ["resource", "after"],
} as const;

export function pageSize(size: number | undefined): number {
  if (size === undefined || size < 1) return PULL_SIZE.fallback;
  return Math.min(size, PULL_SIZE.max);
}

/**
 * `GET /events/api/v1/events` as Altinn Events has it, for tokens with `altinn:events.subscribe`: the
 * resource's events after the CloudEvent id `after`, oldest first, as a JSON array of the stored CloudEvents.
 * `next` (a header, the full URL) names the following page when this one is not empty.
 */
export const pullRoutes: FastifyPluginAsync<{ broker: PullService; tokens: TokenIssuer }> = async (
  app,
  { broker, tokens },
) => {
  app.addHook("onRequest", bearerAuth({ verify: (t) => tokens.verify(t), scopes: [SCOPES.subscribe] }));

  app.get<{ Querystring: PullQuerystring }>(PATH, { schema: { querystring } }, async (request, reply) => {
    const { resource, after } = request.query;
    const subject = request.query.subject || undefined;
    const header = request.headers[ALTERNATIVE_SUBJECT];
    const alternativeSubject = (Array.isArray(header) ? header[0] : header) || undefined;
    if (subject !== undefined && alternativeSubject !== undefined)
      return sendProblem(
        reply,
        problems.badRequest(
          "Give the subject either as `subject` or as the Altinn-AlternativeSubject header, not both.",
          [
            {
              in: "querystring",
              pointer: "/subject",
              keyword: "exclusive",
              message: "subject is also given as a header",
            },
            {
              in: "headers",
              pointer: `/${ALTERNATIVE_SUBJECT}`,
              keyword: "exclusive",
              message: "Altinn-AlternativeSubject is also given as subject",
            },
          ],
        ),
      );
    const events = await broker.pull({
      resource,
      after,
      subject,
      alternativeSubject,
      types: request.query.type,
      size: pageSize(request.query.size),
    });
    reply.type(`${MEDIA_TYPE}; charset=utf-8`);
    const last = events.at(-1);
    if (last) {
      // The same query with `after` moved to the last id returned, as a full URL.
      const query = new URLSearchParams(request.url.split("?")[1] ?? "");
      query.set("after", last.id);
      reply.header("next", `${request.protocol}://${request.host}${PATH}?${query}`);
    }
    // The stored CloudEvents as they were accepted: joined, not parsed and serialized again.
    return reply.send(`[${events.map((e) => e.body).join(",")}]`);
  });
};
