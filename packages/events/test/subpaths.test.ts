import { describe, expect, expectTypeOf, it } from "vitest";
import type { DialogportenResult, DialogSeenV1Event, ErrorResult } from "../src/index.js";
import {
  dialogportenEventTypes,
  parseEvent as rootParse,
  validateEvent as rootValidate,
  SUBSCRIPTION_VALIDATION_TYPE,
} from "../src/index.js";
import { loadFixtures } from "./helpers.js";

// The built package's per-type entry points, imported by the names users write.
interface Subpath {
  type: string;
  mode: string;
  validate: (value: unknown) => boolean;
  validateEvent: (value: unknown) => unknown;
  parseEvent: (input: unknown) => unknown;
}
const load = (mode: string, type: string): Promise<Subpath> =>
  import(`dialogporten-events/validators/${mode}/${type}`) as Promise<Subpath>;

const fixtures = loadFixtures();
const types = [...dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE];

describe("dialogporten-events/validators/{strict,tolerant}/<type>", () => {
  it.each(types.flatMap((type) => (["strict", "tolerant"] as const).map((mode) => [mode, type] as const)))(
    "%s/%s gives what the root gives for its type, and refuses the others",
    async (mode, type) => {
      const subpath = await load(mode, type);
      expect([subpath.type, subpath.mode]).toEqual([type, mode]);
      for (const f of fixtures) {
        const value = JSON.parse(f.text);
        const ours = subpath.validateEvent(value);
        if (f.type === type) {
          expect(ours, f.name).toStrictEqual(rootValidate(value, { mode }));
          expect(subpath.parseEvent(f.text), f.name).toStrictEqual(rootParse(f.text, { mode }));
        } else expect(ours, f.name).toMatchObject({ kind: "error", code: "invalid" });
        expect(subpath.validate(value), f.name).toBe((ours as { kind: string }).kind !== "error");
      }
      expect(subpath.parseEvent("{")).toMatchObject({ kind: "error", code: "malformed-json" });
      expect(subpath.validateEvent([])).toMatchObject({ kind: "error", code: "not-a-cloudevent" });
      expect(subpath.validate("{}")).toBe(false);
    },
  );

  it("strict refuses a source that names another dialog, as strict parseEvent does", async () => {
    const mismatch = fixtures.find(
      (f) =>
        f.type === "dialogporten.dialog.activity.information.v1" &&
        f.name.startsWith("source-dialog-id-differs"),
    );
    const value = JSON.parse(String(mismatch?.text));
    const strict = await load("strict", "dialogporten.dialog.activity.information.v1");
    expect(strict.validate(value)).toBe(false);
    expect(strict.validateEvent(value)).toMatchObject({
      kind: "error",
      issues: [{ pointer: "/source", code: "source-dialog-mismatch" }],
    });
    const tolerant = await load("tolerant", "dialogporten.dialog.activity.information.v1");
    expect(tolerant.validateEvent(value)).toMatchObject({
      kind: "dialogporten",
      warnings: [{ code: "source-dialog-mismatch" }],
    });
  });

  it("types each entry point for its event, validate as a type guard", async () => {
    const seen = await import("dialogporten-events/validators/tolerant/dialogporten.dialog.seen.v1");
    expectTypeOf(seen.validateEvent).returns.toEqualTypeOf<
      DialogportenResult<DialogSeenV1Event> | ErrorResult
    >();
    expectTypeOf(seen.parseEvent).returns.toEqualTypeOf<
      DialogportenResult<DialogSeenV1Event> | ErrorResult
    >();
    const value: unknown = {};
    if (seen.validate(value)) expectTypeOf(value).toEqualTypeOf<DialogSeenV1Event>();
    expect(seen.type).toBe("dialogporten.dialog.seen.v1");
  });
});
