// A user's file, compiled against the published package: it must keep compiling across minor releases.
import { type DialogportenEvent, dialogportenEventTypes, parseEvent } from "dialogporten-events";

// Compiled with `types: []`: the package's types must not need @types/node, so neither may this file.
declare const console: { log(line: string): void };

const body = JSON.stringify({
  specversion: "1.0",
  id: "91f2388f-bd8c-4647-8684-fd9f68af5b15",
  type: "dialogporten.dialog.created.v1",
  time: "2025-02-19T08:00:06.4014168Z",
  resource: "urn:altinn:resource:super-simple-service",
  resourceinstance: "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
  subject: "urn:altinn:organization:identifier-no:991825827",
  source:
    "https://platform.altinn.no/dialogporten/api/v1/enduser/dialogs/0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
  datacontenttype: "application/json",
  data: { process: "urn:some:process:id" },
});

function describe(event: DialogportenEvent): string {
  switch (event.type) {
    case "dialogporten.dialog.created.v1":
      return `dialog ${event.resourceinstance} created (process ${event.data?.process ?? "none"})`;
    default:
      return event.type;
  }
}

const result = parseEvent(body, { mode: "strict" });
const summary = result.kind === "dialogporten" ? describe(result.event) : undefined;
console.log(JSON.stringify({ kind: result.kind, summary, knownTypes: dialogportenEventTypes.length }));
