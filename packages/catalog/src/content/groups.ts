// How the index groups the types: by what `source` points at.
import type { Group } from "../read/event-catalog.js";

export interface GroupInfo {
  readonly id: Group;
  readonly heading: string;
  /** Markdown. */
  readonly intro: string;
  /** The shape of `source`, in words. */
  readonly source: string;
}

export const groups: readonly GroupInfo[] = [
  {
    id: "dialog",
    heading: "Dialog events",
    intro: "Something happened to a dialog as a whole. `source` is the dialog, `resourceinstance` its id.",
    source: "the dialog: `{base}/api/v1/enduser/dialogs/{dialogId}`",
  },
  {
    id: "activity",
    heading: "Activity events",
    intro:
      "The service owner added an entry to a dialog's activity log; one type per kind of activity. `source` is " +
      "the activity, and `data.activityId` is always present.",
    source: "the activity: `{base}/api/v1/enduser/dialogs/{dialogId}/activities/{activityId}`",
  },
  {
    id: "transmission",
    heading: "Transmission events",
    intro: "A message or a submission was added to a dialog. `source` is the transmission.",
    source: "the transmission: `{base}/api/v1/enduser/dialogs/{dialogId}/transmissions/{transmissionId}`",
  },
  {
    id: "broker",
    heading: "Altinn Events' own",
    intro: "Not a Dialogporten event, but the first request every new subscription's endpoint receives.",
    source: "the subscription: `{platform}/events/api/v1/subscriptions/{subscriptionId}`",
  },
];

export function groupInfo(id: Group): GroupInfo {
  const info = groups.find((group) => group.id === id);
  if (!info) throw new Error(`no group ${id}`);
  return info;
}
