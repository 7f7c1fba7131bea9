// The quarantine (each issue's pointer and message, the body as it came, a replay button) and the failed
// items (the last error, a retry button). Each shows its newest page and loads older ones on request.

import { getJson, type InboxItem, PAGE, postJson, type QuarantineItem, type ReplayCounts } from "./api.js";
import { byId, clear, h, issueItem, when } from "./dom.js";

/** A list of cards with a "load older" button, re-rendered from its first page. */
abstract class CardList<T extends { id: number }> {
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly empty: HTMLParagraphElement;
  protected readonly result: HTMLElement;
  private next: string | null = null;

  constructor(
    name: string,
    private readonly firstPage: string,
    private readonly onChange: () => void,
  ) {
    this.list = byId(`${name}-list`, HTMLOListElement);
    this.more = byId(`${name}-more`, HTMLButtonElement);
    this.empty = byId(`${name}-empty`, HTMLParagraphElement);
    this.result = byId(`${name}-result`, HTMLElement);
    this.more.addEventListener("click", () => void this.loadOlder());
  }

  protected abstract itemsOf(page: unknown): T[];
  protected abstract card(item: T): HTMLLIElement;

  async refresh(): Promise<void> {
    const page = await getJson<{ next: string | null }>(this.firstPage);
    clear(this.list);
    this.show(this.itemsOf(page), page.next);
  }

  private async loadOlder(): Promise<void> {
    if (!this.next) return;
    this.more.disabled = true;
    try {
      const page = await getJson<{ next: string | null }>(this.next);
      this.show(this.itemsOf(page), page.next);
    } finally {
      this.more.disabled = false;
    }
  }

  private show(items: T[], next: string | null): void {
    this.list.append(...items.map((item) => this.card(item)));
    this.next = next;
    this.more.hidden = next === null;
    this.empty.hidden = this.list.childElementCount > 0;
  }

  /** A card: `#id`, the facts, the action's button (`label`, named for screen readers with the id), the rest. */
  protected cardOf(
    id: number,
    action: { label: string; name: string; run: () => Promise<string> },
    facts: Node[],
    ...rest: Node[]
  ): HTMLLIElement {
    const button = h(
      "button",
      { attrs: { type: "button", "aria-label": `${action.name} ${id}` } },
      action.label,
    );
    button.addEventListener("click", () => void this.act(button, action.run));
    return h(
      "li",
      { attrs: { "data-id": String(id) } },
      h("div", { class: "card-head" }, h("strong", {}, `#${id}`), ...facts, button),
      ...rest,
    );
  }

  /** Runs an action from a card's button, says how it went, and refreshes. */
  protected async act(button: HTMLButtonElement, action: () => Promise<string>): Promise<void> {
    button.disabled = true;
    try {
      this.result.textContent = await action();
    } catch (error) {
      this.result.textContent = `Failed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      button.disabled = false;
    }
    this.onChange();
  }
}

export class QuarantineList extends CardList<QuarantineItem> {
  constructor(onChange: () => void) {
    super("quarantine", `/api/quarantine?limit=${PAGE}`, onChange);
    const all = byId("replay-all", HTMLButtonElement);
    all.addEventListener("click", () => void this.act(all, () => this.replay(undefined)));
  }

  protected itemsOf(page: unknown): QuarantineItem[] {
    return (page as { items: QuarantineItem[] }).items;
  }

  protected card(item: QuarantineItem): HTMLLIElement {
    return this.cardOf(
      item.id,
      { label: "Replay", name: "Replay quarantined", run: () => this.replay(item.id) },
      [
        h("span", { class: "status-quarantined" }, item.code),
        h("span", {}, item.type ?? "(no type)"),
        h("span", { class: "muted" }, when(item.receivedAt)),
      ],
      h("ul", { class: "issues" }, ...item.issues.map(issueItem)),
      h("details", {}, h("summary", {}, "Body as received"), h("pre", {}, item.body)),
    );
  }

  private async replay(id: number | undefined): Promise<string> {
    const counts = await postJson<ReplayCounts>(
      "/api/quarantine/replay",
      id === undefined ? {} : { ids: [id] },
    );
    const what = id === undefined ? "Replay" : `Replay of #${id}`;
    return `${what}: ${counts.accepted} accepted, ${counts.duplicate} already in the inbox, ${counts.quarantined} still refused.`;
  }
}

export class FailedList extends CardList<InboxItem> {
  constructor(onChange: () => void) {
    super("failed", `/api/failed?limit=${PAGE}`, onChange);
  }

  protected itemsOf(page: unknown): InboxItem[] {
    return (page as { events: InboxItem[] }).events;
  }

  protected card(item: InboxItem): HTMLLIElement {
    const retry = async () => {
      await postJson(`/api/failed/${item.id}/retry`);
      return `#${item.id} is pending again.`;
    };
    return this.cardOf(
      item.id,
      { label: "Retry", name: "Retry failed", run: retry },
      [h("span", {}, item.type), h("span", { class: "muted" }, `${item.attempts} attempts`)],
      h("pre", {}, item.lastError ?? ""),
    );
  }
}
