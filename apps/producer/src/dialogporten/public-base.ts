// The base of every emitted event's `source` (`{base}/api/v1/enduser/dialogs/{id}`). Strict mode allows an
// https origin whose path ends in `/dialogporten`, or `https://localhost[:port]`; `source` identifies the
// dialog and is never fetched, so https is fine although the stand-in itself speaks http.

import { createEvent } from "dialogporten-events";

/** `https://<host>:<port>/dialogporten`; a wildcard listen address reads as localhost. */
export function defaultPublicBase(host: string, port: number): string {
  const name = host === "0.0.0.0" || host === "::" || host.includes(":") ? "localhost" : host.toLowerCase();
  return `https://${name}:${port}/dialogporten`;
}

/** Throws, saying why, when events with this base would not pass strict mode. */
export function checkPublicBase(base: string): void {
  try {
    createEvent(
      "dialogporten.dialog.created.v1",
      {
        resource: "urn:altinn:resource:check",
        resourceinstance: "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
        subject: "urn:altinn:organization:identifier-no:991825827",
      },
      { baseUrl: base },
    );
  } catch (error) {
    throw new Error(
      `DIALOGPORTEN_PUBLIC_BASE=${base} gives event sources strict mode refuses (use https://<host>[:port]/…/dialogporten or https://localhost[:port]): ${(error as Error).message}`,
    );
  }
}
