// Which of the CloudEvents HTTP modes a request uses, and the events in it. The broker sends structured
// `application/json`; binary and batch mode exist so other senders work too. The result is one or more
// `ParseResult`s, exactly as if each event had arrived alone.

import type { IncomingHttpHeaders } from "node:http";
import { type ErrorResult, type ParseResult, parseEvent } from "dialogporten-events";
import { type DeliveryLimits, type Refusal, tooDeep, tooManyEvents } from "./input-bounds.js";

export type DeliveryMode = "structured" | "binary" | "batch";

export type ModeResult = { mode: DeliveryMode } | { mode: "unsupported"; detail: string };

interface MediaType {
  essence: string;
  charset: string | undefined;
}

function mediaType(header: string | undefined): MediaType | undefined {
  if (!header) return undefined;
  const [essence = "", ...params] = header.split(";").map((part) => part.trim());
  const charset = params
    .map((p) => /^charset\s*=\s*"?([^"]*)"?$/i.exec(p)?.[1])
    .find((c) => c !== undefined)
    ?.toLowerCase();
  return { essence: essence.toLowerCase(), charset };
}

const isJson = (essence: string) => essence === "application/json" || essence.endsWith("+json");

export function deliveryMode(headers: IncomingHttpHeaders): ModeResult {
  const type = mediaType(headers["content-type"]);
  if (type?.charset !== undefined && type.charset !== "utf-8" && type.charset !== "utf8") {
    return { mode: "unsupported", detail: `Only UTF-8 is accepted, not charset=${type.charset}.` };
  }
  if (type?.essence === "application/cloudevents-batch+json") return { mode: "batch" };
  // In binary mode the content type is the data's, whatever it is.
  if (headers["ce-specversion"] !== undefined) return { mode: "binary" };
  if (type?.essence === "application/json" || type?.essence === "application/cloudevents+json") {
    return { mode: "structured" };
  }
  return {
    mode: "unsupported",
    detail:
      "Send one event as application/json or application/cloudevents+json, a batch as " +
      "application/cloudevents-batch+json, or binary mode with ce-* headers.",
  };
}

/** The events of a delivery, or why the delivery as a whole is refused (`input-bounds.ts`). */
export type DeliveryParse = { results: ParseResult[] } | { refusal: Refusal };

export function parseDelivery(
  mode: DeliveryMode,
  headers: IncomingHttpHeaders,
  body: Buffer,
  limits: DeliveryLimits,
): DeliveryParse {
  if (mode === "structured") {
    const refusal = tooDeep(body, limits.maxJsonDepth, 0);
    return refusal ? { refusal } : { results: [parseEvent(body)] };
  }
  if (mode === "binary") {
    const refusal = isJson(mediaType(headers["content-type"])?.essence ?? "application/json")
      ? tooDeep(body, limits.maxJsonDepth, -1)
      : undefined;
    return refusal ? { refusal } : { results: [parseBinary(headers, body)] };
  }
  const deep = tooDeep(body, limits.maxJsonDepth, 1);
  if (deep) return { refusal: deep };
  const json = readJson(body);
  if ("kind" in json) return { results: [json] };
  const { value } = json;
  if (!Array.isArray(value)) {
    return {
      results: [
        {
          kind: "error",
          code: "not-a-cloudevent",
          issues: [
            {
              pointer: "",
              code: "invalid-type",
              message: "a batch is a JSON array of CloudEvents",
              keyword: "type",
            },
          ],
          value,
        },
      ],
    };
  }
  const tooMany = tooManyEvents(value.length, limits.maxBatchEvents);
  return tooMany ? { refusal: tooMany } : { results: value.map((element) => parseEvent(element)) };
}

/** Binary mode: attributes in `ce-*` headers (percent-encoded), the body is `data`. */
function parseBinary(headers: IncomingHttpHeaders, body: Buffer): ParseResult {
  const event: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(headers)) {
    if (!name.startsWith("ce-") || raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(",") : raw;
    event[name.slice(3)] = percentDecode(value);
  }
  const contentType = headers["content-type"];
  if (body.length > 0) {
    if (contentType) event.datacontenttype = contentType;
    const type = mediaType(contentType);
    if (!type || isJson(type.essence)) {
      const json = readJson(body);
      if ("kind" in json) return json;
      event.data = json.value;
    } else if (type.essence.startsWith("text/")) {
      event.data = body.toString("utf8");
    } else {
      event.data_base64 = body.toString("base64");
    }
  }
  return parseEvent(event);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** JSON.parse with the same error result `parseEvent` gives for a body that is not JSON. */
function readJson(body: Buffer): { value: unknown } | ErrorResult {
  try {
    return { value: JSON.parse(utf8.decode(body)) };
  } catch (error) {
    const message = `the body is not valid JSON: ${(error as Error).message}`;
    return {
      kind: "error",
      code: "malformed-json",
      issues: [{ pointer: "", code: "malformed-json", message, keyword: "json" }],
    };
  }
}

function percentDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
