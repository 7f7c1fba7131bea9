import { describe, expect, it } from "vitest";
import { mergeAllOf } from "../src/index.js";

const envelope = {
  description: "envelope",
  type: "object",
  properties: { type: { description: "The event type.", type: "string" }, id: { type: "string" } },
  required: ["type", "id"],
};
const event = {
  title: "Event",
  description: "own",
  allOf: [envelope],
  properties: { type: { const: "demo.v1" }, data: { type: "object" } },
  required: ["type", "data"],
};

describe("mergeAllOf", () => {
  it("conjunction: own keywords first, required joined, properties met twice merged, annotations dropped", () => {
    expect(mergeAllOf(event, "conjunction")).toEqual({
      type: "object",
      properties: {
        type: { const: "demo.v1", type: "string" },
        data: { type: "object" },
        id: { type: "string" },
      },
      required: ["type", "data", "id"],
    });
  });

  it("conjunction keeps a keyword the parts disagree on in allOf, so both still hold", () => {
    expect(mergeAllOf({ maxLength: 5, allOf: [{ maxLength: 3 }, { maxLength: 5 }] }, "conjunction")).toEqual({
      maxLength: 5,
      allOf: [{ maxLength: 3 }],
    });
  });

  it("override: branches first, the node's own keywords win, annotations kept", () => {
    const merged = mergeAllOf(event, "override");
    expect(merged).toEqual({
      description: "own",
      type: "object",
      properties: {
        type: { description: "The event type.", type: "string", const: "demo.v1" },
        id: { type: "string" },
        data: { type: "object" },
      },
      required: ["type", "id", "data"],
      title: "Event",
    });
    expect(Object.keys(merged.properties as object)).toEqual(["type", "id", "data"]);
  });
});
