// The Dialogporten API stand-in's HTTP side, a fastify plugin registered under `/dialogporten`: the routes
// are the official spec's paths (`servedOperations`), service owner ones behind
// `digdir:dialogporten.serviceprovider`, the end user's behind `digdir:dialogporten` with a `pid`. Errors
// leave as the real API's problem details (application/problem+json, via http-kit's ProblemError).

import { servedOperations } from "@dialogporten-events/dialogporten-api";
import { bearerAuth, bearerPrincipal } from "@dialogporten-events/http-kit";
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { DIALOGPORTEN_SCOPES } from "../auth/scopes.js";
import type { Principal, TokenIssuer } from "../auth/tokens.js";
import { type Caller, DialogService, type WriteOptions } from "./dialogs.js";
import { apiError } from "./problems.js";

export interface DialogportenRoutesOptions {
  service: DialogService;
  tokens: TokenIssuer;
  /** The path the plugin is registered under (its `prefix`), for `Location`. */
  mountedAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/api/v1/serviceowner/dialogs/{dialogId}` → fastify's `/api/v1/serviceowner/dialogs/:dialogId`. */
const route = (operation: keyof typeof servedOperations) =>
  servedOperations[operation].path.replace(/\{(\w+)\}/g, ":$1");

function dialogIdOf(request: FastifyRequest): string {
  const id = (request.params as { dialogId: string }).dialogId;
  if (!UUID.test(id)) throw apiError(400, { DialogId: [`'${id}' is not a valid GUID.`] });
  return id.toLowerCase();
}

function writeOptions(request: FastifyRequest): WriteOptions {
  const query = request.query as { isSilentUpdate?: string };
  const ifMatch = request.headers["if-match"];
  return { silent: query.isSilentUpdate?.toLowerCase() === "true", ifMatch };
}

function callerOf(request: FastifyRequest): Caller {
  const principal = bearerPrincipal<Principal>(request) as Principal;
  return { scopes: principal.scopes, org: principal.org, pid: principal.pid };
}

const json = "application/json; charset=utf-8";

/** 201 with the new id as a JSON string, as the real API answers a create. */
const created = (reply: FastifyReply, location: string, id: string, revision: string) =>
  reply.code(201).type(json).header("location", location).header("etag", revision).send(JSON.stringify(id));

const serviceOwnerRoutes: FastifyPluginAsync<DialogportenRoutesOptions> = async (
  app,
  { service, tokens, mountedAt },
) => {
  app.addHook(
    "onRequest",
    bearerAuth({ verify: (t) => tokens.verify(t), scopes: [DIALOGPORTEN_SCOPES.serviceOwner] }),
  );
  app.addHook("preHandler", async (request) => {
    if (bearerPrincipal<Principal>(request)?.org === undefined)
      throw apiError(403, {
        Authorization: ["The service owner API needs an organisation's token, not an end user's."],
      });
  });
  const dialogs = `${mountedAt}${servedOperations.V1ServiceOwnerDialogsCommandsCreate_Dialog.path}`;

  app.post(route("V1ServiceOwnerDialogsCommandsCreate_Dialog"), async (request, reply) => {
    const { id, revision } = await service.create(callerOf(request), request.body, writeOptions(request));
    return created(reply, `${dialogs}/${id}`, id, revision);
  });
  app.get(route("V1ServiceOwnerDialogsQueriesGet_Dialog"), async (request, reply) => {
    const dialog = await service.getForServiceOwner(dialogIdOf(request));
    return reply.type(json).header("etag", dialog.revision).send(dialog);
  });
  app.put(route("V1ServiceOwnerDialogsCommandsUpdate_Dialog"), async (request, reply) => {
    const { revision } = await service.update(
      callerOf(request),
      dialogIdOf(request),
      request.body,
      writeOptions(request),
    );
    return reply.code(204).header("etag", revision).send();
  });
  app.patch(route("V1ServiceOwnerDialogsPatchDialog"), async (request, reply) => {
    const { revision } = await service.patch(
      callerOf(request),
      dialogIdOf(request),
      request.body,
      writeOptions(request),
    );
    return reply.code(204).header("etag", revision).send();
  });
  app.delete(route("V1ServiceOwnerDialogsCommandsDelete_Dialog"), async (request, reply) => {
    const { revision } = await service.delete(callerOf(request), dialogIdOf(request), writeOptions(request));
    return reply.code(204).header("etag", revision).send();
  });
  app.post(route("V1ServiceOwnerDialogsCommandsRestore_Dialog"), async (request, reply) => {
    const { revision } = await service.restore(callerOf(request), dialogIdOf(request), writeOptions(request));
    return reply.code(204).header("etag", revision).send();
  });
  app.post(route("V1ServiceOwnerDialogsCommandsPurge_Dialog"), async (request, reply) => {
    await service.purge(callerOf(request), dialogIdOf(request), writeOptions(request));
    return reply.code(204).send();
  });
  app.post(route("V1ServiceOwnerDialogsCommandsCreateActivity_DialogActivity"), async (request, reply) => {
    const id = dialogIdOf(request);
    const result = await service.addActivity(callerOf(request), id, request.body, writeOptions(request));
    return created(reply, `${dialogs}/${id}/activities/${result.childId}`, result.childId, result.revision);
  });
  app.post(
    route("V1ServiceOwnerDialogsCommandsCreateTransmission_DialogTransmission"),
    async (request, reply) => {
      const id = dialogIdOf(request);
      const result = await service.addTransmission(
        callerOf(request),
        id,
        request.body,
        writeOptions(request),
      );
      return created(
        reply,
        `${dialogs}/${id}/transmissions/${result.childId}`,
        result.childId,
        result.revision,
      );
    },
  );
};

const endUserRoutes: FastifyPluginAsync<DialogportenRoutesOptions> = async (app, { service, tokens }) => {
  app.addHook(
    "onRequest",
    bearerAuth({ verify: (t) => tokens.verify(t), scopes: [DIALOGPORTEN_SCOPES.endUser] }),
  );
  app.get(route("V1EndUserDialogsQueriesGet_Dialog"), async (request, reply) => {
    const pid = bearerPrincipal<Principal>(request)?.pid;
    if (pid === undefined)
      throw apiError(403, { Authorization: ["The end user API needs an end user's token (with a pid)."] });
    const dialog = await service.getForEndUser(pid, dialogIdOf(request));
    return reply.type(json).header("etag", dialog.revision).send(dialog);
  });
};

/** The stand-in: both route groups, and JSON Patch bodies (`application/json-patch+json`) read as JSON. */
export const dialogportenRoutes: FastifyPluginAsync<DialogportenRoutesOptions> = async (
  app: FastifyInstance,
  options,
) => {
  app.addContentTypeParser(
    "application/json-patch+json",
    { parseAs: "string" },
    app.getDefaultJsonParser("error", "error"),
  );
  // Only these: fastify's own `prefix` among the options would be applied a second time.
  const { service, tokens, mountedAt } = options;
  await app.register(serviceOwnerRoutes, { service, tokens, mountedAt });
  await app.register(endUserRoutes, { service, tokens, mountedAt });
};

export { DialogService };
