import { describe, expectTypeOf, it } from "vitest";
import {
  createDispatcher,
  createEvent,
  type DialogActivityPaymentMadeV1Event,
  type DialogportenEvent,
  type DialogportenEventMap,
  type DialogportenEventType,
  type DialogSeenV1Event,
  type DialogTransmissionCreatedV1Event,
  dispatchEvent,
  isActivityEvent,
  isEventType,
  type ParseResult,
  parseEvent,
} from "../src/index.js";
import { canonicalExample } from "./helpers.js";

const event = canonicalExample("dialogporten.dialog.seen.v1") as unknown as DialogportenEvent;

describe("types", () => {
  it("the union has 23 members discriminated on type", () => {
    expectTypeOf<DialogportenEventType>().toEqualTypeOf<keyof DialogportenEventMap>();
    expectTypeOf<
      Extract<DialogportenEvent, { type: "dialogporten.dialog.seen.v1" }>
    >().toEqualTypeOf<DialogSeenV1Event>();
    expectTypeOf<DialogActivityPaymentMadeV1Event["data"]["activityId"]>().toEqualTypeOf<string>();
    expectTypeOf<DialogTransmissionCreatedV1Event["data"]>().toEqualTypeOf<
      | { senderType?: "ServiceOwner" | "PartyRepresentative"; process?: string; precedingProcess?: string }
      | undefined
    >();
    // @ts-expect-error: no index signature, so a misspelt attribute does not compile
    expectTypeOf(event.resourceInstance).toBeUnknown();
  });

  it("isEventType narrows", () => {
    if (isEventType(event, "dialogporten.dialog.seen.v1"))
      expectTypeOf(event).toEqualTypeOf<DialogSeenV1Event>();
    if (isActivityEvent(event)) expectTypeOf(event.data.activityId).toEqualTypeOf<string>();
  });

  it("parse results narrow on kind", () => {
    const result: ParseResult = parseEvent("{}");
    if (result.kind === "dialogporten") expectTypeOf(result.event).toEqualTypeOf<DialogportenEvent>();
    if (result.kind === "error")
      expectTypeOf(result.code).toEqualTypeOf<"malformed-json" | "not-a-cloudevent" | "invalid">();
  });

  it("dispatch hands each handler its narrowed event", () => {
    const seen: string[] = [];
    const handle = createDispatcher<string>({
      "dialogporten.dialog.activity.payment-made.v1": (e) => {
        expectTypeOf(e).toEqualTypeOf<DialogActivityPaymentMadeV1Event>();
        return e.data.activityId;
      },
      default: (e) => e.type,
    });
    const payment = canonicalExample(
      "dialogporten.dialog.activity.payment-made.v1",
    ) as unknown as DialogportenEvent;
    seen.push(handle(payment) as string);
    seen.push(
      dispatchEvent(canonicalExample("dialogporten.dialog.seen.v1") as unknown as DialogportenEvent, {
        default: (e) => e.type,
      }) as string,
    );
    if (seen[0] !== "0194fb2d-3f10-7b44-a1c3-5be0f4a3d2e7" || seen[1] !== "dialogporten.dialog.seen.v1")
      throw new Error(seen.join());
  });

  it("the builder wants a transmission id only for transmissions", () => {
    const fields = {
      resource: "urn:altinn:resource:x",
      resourceinstance: "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
      subject: "urn:altinn:organization:identifier-no:991825827",
    };
    expectTypeOf(createEvent("dialogporten.dialog.seen.v1", fields)).toEqualTypeOf<DialogSeenV1Event>();
    // @ts-expect-error: transmission.created needs transmissionId and data
    () => createEvent("dialogporten.dialog.transmission.created.v1", fields);
    const noSender = { ...fields, transmissionId: "t", data: {} };
    // @ts-expect-error: a producer must say who sent the transmission
    () => createEvent("dialogporten.dialog.transmission.created.v1", noSender);
  });
});
