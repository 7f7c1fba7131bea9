import { describe, expect, it } from "vitest";
import { parseEvent, validateEvent } from "../src/index.js";
import { canonicalExample } from "./helpers.js";

// The overview's examples carry the double-colon subject, so the strict schema never accepts them; the
// consistency of `source` with `resourceinstance` and `data.activityId` must be checked all the same.
const otherDialog = "0194fb2d-1bb5-7a1e-9b8b-000000000000";
const otherActivity = "0194fb2d-3f10-7b44-a1c3-000000000000";

function documentedActivity(): Record<string, unknown> & { data: Record<string, unknown> } {
  const event = canonicalExample("dialogporten.dialog.activity.information.v1") as Record<string, unknown> & {
    data: Record<string, unknown>;
  };
  event.subject = "urn:altinn:organization:identifier-no::991825827";
  return event;
}

const codesOf = (issues: readonly { code: string }[]) => issues.map((i) => i.code).sort();

describe("source consistency runs on every well-formed field", () => {
  it("tolerant mode warns about a mismatch beside the double-colon subject", () => {
    const event = { ...documentedActivity(), resourceinstance: otherDialog };
    event.data = { activityId: otherActivity };
    const result = parseEvent(event);
    expect(result.kind).toBe("dialogporten");
    if (result.kind !== "dialogporten") return;
    expect(codesOf(result.warnings)).toEqual([
      "source-activity-mismatch",
      "source-dialog-mismatch",
      "subject-double-colon",
    ]);
  });

  it("strict mode lists the schema issue and both mismatches", () => {
    const event = { ...documentedActivity(), resourceinstance: otherDialog };
    event.data = { activityId: otherActivity };
    const result = validateEvent(event, { mode: "strict" });
    expect(result.kind === "error" && codesOf(result.issues)).toEqual([
      "source-activity-mismatch",
      "source-dialog-mismatch",
      "subject-double-colon",
    ]);
  });

  it("compares ids regardless of case: an upper-case source is no mismatch", () => {
    const event = canonicalExample("dialogporten.dialog.created.v1");
    event.source = String(event.source).replace(
      String(event.resourceinstance),
      String(event.resourceinstance).toUpperCase(),
    );
    const result = parseEvent(event);
    expect(result.kind === "dialogporten" && codesOf(result.warnings)).toEqual(["uuid-upper-case"]);
  });

  it("leaves a source it cannot read, or an id that is no UUID, to the schema", () => {
    const foreignSource = {
      ...canonicalExample("dialogporten.dialog.created.v1"),
      source: "https://example.com/x",
    };
    const tolerant = parseEvent(foreignSource);
    expect(tolerant.kind === "dialogporten" && codesOf(tolerant.warnings)).toEqual(["source-not-canonical"]);
    const badId = { ...canonicalExample("dialogporten.dialog.created.v1"), resourceinstance: "not-a-uuid" };
    const strict = validateEvent(badId, { mode: "strict" });
    expect(strict.kind === "error" && strict.issues.map((i) => [i.pointer, i.code])).toEqual([
      ["/resourceinstance", "invalid-form"],
    ]);
  });
});
