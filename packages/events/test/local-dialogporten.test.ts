import { describe, expect, it } from "vitest";
import { createEvent, EventValidationError, parseEvent, parseSource } from "../src/index.js";

// Dialogporten's development configuration serves from https://localhost:7214, without the
// `/dialogporten` path of the hosted environments, and its events carry that base in `source`.

const dialogId = "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4";
const activityId = "0194fb2d-3f10-7b44-a1c3-5be0f4a3d2e7";
const transmissionId = "0194fb2d-2a5c-7cde-8b21-7f3e9c1a0b11";
const attributes = {
  resource: "urn:altinn:resource:super-simple-service",
  resourceinstance: dialogId,
  subject: "urn:altinn:organization:identifier-no:991825827",
};

describe("a local Dialogporten's base URL", () => {
  it.each(["https://localhost:7214", "https://localhost:7214/"])(
    "createEvent with baseUrl %s builds events that pass strict mode",
    (baseUrl) => {
      const dialog = createEvent("dialogporten.dialog.created.v1", attributes, { baseUrl });
      const activity = createEvent(
        "dialogporten.dialog.activity.information.v1",
        { ...attributes, data: { activityId } },
        { baseUrl },
      );
      const transmission = createEvent(
        "dialogporten.dialog.transmission.created.v1",
        { ...attributes, transmissionId, data: { senderType: "ServiceOwner" } },
        { baseUrl },
      );
      expect(dialog.source).toBe(`https://localhost:7214/api/v1/enduser/dialogs/${dialogId}`);
      expect(activity.source).toBe(
        `https://localhost:7214/api/v1/enduser/dialogs/${dialogId}/activities/${activityId}`,
      );
      expect(transmission.source).toBe(
        `https://localhost:7214/api/v1/enduser/dialogs/${dialogId}/transmissions/${transmissionId}`,
      );
      for (const event of [dialog, activity, transmission]) {
        expect(parseEvent(JSON.stringify(event), { mode: "strict" })).toMatchObject({
          kind: "dialogporten",
          warnings: [],
        });
      }
    },
  );

  it("parseSource reads the ids and the base", () => {
    expect(
      parseSource(`https://localhost:7214/api/v1/enduser/dialogs/${dialogId}/activities/${activityId}`),
    ).toEqual({
      kind: "activity",
      base: "https://localhost:7214",
      dialogId,
      activityId,
    });
    expect(parseSource(`https://localhost/api/v1/enduser/dialogs/${dialogId}`)).toEqual({
      kind: "dialog",
      base: "https://localhost",
      dialogId,
    });
  });

  it("strict mode still wants /dialogporten on any other host; tolerant mode takes it with a warning", () => {
    const options = { baseUrl: "https://dialogporten.example.no:7214" };
    expect(() => createEvent("dialogporten.dialog.created.v1", attributes, options)).toThrow(
      EventValidationError,
    );
    const event = {
      specversion: "1.0",
      id: "0f4c61fb-3021-4763-8465-12b2313a50b4",
      type: "dialogporten.dialog.created.v1",
      time: "2026-03-04T10:11:12Z",
      ...attributes,
      source: `https://dialogporten.example.no:7214/api/v1/enduser/dialogs/${dialogId}`,
    };
    const tolerant = parseEvent(JSON.stringify(event));
    expect(tolerant.kind).toBe("dialogporten");
    if (tolerant.kind === "dialogporten")
      expect(tolerant.warnings.map((w) => w.pointer)).toEqual(["/source"]);
  });
});
