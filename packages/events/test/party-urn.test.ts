import { describe, expect, it } from "vitest";
import { createEvent, formatPartyUrn, parseEvent, parsePartyUrn } from "../src/index.js";

// Dialogporten validates an ID-porten e-mail party after percent-decoding it and stores the URN as
// sent, so `a%40b.no` reaches subscribers exactly like that.

describe("ID-porten e-mail parties with percent-encoding", () => {
  it.each([
    ["urn:altinn:person:idporten-email:a%40b.no", "a@b.no", "urn:altinn:person:idporten-email:a%40b.no"],
    [
      "urn:altinn:person:idporten-email::ola.nordmann%40example.no",
      "ola.nordmann@example.no",
      "urn:altinn:person:idporten-email:ola.nordmann%40example.no",
    ],
    [
      "urn:altinn:person:idporten-email:%C3%A5se%40example.no",
      "åse@example.no",
      "urn:altinn:person:idporten-email:%C3%A5se%40example.no",
    ],
    // A `%` that starts no escape stays as it is, as .NET's Uri.UnescapeDataString leaves it.
    [
      "urn:altinn:person:idporten-email:a%ZZb%40c.no",
      "a%ZZb@c.no",
      "urn:altinn:person:idporten-email:a%ZZb%40c.no",
    ],
    [
      "urn:altinn:person:idporten-email:a%FFb%40c.no",
      "a%FFb@c.no",
      "urn:altinn:person:idporten-email:a%FFb%40c.no",
    ],
    [
      "urn:altinn:person:idporten-email:a%FF%40c.no",
      "a%FF@c.no",
      "urn:altinn:person:idporten-email:a%FF%40c.no",
    ],
  ])("reads %s: the identifier decoded, the URN as sent", (urn, identifier, canonical) => {
    expect(parsePartyUrn(urn)).toEqual({ kind: "idporten-email", identifier, urn: canonical });
  });

  it("refuses an identifier that has no @ before or after decoding once", () => {
    expect(parsePartyUrn("urn:altinn:person:idporten-email:a%2540b.no")).toBeUndefined();
    expect(parsePartyUrn("urn:altinn:person:idporten-email:ab.no")).toBeUndefined();
  });

  it("formats the identifier as given, encoded or not", () => {
    expect(formatPartyUrn("idporten-email", "a%40b.no")).toBe("urn:altinn:person:idporten-email:a%40b.no");
    expect(formatPartyUrn("idporten-email", "a@b.no")).toBe("urn:altinn:person:idporten-email:a@b.no");
  });

  it("passes both modes, and createEvent keeps the subject as sent", () => {
    const subject = "urn:altinn:person:idporten-email:a%40b.no";
    const event = createEvent("dialogporten.dialog.seen.v1", {
      resource: "urn:altinn:resource:super-simple-service",
      resourceinstance: "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
      subject,
    });
    expect(event.subject).toBe(subject);
    for (const mode of ["strict", "tolerant"] as const) {
      expect(parseEvent(JSON.stringify(event), { mode })).toMatchObject({
        kind: "dialogporten",
        warnings: [],
      });
    }
  });
});
