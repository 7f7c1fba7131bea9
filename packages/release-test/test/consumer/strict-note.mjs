// Run-time check of the additive change: `data.note` is unknown to strict mode before it, accepted after.
import { parseEvent } from "dialogporten-events";

const event = {
  specversion: "1.0",
  id: "91f2388f-bd8c-4647-8684-fd9f68af5b15",
  type: "dialogporten.dialog.updated.v1",
  time: "2025-02-19T08:00:06.4014168Z",
  resource: "urn:altinn:resource:super-simple-service",
  resourceinstance: "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
  subject: "urn:altinn:organization:identifier-no:991825827",
  source:
    "https://platform.altinn.no/dialogporten/api/v1/enduser/dialogs/0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
  datacontenttype: "application/json",
  data: { note: "added in a minor release" },
};
console.log(JSON.stringify({ kind: parseEvent(event, { mode: "strict" }).kind }));
