import { describe, expect, it } from "vitest";
import { parseEvent, validateEvent } from "../src/index.js";
import { canonicalExample } from "./helpers.js";

const created = canonicalExample("dialogporten.dialog.created.v1");

describe("parseEvent input forms", () => {
  it("takes a string, bytes and a parsed value alike", () => {
    const text = JSON.stringify(created);
    for (const input of [text, new TextEncoder().encode(text), Buffer.from(text), created]) {
      expect(parseEvent(input)).toMatchObject({ kind: "dialogporten", event: created, warnings: [] });
    }
  });

  it.each([
    ["truncated JSON", '{"specversion":'],
    ["empty body", ""],
    ["trailing garbage", `${JSON.stringify(created)}x`],
  ])("reports %s as malformed-json", (_name, text) => {
    const result = parseEvent(text);
    expect(result).toMatchObject({ kind: "error", code: "malformed-json" });
    expect(result.kind === "error" && result.issues[0]?.message).toMatch(/not valid JSON/);
  });

  it("refuses invalid UTF-8 clearly", () => {
    const bytes = Buffer.concat([Buffer.from('{"id":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const result = parseEvent(bytes);
    expect(result).toMatchObject({ kind: "error", code: "malformed-json" });
    expect(result.kind === "error" && result.issues[0]?.message).toMatch(/UTF-8/);
  });

  it.each([["null"], ["[]"], ['"text"'], ["42"]])("says %s is not a CloudEvent", (text) => {
    expect(parseEvent(text)).toMatchObject({ kind: "error", code: "not-a-cloudevent" });
  });

  it("treats a future Dialogporten type as unknown, never as an error", () => {
    const future = { ...created, type: "dialogporten.dialog.archived.v2" };
    expect(parseEvent(future)).toMatchObject({ kind: "unknown", event: future });
  });

  it("refuses upper-case attribute names in an unknown event", () => {
    const result = validateEvent({ specversion: "1.0", id: "1", source: "x", type: "t", Bad: 1 });
    expect(result).toMatchObject({ kind: "error", code: "not-a-cloudevent" });
    expect(result.kind === "error" && result.issues[0]?.pointer).toBe("/Bad");
  });

  it("recognises the subscription validation event", () => {
    const handshake = {
      specversion: "1.0",
      id: "0e3b1d49-8a5c-4c0e-9a57-1f8f2b3c4d5e",
      source: "https://platform.altinn.no/events/api/v1/subscriptions/42",
      type: "platform.events.validatesubscription",
    };
    expect(parseEvent(handshake, { mode: "strict" })).toMatchObject({
      kind: "subscription-validation",
      warnings: [],
    });
  });

  it("lets __proto__ and constructor keys through as plain data without polluting anything", () => {
    const text = JSON.stringify(created).replace(
      '"data":{',
      '"data":{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},',
    );
    const result = parseEvent(text);
    expect(result.kind).toBe("dialogporten");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseEvent(text, { mode: "strict" }).kind).toBe("error");
  });

  it("keeps the parsed value of an invalid event so it can be quarantined", () => {
    const broken = { ...created, time: "yesterday" };
    const result = parseEvent(JSON.stringify(broken));
    expect(result).toMatchObject({ kind: "error", code: "invalid", type: created.type, value: broken });
    expect(result.kind === "error" && result.issues[0]).toMatchObject({
      pointer: "/time",
      keyword: "format",
    });
  });

  it("checks in strict mode that source names the same dialog and activity", () => {
    const activity = canonicalExample("dialogporten.dialog.activity.information.v1") as {
      data: { activityId: string };
    };
    activity.data.activityId = "0194fb2d-3f10-7b44-a1c3-000000000000";
    expect(parseEvent(activity).kind).toBe("dialogporten");
    const strict = parseEvent(activity, { mode: "strict" });
    expect(strict.kind === "error" && strict.issues).toEqual([
      expect.objectContaining({ keyword: "source-matches-activity-id", pointer: "/source" }),
    ]);
  });
});
