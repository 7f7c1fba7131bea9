// A dialog as the projection has it: its state and its timeline in event time order.

import { ApiError, type DialogView, getJson } from "./api.js";
import { byId, clear, h, when } from "./dom.js";

export class DialogPanel {
  private readonly form = byId("dialog-form", HTMLFormElement);
  private readonly input = byId("dialog-id", HTMLInputElement);
  private readonly view = byId("dialog-view", HTMLDivElement);

  constructor() {
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.show(this.input.value.trim());
    });
  }

  /** Shows a dialog and brings the panel into view (from an event row's dialog link). */
  open(dialogId: string): void {
    this.input.value = dialogId;
    void this.show(dialogId).then(() => byId("dialog", HTMLElement).scrollIntoView());
  }

  private async show(dialogId: string): Promise<void> {
    if (!dialogId) return;
    clear(this.view);
    let dialog: DialogView;
    try {
      dialog = await getJson<DialogView>(`/api/dialogs/${encodeURIComponent(dialogId)}`);
    } catch (error) {
      const message =
        error instanceof ApiError && error.status === 404 ? "No events for this dialog." : String(error);
      this.view.append(h("p", { class: "muted" }, message));
      return;
    }
    const fact = (name: string, value: string | null) => [h("dt", {}, name), h("dd", {}, value ?? "–")];
    this.view.append(
      h(
        "dl",
        { class: "facts" },
        ...fact("State", dialog.deleted ? `${dialog.state} (deleted)` : dialog.state),
        ...fact("Resource", dialog.resource),
        ...fact("Party", dialog.subject),
        ...fact("Created", dialog.createdAt && when(dialog.createdAt)),
        ...fact("Last changed", dialog.lastChangedAt && when(dialog.lastChangedAt)),
        ...fact("Last seen", dialog.lastSeenAt && when(dialog.lastSeenAt)),
        ...fact("Events applied", String(dialog.version)),
      ),
      h("h3", {}, "Timeline"),
      h(
        "table",
        { class: "events" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", {}, "Time"),
            h("th", {}, "Type"),
            h("th", {}, "Event id"),
            h("th", {}, "Detail"),
          ),
        ),
        h(
          "tbody",
          {},
          ...dialog.timeline.map((entry) =>
            h(
              "tr",
              {},
              h("td", { attrs: { "data-label": "Time" } }, when(entry.time)),
              h("td", { attrs: { "data-label": "Type" } }, entry.type),
              h("td", { attrs: { "data-label": "Event" } }, entry.eventId),
              h("td", { attrs: { "data-label": "Detail" } }, detailOf(entry)),
            ),
          ),
        ),
      ),
    );
  }
}

function detailOf(entry: DialogView["timeline"][number]): string {
  const parts: string[] = [];
  if (entry.activityId) parts.push(`activity ${entry.activityId}`);
  if (entry.extendedActivityType) parts.push(entry.extendedActivityType);
  if (entry.transmissionId) parts.push(`transmission ${entry.transmissionId}`);
  return parts.join(", ");
}
