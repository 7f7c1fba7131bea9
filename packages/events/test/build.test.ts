import { describe, expect, it } from "vitest";
import {
  createEvent,
  dialogportenEventTypes,
  EventValidationError,
  formatPartyUrn,
  parseEvent,
  parsePartyUrn,
  parseSource,
  sourceKinds,
} from "../src/index.js";

const dialogId = "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4";
const activityId = "0194fb2d-3f10-7b44-a1c3-5be0f4a3d2e7";
const transmissionId = "0194fb2d-2a5c-7cde-8b21-7f3e9c1a0b11";
const common = {
  resource: "urn:altinn:resource:super-simple-service",
  resourceinstance: dialogId,
  subject: "urn:altinn:organization:identifier-no::991825827",
};

function fieldsFor(type: (typeof dialogportenEventTypes)[number]) {
  if (sourceKinds[type] === "activity") return { ...common, data: { activityId } };
  if (sourceKinds[type] === "transmission")
    return { ...common, transmissionId, data: { senderType: "ServiceOwner" as const } };
  return common;
}

describe("createEvent", () => {
  it.each(dialogportenEventTypes)("builds %s that passes strict mode", (type) => {
    const event = createEvent(type, fieldsFor(type) as never, { environment: "tt02" });
    expect(parseEvent(JSON.stringify(event), { mode: "strict" })).toMatchObject({
      kind: "dialogporten",
      warnings: [],
    });
    expect(event.subject).toBe("urn:altinn:organization:identifier-no:991825827");
    expect(
      event.source.startsWith("https://platform.tt02.altinn.no/dialogporten/api/v1/enduser/dialogs/"),
    ).toBe(true);
    const parsed = parseSource(event.source);
    expect(parsed?.dialogId).toBe(dialogId);
    if (sourceKinds[type] === "activity") expect(parsed?.activityId).toBe(activityId);
    if (sourceKinds[type] === "transmission") expect(parsed?.transmissionId).toBe(transmissionId);
  });

  it("gives seen events a version 7 id and others version 4", () => {
    expect(createEvent("dialogporten.dialog.seen.v1", common).id[14]).toBe("7");
    expect(createEvent("dialogporten.dialog.updated.v1", common).id[14]).toBe("4");
  });

  it("throws with every reason when the fields are wrong", () => {
    const attempt = () =>
      createEvent("dialogporten.dialog.created.v1", {
        ...common,
        resourceinstance: "not-a-uuid",
        resource: "x",
      });
    expect(attempt).toThrow(EventValidationError);
    try {
      attempt();
    } catch (error) {
      expect((error as EventValidationError).issues.map((i) => i.pointer).sort()).toEqual([
        "/resource",
        "/resourceinstance",
        "/source",
      ]);
    }
  });

  it("accepts a local base URL for stand-ins", () => {
    const event = createEvent("dialogporten.dialog.deleted.v1", common, {
      baseUrl: "https://127.0.0.1:4000/dialogporten/",
    });
    expect(event.source).toBe(`https://127.0.0.1:4000/dialogporten/api/v1/enduser/dialogs/${dialogId}`);
  });
});

describe("party URNs", () => {
  it.each([
    ["urn:altinn:organization:identifier-no:991825827", "organization", "991825827"],
    ["urn:altinn:organization:identifier-no::991825827", "organization", "991825827"],
    ["urn:altinn:person:identifier-no:08895699684", "person", "08895699684"],
    ["urn:altinn:person:legacy-selfidentified:ola", "legacy-selfidentified", "ola"],
    ["urn:altinn:person:idporten-email:ola@example.no", "idporten-email", "ola@example.no"],
  ])("reads %s", (urn, kind, identifier) => {
    const party = parsePartyUrn(urn);
    expect(party).toEqual({ kind, identifier, urn: formatPartyUrn(kind as never, identifier) });
    expect(party?.urn).not.toContain("::");
  });
  it.each([
    ["/party/1337"],
    ["urn:altinn:organization:identifier-no:12"],
    ["urn:altinn:person:identifier-no:abc"],
  ])("refuses %s", (urn) => expect(parsePartyUrn(urn)).toBeUndefined());
});

describe("parseSource", () => {
  it("reads the overview's typo'd activity source too", () => {
    expect(
      parseSource(
        "https://platform.altinn.no/dialogporten.no/api/v1/enduser/dialogs/f4e6df3c-7434-44c3-875e-8dca1cdf0b20/activities/21241c7e-819f-462b-b8a4-d5d32352311a",
      ),
    ).toEqual({
      kind: "activity",
      base: "https://platform.altinn.no/dialogporten.no",
      dialogId: "f4e6df3c-7434-44c3-875e-8dca1cdf0b20",
      activityId: "21241c7e-819f-462b-b8a4-d5d32352311a",
    });
  });
  it("gives undefined for other URLs", () => expect(parseSource("https://example.com/x")).toBeUndefined());
});

describe("createEvent options", () => {
  it.each(["staging", "constructor", "PRODUCTION"])(
    "refuses the unknown environment %j by name",
    (environment) => {
      const attempt = () =>
        createEvent("dialogporten.dialog.seen.v1", common, { environment } as unknown as {
          environment: "tt02";
        });
      expect(attempt).toThrow(TypeError);
      expect(attempt).toThrow(
        `unknown environment "${environment}": use one of production, tt02, yt01, at23, or baseUrl`,
      );
    },
  );
});
