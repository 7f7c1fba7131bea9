// The live view's script: counters from /api/stats once a second (every 5 s while the tab is hidden), and,
// when they moved, the newest page of each list. Short polling rather than server-sent events: it needs no
// long-lived request (which would hold one of the server's request slots), works the same through proxies
// and on every instance behind a load balancer, and a second's delay is live enough for a person.

import type { Stats } from "./api.js";
import { getJson } from "./api.js";
import { DialogPanel } from "./dialog.js";
import { EventList } from "./events.js";
import { FailedList, QuarantineList } from "./lists.js";

const dialog = new DialogPanel();
const events = new EventList((dialogId) => dialog.open(dialogId));
const live = document.getElementById("live") as HTMLElement;
let previous: Stats | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

const refreshNow = () => {
  previous = undefined;
  void tick();
};
const quarantine = new QuarantineList(refreshNow);
const failed = new FailedList(refreshNow);

function showCounters(stats: Stats): void {
  for (const dd of document.querySelectorAll<HTMLElement>("[data-counter]")) {
    const value = stats[dd.dataset.counter ?? ""];
    dd.textContent = typeof value === "number" ? value.toLocaleString() : "–";
  }
}

const moved = (stats: Stats, ...names: (keyof Stats)[]) =>
  previous === undefined || names.some((name) => stats[name] !== previous?.[name]);

async function tick(): Promise<void> {
  clearTimeout(timer);
  try {
    const stats = await getJson<Stats>("/api/stats");
    showCounters(stats);
    await Promise.all([
      moved(stats, "received", "duplicates", "processed", "failed", "pending") ? events.refresh() : undefined,
      moved(stats, "received", "quarantined") ? quarantine.refresh() : undefined,
      moved(stats, "failed", "pending") ? failed.refresh() : undefined,
    ]);
    previous = stats;
    live.textContent = `Live · updated ${new Date().toLocaleTimeString()}`;
  } catch (error) {
    live.textContent = `Connection lost (${error instanceof Error ? error.message : String(error)}); retrying…`;
  }
  timer = setTimeout(() => void tick(), document.hidden ? 5_000 : 1_000);
}

document.addEventListener("visibilitychange", () => {
  if (!document.hidden) void tick();
});
void tick();
