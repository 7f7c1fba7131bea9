// The published overview's caveats, each on the pages (and beside the attribute) it concerns.
import type { Group } from "../read/event-catalog.js";

export interface Caveat {
  readonly id: string;
  readonly title: string;
  /** Markdown. */
  readonly text: string;
  /** The attribute it concerns, marked in that row of the table. */
  readonly attribute?: string;
  readonly appliesTo: (type: string, group: Group) => boolean;
}

const dialogporten = (_type: string, group: Group) => group !== "broker";

export const caveats: readonly Caveat[] = [
  {
    id: "double-colon-party",
    title: "The overview writes the party with a double colon",
    text:
      "The published overview's examples show `subject` as `urn:altinn:organization:identifier-no::991825827`. " +
      "Dialogporten sends a single colon. Receivers should accept both (tolerant mode does, and `parsePartyUrn` " +
      "normalizes them); producers must send the single-colon form (strict mode refuses the other).",
    attribute: "subject",
    appliesTo: dialogporten,
  },
  {
    id: "silent-updates",
    title: "Silent updates send no event",
    text:
      "A service owner's write with `isSilentUpdate=true` emits no event at all, and neither do changes to a " +
      "transmission, labels or searches. Events tell you that something happened, not everything that did: " +
      "fetch the dialog when you need its current state.",
    // An end user's opening (`seen`) is not a service owner's write.
    appliesTo: (type, group) => dialogporten(type, group) && type !== "dialogporten.dialog.seen.v1",
  },
  {
    id: "shared-time",
    title: "All events of one save share `time`",
    text:
      "Every event written by one save (a dialog with its activities and transmissions, or a change with its " +
      "`updated`) carries the same `time`, to the last digit. It cannot order them, and it is not unique: " +
      "deduplicate on (`source`, `id`).",
    attribute: "time",
    appliesTo: dialogporten,
  },
];

export function caveatsFor(type: string, group: Group): Caveat[] {
  return caveats.filter((caveat) => caveat.appliesTo(type, group));
}
