import { loadSchemas } from "@dialogporten-events/schema-toolkit";
import { describe, expect, it } from "vitest";
import { eventFamilies } from "../src/families.js";
import { defaultPaths } from "../src/paths.js";

const loaded = await loadSchemas(defaultPaths.schemasDir);
const families = eventFamilies(loaded.events);
const typesOf = (name: string) => families.find((f) => f.name === name)?.types;

describe("eventFamilies", () => {
  it("groups the types whose schemas differ only in the `type` constant and words", () => {
    expect(families.map((f) => f.name)).toEqual([
      "dialogporten.dialog.activity.v1",
      "dialogporten.dialog.v1",
    ]);
    expect(typesOf("dialogporten.dialog.activity.v1")).toHaveLength(17);
    expect(typesOf("dialogporten.dialog.activity.v1")?.every((t) => t.includes(".activity."))).toBe(true);
    expect(typesOf("dialogporten.dialog.v1")).toEqual([
      "dialogporten.dialog.created.v1",
      "dialogporten.dialog.deleted.v1",
      "dialogporten.dialog.restored.v1",
      "dialogporten.dialog.seen.v1",
      "dialogporten.dialog.updated.v1",
    ]);
  });

  it("leaves a type with a schema of its own in no family", () => {
    const members = families.flatMap((f) => f.types);
    expect(members).not.toContain("dialogporten.dialog.transmission.created.v1");
    expect(members).not.toContain("platform.events.validatesubscription");
  });

  it("puts a type whose schema says anything more in no family", () => {
    const [first, second] = loaded.events.filter((e) => e.eventType?.includes(".activity."));
    if (!first || !second) throw new Error("no activity schemas");
    const stricter = { ...second, schema: { ...second.schema, minProperties: 3 } };
    expect(eventFamilies([first, stricter])).toEqual([]);
    expect(eventFamilies([first, second]).map((f) => f.types)).toEqual([[first.eventType, second.eventType]]);
  });

  it("compiles the first member's schema in each mode with `type` left open, beside the members' $id", () => {
    const activity = families[0];
    if (!activity) throw new Error("no family");
    for (const mode of ["strict", "tolerant"] as const) {
      const schema = activity.schema(mode);
      expect(schema.$id).toBe(
        "https://dialogporten-events.dev/schemas/dialogporten.dialog.activity.v1.family.schema.json",
      );
      expect((schema.properties as Record<string, unknown>).type).toEqual({});
      expect(schema.required).toContain("type");
      expect(JSON.stringify(schema)).not.toContain("x-tolerant");
    }
  });
});
