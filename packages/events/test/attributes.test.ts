import { describe, expect, it } from "vitest";
import { dialogportenEventTypes, parseEvent } from "../src/index.js";
import { canonicalExample, seedExamples } from "./helpers.js";

const REQUIRED = ["specversion", "id", "type", "time", "resource", "resourceinstance", "subject", "source"];

describe("required attributes", () => {
  const cases = dialogportenEventTypes.flatMap((type) =>
    REQUIRED.filter((a) => a !== "type").map((a) => [type, a] as const),
  );
  it.each(cases)("%s without %s is refused with a pointer to it", (type, attribute) => {
    const event = canonicalExample(type);
    delete event[attribute];
    for (const mode of ["tolerant", "strict"] as const) {
      const result = parseEvent(event, { mode });
      expect(result.kind).toBe("error");
      if (result.kind !== "error") return;
      expect(result.issues).toContainEqual(
        expect.objectContaining({ pointer: `/${attribute}`, keyword: "required" }),
      );
      expect(result.issues.find((i) => i.pointer === `/${attribute}`)?.message).toContain(
        `"${attribute}" is required`,
      );
    }
  });

  it.each(dialogportenEventTypes.filter((t) => t.includes(".activity.")))(
    "%s without data.activityId is refused",
    (type) => {
      const event = canonicalExample(type) as { data: Record<string, unknown> };
      delete event.data.activityId;
      const result = parseEvent(event);
      expect(result.kind === "error" && result.issues.map((i) => i.pointer)).toContain("/data/activityId");
    },
  );

  it("transmission.created needs senderType in strict mode only", () => {
    const event = canonicalExample("dialogporten.dialog.transmission.created.v1");
    event.data = {};
    expect(parseEvent(event).kind).toBe("dialogporten");
    const strict = parseEvent(event, { mode: "strict" });
    expect(strict.kind === "error" && strict.issues.map((i) => i.pointer)).toContain("/data/senderType");
  });

  it("without a type it is not a CloudEvent, and says so", () => {
    const { type: _type, ...event } = canonicalExample("dialogporten.dialog.created.v1");
    const result = parseEvent(event);
    expect(result).toMatchObject({ kind: "error", code: "not-a-cloudevent" });
    expect(result.kind === "error" && result.issues.map((i) => i.pointer)).toContain("/type");
  });
});

describe("the overview's examples", () => {
  const examples = seedExamples();
  it("are two", () => expect(examples).toHaveLength(2));
  it.each(examples.map((e, i) => [i + 1, e] as const))(
    "example %i passes tolerant mode with a warning on the subject",
    (_i, text) => {
      const result = parseEvent(text);
      expect(result.kind).toBe("dialogporten");
      expect(result.kind !== "error" && result.warnings.map((w) => w.pointer)).toContain("/subject");
    },
  );
  it.each(examples.map((e, i) => [i + 1, e] as const))(
    "example %i fails strict mode naming the subject",
    (_i, text) => {
      const result = parseEvent(text, { mode: "strict" });
      expect(result).toMatchObject({ kind: "error", code: "invalid" });
      const subject =
        result.kind === "error" ? result.issues.find((i) => i.pointer === "/subject") : undefined;
      expect(subject?.message).toMatch(/subject/);
    },
  );
});
