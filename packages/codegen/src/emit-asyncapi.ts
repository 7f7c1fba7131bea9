import {
  absoluteUri,
  DATA_KEYWORDS,
  type EventSchemaFile,
  type JsonSchema,
  sourceKindOf,
  stripFragment,
} from "@dialogporten-events/schema-toolkit";
import type { EmittedFile } from "./emit-validators.js";
import { isDialogportenType } from "./names.js";
import { FIX_COMMAND, GENERATOR_NAME } from "./paths.js";

export const ASYNCAPI_PATH = "asyncapi.json";

/**
 * The payloads are the shipped schemas, which mean the same under draft-07: their `$ref`s become JSON
 * pointers into this document and no `$id` is left (below), and every keyword they use is a draft-07 one
 * but `$defs`, which only holds what those pointers reach. `@asyncapi/parser` and the AsyncAPI tools
 * understand draft-07; they have no 2020-12 parser.
 */
export const PAYLOAD_SCHEMA_FORMAT = "application/schema+json;version=draft-07";

/** The event catalog's groups, as tags: what `source` points at. */
const GROUPS = {
  dialog: "Events about a dialog as a whole; `source` is the dialog.",
  activity: "An entry in a dialog's activity log, one type per kind; `source` is the activity.",
  transmission: "A message or submission added to a dialog; `source` is the transmission.",
  platform: "Altinn Events' own handshake, the first request a new subscription's endpoint receives.",
} as const;

type Group = keyof typeof GROUPS;

const groupOf = (event: EventSchemaFile): Group =>
  isDialogportenType(event.eventType as string) ? sourceKindOf(event.schema) : "platform";

/** `https://…/_defs/dialogporten.schema.json` -> `dialogporten`: the shared definition's component name. */
const componentName = (uri: string) =>
  (uri.split("/").pop() as string).replace(/(\.schema)?\.json$/, "").replace(/[^a-zA-Z0-9._-]/g, "_");

const pointerSegment = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");

/**
 * One shipped schema (a 2020-12 compound document) made to live inside the AsyncAPI document: AsyncAPI's
 * `$ref` resolvers know JSON pointers, not `$id`s, so every `$ref` is resolved against its `$id` base as
 * the shipped file says and rewritten to the pointer of the same node here; the `$id`s go, since a 2020-12
 * tool would otherwise resolve those pointers against them. Nothing else changes.
 */
function relocate(node: unknown, base: string, locations: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((item) => relocate(item, base, locations));
  if (node === null || typeof node !== "object") return node;
  const schema = node as JsonSchema;
  const here = typeof schema.$id === "string" ? stripFragment(absoluteUri(schema.$id, base)) : base;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$id") continue;
    if (key === "$ref" && typeof value === "string") {
      const target = absoluteUri(value, here);
      const pointer = locations.get(stripFragment(target));
      if (pointer === undefined)
        throw new Error(`${GENERATOR_NAME}: $ref ${value} leaves the shipped schema`);
      const fragment = target.includes("#") ? target.slice(target.indexOf("#") + 1) : "";
      out[key] = `${pointer}${fragment}`;
    } else if (DATA_KEYWORDS.has(key)) out[key] = value;
    else out[key] = relocate(value, here, locations);
  }
  return out;
}

/**
 * `asyncapi.json`: the subscriber's side of the webhook as an AsyncAPI 3.0 document, for AsyncAPI tools
 * (docs, code and mock generators). One channel (the endpoint registered with Altinn Events), one
 * `receive` operation, one message per event type whose payload is that type's shipped tolerant schema
 * (`schemas/tolerant/<type>.schema.json`, passed in as emitted); the shared definitions every one of them
 * embeds are components, once.
 */
export function emitAsyncApi(
  events: EventSchemaFile[],
  shippedTolerant: ReadonlyMap<string, JsonSchema>,
): EmittedFile {
  const messages: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (const event of events) {
    const type = event.eventType as string;
    const shipped = shippedTolerant.get(type);
    if (!shipped) throw new Error(`${GENERATOR_NAME}: no shipped tolerant schema for ${type}`);
    const id = String(shipped.$id);
    const defs = Object.entries((shipped.$defs ?? {}) as Record<string, JsonSchema>);
    // The shared definitions are the embedded resources (those with an `$id`); any other `$defs` are the type's own.
    const embedded = defs.filter(([, def]) => typeof def.$id === "string");
    const ownDefs = Object.fromEntries(defs.filter(([, def]) => typeof def.$id !== "string"));
    const locations = new Map<string, string>([
      [id, `#/components/messages/${pointerSegment(type)}/payload/schema`],
    ]);
    for (const [, def] of embedded)
      locations.set(String(def.$id), `#/components/schemas/${componentName(String(def.$id))}`);
    for (const [, def] of embedded) {
      const uri = String(def.$id);
      const component = relocate(def, uri, locations);
      const name = componentName(uri);
      const seen = schemas[name];
      if (seen !== undefined && JSON.stringify(seen) !== JSON.stringify(component))
        throw new Error(`${GENERATOR_NAME}: ${uri} differs between the shipped schemas`);
      schemas[name] = component;
    }
    const { $schema: _dialect, $defs: _embedded, ...own } = shipped;
    const payload = relocate(
      Object.keys(ownDefs).length > 0 ? { ...own, $defs: ownDefs } : own,
      id,
      locations,
    ) as JsonSchema;
    const examples = Array.isArray(shipped.examples) ? (shipped.examples as unknown[]) : [];
    messages[type] = {
      name: type,
      title: shipped.title,
      description: shipped.description,
      contentType: "application/json",
      tags: [{ name: groupOf(event) }],
      traits: [{ $ref: "#/components/messageTraits/cloudEvent" }],
      payload: { schemaFormat: PAYLOAD_SCHEMA_FORMAT, schema: payload },
      examples: examples.map((example, i) => ({
        name: examples.length === 1 ? "example" : `example-${i + 1}`,
        payload: example,
      })),
    };
  }
  const types = Object.keys(messages);
  const document = {
    asyncapi: "3.0.0",
    "x-generated": `Generated by ${GENERATOR_NAME} from ${events.length} schemas in schemas/. Do not edit; change the schema and run \`${FIX_COMMAND}\`.`,
    info: {
      title: "Dialogporten events (webhook subscriber)",
      // The events' API version (every type is `.v1`, Dialogporten's API is `/api/v1/`), not the package's:
      // a release bumps that, and this file must not drift from `schemas/` because of it.
      version: "v1",
      description:
        "The CloudEvents that Dialogporten publishes through Altinn Events, as the subscriber's webhook receives them: one HTTP POST per event, a CloudEvents 1.0 structured-mode JSON body (the attributes are members of the body, no `ce-*` headers), the secret in the `code` query parameter. Payloads are the tolerant schemas of the `dialogporten-events` package: what a receiver should accept.",
      license: { name: "MIT" },
      tags: Object.entries(GROUPS).map(([name, description]) => ({ name, description })),
      externalDocs: {
        description: "Altinn Events: subscribing to events",
        url: "https://docs.altinn.studio/events/subscribe-to-events/",
      },
    },
    defaultContentType: "application/json",
    servers: {
      subscriber: {
        host: "{host}",
        protocol: "https",
        description:
          "Your webhook endpoint, the `endPoint` of your Altinn Events subscription (Altinn Events requires https).",
        variables: { host: { description: "Your endpoint's host (and port).", examples: ["example.com"] } },
        security: [{ $ref: "#/components/securitySchemes/code" }],
      },
    },
    channels: {
      webhook: {
        address: null,
        title: "Webhook",
        description:
          "The path of your subscription's `endPoint` (unknown here: you choose it). Altinn Events posts every event of the subscription to it, starting with a `platform.events.validatesubscription` handshake.",
        servers: [{ $ref: "#/servers/subscriber" }],
        messages: Object.fromEntries(
          types.map((type) => [type, { $ref: `#/components/messages/${pointerSegment(type)}` }]),
        ),
      },
    },
    operations: {
      receiveEvent: {
        action: "receive",
        channel: { $ref: "#/channels/webhook" },
        title: "Receive an event",
        description:
          "Altinn Events POSTs one event; any 2xx response acknowledges it, anything else is retried with back-off for more than a day, then dead-lettered. Deduplicate on (`source`, `id`): the same event can arrive twice.",
        security: [{ $ref: "#/components/securitySchemes/code" }],
        bindings: { http: { method: "POST", bindingVersion: "0.3.0" } },
        messages: types.map((type) => ({ $ref: `#/channels/webhook/messages/${pointerSegment(type)}` })),
      },
    },
    components: {
      messages,
      schemas,
      messageTraits: {
        cloudEvent: {
          description:
            "A CloudEvents 1.0 event in structured mode: `specversion`, `id`, `source`, `type`, `time` and the rest are members of the JSON body; `id` is unique per `source`.",
          correlationId: { $ref: "#/components/correlationIds/eventId" },
          bindings: {
            http: {
              headers: {
                type: "object",
                properties: {
                  "Content-Type": { type: "string", examples: ["application/json; charset=utf-8"] },
                },
              },
              bindingVersion: "0.3.0",
            },
          },
          externalDocs: {
            description: "CloudEvents 1.0 JSON event format",
            url: "https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/formats/json-format.md",
          },
        },
      },
      correlationIds: {
        eventId: {
          description: "The CloudEvents `id`: with `source`, what identifies an event across redeliveries.",
          location: "$message.payload#/id",
        },
      },
      securitySchemes: {
        code: {
          type: "httpApiKey",
          name: "code",
          in: "query",
          description:
            "The secret you put in your subscription's `endPoint` (`https://<your host>/webhook?code=<secret>`): Altinn Events signs nothing, so compare it (in constant time) and refuse a request without it.",
        },
      },
    },
  };
  return { path: ASYNCAPI_PATH, content: `${JSON.stringify(document, null, 2)}\n` };
}
