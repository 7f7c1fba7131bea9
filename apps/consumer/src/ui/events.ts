// The latest events: the newest page, kept live (new rows on top, statuses updated in place), older pages on
// request. Each row opens the event's JSON with its warnings; its dialog opens the dialog view.

import { getJson, type InboxItem, PAGE } from "./api.js";
import { byId, clear, h, issueItem, text, when } from "./dom.js";

const STATUS_CLASS: Record<string, string> = {
  pending: "status-pending",
  processed: "status-processed",
  failed: "status-failed",
};

interface Row {
  status: HTMLTableCellElement;
}

export class EventList {
  private readonly body = byId("events-body", HTMLTableSectionElement);
  private readonly more = byId("events-more", HTMLButtonElement);
  private readonly empty = byId("events-empty", HTMLParagraphElement);
  private readonly detail = byId("detail", HTMLDialogElement);
  private readonly rows = new Map<number, Row>();
  private newest = 0;
  private next: string | null = null;
  private loaded = false;

  constructor(private readonly openDialog: (dialogId: string) => void) {
    this.more.addEventListener("click", () => void this.loadOlder());
  }

  /** The newest page: rows not seen yet go on top, known rows get their status. */
  async refresh(): Promise<void> {
    const page = await getJson<{ events: InboxItem[]; next: string | null }>(`/api/events?limit=${PAGE}`);
    const fresh: HTMLTableRowElement[] = [];
    for (const item of page.events) {
      const known = this.rows.get(item.id);
      if (known) this.setStatus(known, item);
      else if (item.id > this.newest) fresh.push(this.row(item, this.loaded));
    }
    this.body.prepend(...fresh);
    // The highlight says "just arrived"; after a moment a row is like the others.
    if (fresh.length > 0) {
      setTimeout(() => {
        for (const row of fresh) row.classList.remove("fresh");
      }, 2_000);
    }
    this.newest = Math.max(this.newest, ...page.events.map((e) => e.id));
    if (!this.loaded) this.setNext(page.next);
    this.loaded = true;
    this.empty.hidden = this.rows.size > 0;
  }

  private async loadOlder(): Promise<void> {
    if (!this.next) return;
    this.more.disabled = true;
    try {
      const page = await getJson<{ events: InboxItem[]; next: string | null }>(this.next);
      this.body.append(...page.events.filter((e) => !this.rows.has(e.id)).map((e) => this.row(e, false)));
      this.setNext(page.next);
    } finally {
      this.more.disabled = false;
    }
  }

  private setNext(next: string | null): void {
    this.next = next;
    this.more.hidden = next === null;
  }

  private row(item: InboxItem, fresh: boolean): HTMLTableRowElement {
    const event = item.event;
    const dialogId = typeof event.resourceinstance === "string" ? event.resourceinstance : undefined;
    const status = h("td", { attrs: { "data-label": "Status" } });
    const warnings = item.warnings.length;
    const tr = h(
      "tr",
      { class: fresh ? "fresh" : "", attrs: { "data-id": String(item.id) } },
      h(
        "td",
        { attrs: { "data-label": "Time" } },
        h(
          "button",
          {
            class: "link",
            attrs: { type: "button", "aria-label": `Open event ${item.id}` },
            onClick: () => void this.open(item.id),
          },
          when(event.time ?? item.receivedAt),
        ),
      ),
      h("td", { attrs: { "data-label": "Type" } }, item.type, warnings ? ` ⚠ ${warnings}` : ""),
      h(
        "td",
        { attrs: { "data-label": "Dialog" } },
        dialogId
          ? h(
              "button",
              { class: "link", attrs: { type: "button" }, onClick: () => this.openDialog(dialogId) },
              dialogId,
            )
          : "",
      ),
      h("td", { attrs: { "data-label": "Party" } }, text(event.subject)),
      status,
    );
    const row = { status };
    this.setStatus(row, item);
    this.rows.set(item.id, row);
    return tr;
  }

  private setStatus(row: Row, item: InboxItem): void {
    row.status.textContent = item.status;
    row.status.className = STATUS_CLASS[item.status] ?? "";
  }

  /** The event's JSON and warnings in a modal dialog (Escape or Close returns to the list). */
  private async open(id: number): Promise<void> {
    const item = await getJson<InboxItem>(`/api/events/${id}`);
    byId("detail-title", HTMLHeadingElement).textContent = `Event ${item.id} · ${item.type}`;
    const list = byId("detail-warnings", HTMLUListElement);
    clear(list);
    if (item.warnings.length === 0) list.append(h("li", { class: "muted" }, "none"));
    list.append(...item.warnings.map(issueItem));
    byId("detail-json", HTMLPreElement).textContent = JSON.stringify(item.event, null, 2);
    if (!this.detail.open) this.detail.showModal();
  }
}
