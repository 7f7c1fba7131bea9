// This file is generated. Do not edit it by hand.
// Generator: @dialogporten-events/codegen
// Source: 2 schemas in schemas/
// Change the schema and run `pnpm generate` instead.

/** Per shared definition: what it expects in each mode, and an example. */
export const definitionHints: Readonly<Record<string, { strict: string; tolerant: string; example?: string }>> = {
  "activityData": {
    "strict": "The activity that was added to the dialog's activity log.",
    "tolerant": "The activity that was added to the dialog's activity log."
  },
  "activitySource": {
    "strict": "The activity in Dialogporten's end-user API: `{base}/api/v1/enduser/dialogs/{dialogId}/activities/{activityId}`, `{base}` as in a dialog's `source`.",
    "tolerant": "The activity in Dialogporten's end-user API: `{base}/api/v1/enduser/dialogs/{dialogId}/activities/{activityId}`, `{base}` as in a dialog's `source`.",
    "example": "https://platform.altinn.no/dialogporten/api/v1/enduser/dialogs/f4e6df3c-7434-44c3-875e-8dca1cdf0b20/activities/21241c7e-819f-462b-b8a4-d5d32352311a"
  },
  "anyAbsoluteUrl": {
    "strict": "Any absolute URL (receivers accept sources of unexpected shape and may report them).",
    "tolerant": "Any absolute URL (receivers accept sources of unexpected shape and may report them)."
  },
  "dialogData": {
    "strict": "Optional process information of the dialog. Absent when empty: a producer leaves `data` out rather than sending `{}`.",
    "tolerant": "Optional process information of the dialog. Absent when empty: a producer leaves `data` out rather than sending `{}`."
  },
  "dialogSource": {
    "strict": "The dialog in Dialogporten's end-user API: `{base}/api/v1/enduser/dialogs/{dialogId}` where `{base}` is an https origin and path ending in `/dialogporten` (`https://platform.altinn.no/dialogporten`), or `https://localhost` with an optional port, as a Dialogporten in its development configuration sends (`https://localhost:7214`).",
    "tolerant": "The dialog in Dialogporten's end-user API: `{base}/api/v1/enduser/dialogs/{dialogId}` where `{base}` is an https origin and path ending in `/dialogporten` (`https://platform.altinn.no/dialogporten`), or `https://localhost` with an optional port, as a Dialogporten in its development configuration sends (`https://localhost:7214`).",
    "example": "https://platform.altinn.no/dialogporten/api/v1/enduser/dialogs/f4e6df3c-7434-44c3-875e-8dca1cdf0b20"
  },
  "envelope": {
    "strict": "The CloudEvents 1.0 attributes every Dialogporten event carries, with Altinn Events' extension attributes `resource` and `resourceinstance`. Dialogporten sends no event at all for a write made with `isSilentUpdate` (used for migrations and corrections), so a projection built from events can miss such changes.",
    "tolerant": "The CloudEvents 1.0 attributes every Dialogporten event carries, with Altinn Events' extension attributes `resource` and `resourceinstance`. Dialogporten sends no event at all for a write made with `isSilentUpdate` (used for migrations and corrections), so a projection built from events can miss such changes."
  },
  "partyUrn": {
    "strict": "The party the dialog belongs to: `urn:altinn:person:identifier-no:{11 digits}`, `urn:altinn:organization:identifier-no:{9 digits}`, `urn:altinn:person:legacy-selfidentified:{username}` or `urn:altinn:person:idporten-email:{email}`, lower-case, single colons. Dialogporten validates an e-mail after percent-decoding it and sends it as it was given, so its `@` may arrive as `%40` (`urn:altinn:person:idporten-email:a%40b.no`); the two spellings are different subjects to Dialogporten.",
    "tolerant": "A party URN as it may arrive: the documented double colon (`identifier-no::991825827`) and other identifier schemes of persons and organizations are accepted.",
    "example": "urn:altinn:organization:identifier-no:991825827"
  },
  "processUri": {
    "strict": "The service owner's identifier of a business process, passed through as given: any well-formed relative or absolute URI reference (`urn:altinn:process:x`, `https://example.no/process`, or just `my-process`), at most 1023 characters. A producer leaves it out rather than sending an empty string.",
    "tolerant": "The service owner's identifier of a business process, passed through as given: any well-formed relative or absolute URI reference (`urn:altinn:process:x`, `https://example.no/process`, or just `my-process`), at most 1023 characters. A producer leaves it out rather than sending an empty string.",
    "example": "urn:some:process:id"
  },
  "resourceUrn": {
    "strict": "The service resource of the dialog, `urn:altinn:resource:{id}`, lower-case (apps from Altinn Studio use `app_{org}_{app}`).",
    "tolerant": "Any URN that Altinn Events accepts as a resource.",
    "example": "urn:altinn:resource:super-simple-service"
  },
  "senderType": {
    "strict": "Who sent the transmission.",
    "tolerant": "Who sent the transmission."
  },
  "time": {
    "strict": "When the event happened in Dialogporten: RFC 3339 in UTC with `Z` and at most 7 fractional digits, as .NET writes it.",
    "tolerant": "An RFC 3339 date-time with any offset and any number of fractional digits.",
    "example": "2025-02-19T08:00:06.4014168Z"
  },
  "transmissionData": {
    "strict": "Process information and who sent the transmission.",
    "tolerant": "Process information and who sent the transmission (`senderType` is missing on events from before 2026-03)."
  },
  "transmissionSource": {
    "strict": "The transmission in Dialogporten's end-user API: `{base}/api/v1/enduser/dialogs/{dialogId}/transmissions/{transmissionId}`, `{base}` as in a dialog's `source`.",
    "tolerant": "The transmission in Dialogporten's end-user API: `{base}/api/v1/enduser/dialogs/{dialogId}/transmissions/{transmissionId}`, `{base}` as in a dialog's `source`.",
    "example": "https://platform.altinn.no/dialogporten/api/v1/enduser/dialogs/0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4/transmissions/0194fb2d-2a5c-7cde-8b21-7f3e9c1a0b11"
  },
  "uuid": {
    "strict": "A lower-case UUID (any version; Dialogporten uses version 4 for most event ids and version 7 for dialog ids and `seen` events).",
    "tolerant": "A UUID in any case and of any version.",
    "example": "f4e6df3c-7434-44c3-875e-8dca1cdf0b20"
  }
};
