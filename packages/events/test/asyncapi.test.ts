import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Parser } from "@asyncapi/parser";
import { indexSchemas, inlineRefs, type JsonSchema } from "@dialogporten-events/schema-toolkit";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { describe, expect, it } from "vitest";
import { dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE, sourceKinds } from "../src/index.js";
import { loadFixtures } from "./helpers.js";

// Resolved as a user's import would be: through the package's own `exports`.
const resolve = createRequire(import.meta.url).resolve;
const readExport = (subpath: string) =>
  JSON.parse(readFileSync(resolve(`dialogporten-events/${subpath}`), "utf8")) as JsonSchema;

const document = readExport("asyncapi.json");
const types = [...dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE];
const shippedTolerant = (type: string) => readExport(`schemas/tolerant/${type}.schema.json`);
type Message = { payload: { schemaFormat: string; schema: JsonSchema } };
const messages = (document.components as { messages: Record<string, Message> }).messages;
function payloadOf(type: string): JsonSchema {
  const message = messages[type];
  if (!message) throw new Error(`${type}: no message in components.messages`);
  return message.payload.schema;
}

// The parser must not reach out: every read of a `$ref`'s target goes through these and is recorded.
const reads: string[] = [];
const parser = new Parser({
  __unstable: {
    resolver: {
      resolvers: ["file", "http", "https"].map((schema) => ({
        schema,
        order: 1,
        read: (uri: { toString(): string }) => {
          reads.push(uri.toString());
          throw new Error(`the AsyncAPI document may not read ${uri}`);
        },
      })),
    },
  },
});
const parsed = await parser.parse(JSON.stringify(document));

// Where a schema's `$ref`s resolve in the AsyncAPI document: JSON pointers from its root.
const DOCUMENT_URI = "https://asyncapi.invalid/asyncapi.json";
const documentResources = indexSchemas([{ ...document, $id: DOCUMENT_URI }]);

/**
 * A schema with every `$ref` replaced by its target, so two ways of referencing compare equal. `$defs` only
 * hold what the `$ref`s reach, and the dialect is the message's `schemaFormat`: both are left out.
 */
function dereferenced(schema: JsonSchema, base: string, resources = indexSchemas([schema])): JsonSchema {
  const { $schema: _dialect, $id: _id, $defs: _defs, ...own } = schema;
  const { $id: _base, ...rest } = inlineRefs({ ...own, $id: base }, resources, ["$id"]);
  return rest;
}

const group = (type: string) =>
  type === SUBSCRIPTION_VALIDATION_TYPE ? "platform" : sourceKinds[type as keyof typeof sourceKinds];

describe("asyncapi.json (dialogporten-events/asyncapi.json)", () => {
  it("is a valid AsyncAPI 3.0 document for @asyncapi/parser, read without fetching anything", () => {
    const errors = parsed.diagnostics.filter((d) => d.severity === 0);
    expect(errors.map((d) => `${d.path.join("/")}: ${d.message}`)).toEqual([]);
    expect(parsed.document).toBeDefined();
    expect(parsed.document?.version()).toBe("3.0.0");
    expect(reads).toEqual([]);
  });

  it("describes the subscriber receiving every event type on one webhook channel", () => {
    const doc = parsed.document;
    if (!doc) throw new Error("not parsed");
    expect(
      doc
        .channels()
        .all()
        .map((c) => c.id()),
    ).toEqual(["webhook"]);
    const operations = doc.operations().all();
    expect(operations.map((o) => [o.id(), o.action()])).toEqual([["receiveEvent", "receive"]]);
    expect(operations[0]?.bindings().get("http")?.value()).toMatchObject({ method: "POST" });
    const received = operations[0]?.messages().all() ?? [];
    expect(received.map((m) => m.id()).sort()).toEqual([...types].sort());
    expect(doc.messages().all()).toHaveLength(24);
    expect(
      operations[0]
        ?.security()[0]
        ?.all()
        .map((r) => r.scheme().json()),
    ).toEqual([expect.objectContaining({ type: "httpApiKey", name: "code", in: "query" })]);
  });

  it.each(types)("%s: the message names its type, its group, the CloudEvents id and its examples", (type) => {
    const message = parsed.document
      ?.messages()
      .all()
      .find((m) => m.id() === type);
    if (!message) throw new Error(`${type}: no message`);
    const shipped = shippedTolerant(type);
    expect(message.name()).toBe(type);
    expect(message.contentType()).toBe("application/json");
    expect(message.description()).toBe(shipped.description);
    expect(
      message
        .tags()
        .all()
        .map((t) => t.name()),
    ).toEqual([group(type)]);
    expect(message.correlationId()?.location()).toBe("$message.payload#/id");
    expect(
      message
        .examples()
        .all()
        .map((e) => e.payload()),
    ).toEqual(shipped.examples);
    expect(message.payload()?.schemaFormat()).toBe("application/schema+json;version=draft-07");
  });

  it.each(types)("%s: the payload is the shipped tolerant schema, node for node", (type) => {
    const shipped = shippedTolerant(type);
    const payload = payloadOf(type);
    expect(dereferenced(payload, DOCUMENT_URI, documentResources)).toEqual(
      dereferenced(shipped, String(shipped.$id)),
    );
    // A 2020-12 tool would resolve the payload's JSON pointers against an `$id`: none may be left.
    expect(JSON.stringify(document)).not.toContain('"$id"');
  });

  // The payloads are declared draft-07: a draft-07 validator must say what the shipped 2020-12 schema says.
  const draft07 = new Ajv({ strict: false, allErrors: true, formats: fullFormats });
  draft07.addSchema(document, DOCUMENT_URI);
  const draft2020 = new Ajv2020({ strict: false, allErrors: true, formats: fullFormats });
  it.each(loadFixtures().filter((f) => types.includes(f.type)))(
    "$type/$expect/$name: the payload read as draft-07 agrees with the shipped schema",
    ({ type, text }) => {
      const asPayload = draft07.getSchema(`${DOCUMENT_URI}#/components/messages/${type}/payload/schema`);
      const shipped = shippedTolerant(type);
      const asShipped = draft2020.getSchema(String(shipped.$id)) ?? draft2020.compile(shipped);
      if (!asPayload) throw new Error(`${type}: no payload schema`);
      const value = JSON.parse(text);
      expect(asPayload(value)).toBe(asShipped(value));
    },
  );
});
