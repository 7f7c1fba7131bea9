import { dialogportenEventTypes, sourceKinds, validateEvent } from "dialogporten-events";
import { describe, expect, it } from "vitest";
import { generateScenario } from "../src/emit/scenario.js";
import { resolveType } from "../src/emit/trigger.js";

describe("scenario generator", () => {
  it("is deterministic for a seed, ids and times included, and differs between seeds", () => {
    const a = generateScenario({ dialogs: 6, seed: 42 });
    expect(generateScenario({ dialogs: 6, seed: 42 })).toEqual(a);
    expect(generateScenario({ dialogs: 6, seed: 43 }).events.map((e) => e.id)).not.toEqual(
      a.events.map((e) => e.id),
    );
  });

  it.each([1, 2, 5, 12])("covers all 23 types with %i dialog(s), every event strict-valid", (dialogs) => {
    const { events, dialogs: ids } = generateScenario({ dialogs, seed: dialogs * 7 });
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(dialogportenEventTypes));
    expect(ids).toHaveLength(dialogs);
    for (const e of events) expect(validateEvent(e, { mode: "strict" }).kind, e.type).toBe("dialogporten");
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it("fans out the way Dialogporten does", () => {
    const { events, dialogs } = generateScenario({ dialogs: 8, seed: 5 });
    for (const dialog of dialogs) {
      const mine = events.filter((e) => e.resourceinstance === dialog);
      // Creation comes first and carries its transmissions and the created activity in the same request.
      const createdAt = mine[0]?.time;
      expect(mine[0]?.type).toBe("dialogporten.dialog.created.v1");
      const firstRequest = mine.filter((e) => e.time === createdAt).map((e) => e.type);
      expect(firstRequest).toContain("dialogporten.dialog.activity.created.v1");
      expect(firstRequest).toContain("dialogporten.dialog.transmission.created.v1");
      // Every later activity (apart from delete/restore) arrives with an `updated` of the same request.
      for (const e of mine.slice(firstRequest.length)) {
        if (sourceKinds[e.type] !== "activity" || /dialog-(deleted|restored)/.test(e.type)) continue;
        expect(
          mine.some((u) => u.type === "dialogporten.dialog.updated.v1" && u.time === e.time),
          e.type,
        ).toBe(true);
      }
      for (const e of mine.filter((x) => x.type === "dialogporten.dialog.seen.v1"))
        expect(e.id[14]).toBe("7");
    }
  });

  it("resolves short type names for trigger", () => {
    expect(resolveType("created")).toBe("dialogporten.dialog.created.v1");
    expect(resolveType("payment-made")).toBe("dialogporten.dialog.activity.payment-made.v1");
    expect(resolveType("transmission.created")).toBe("dialogporten.dialog.transmission.created.v1");
    expect(resolveType("validatesubscription")).toBe("platform.events.validatesubscription");
    expect(resolveType("read")).toBeUndefined();
  });
});
