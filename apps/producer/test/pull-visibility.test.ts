// Pull visibility must be a prefix of the sequence: two publishes at once can be stored in the other order
// than their acceptance times (`now` is taken before the insert), and a puller that was given the later
// sequence first would move its cursor past the earlier one and never see it. Found by the demo's
// push-against-pull check (`pnpm demo -- --dialogs 30 --seed 7` lost 3 events this way).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { openOutbox } from "../src/outbox/outbox.js";

const RESOURCE = "urn:altinn:resource:visibility";
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it("a puller following its cursor gets every event when acceptance times are out of sequence order", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pull-visibility-"));
  dirs.push(dir);
  const outbox = await openOutbox({ dataDir: dir });
  try {
    const event = (id: string) => ({ id, type: "dialogporten.dialog.seen.v1", resource: RESOURCE });
    // Accepted at 2000 but stored first; accepted at 1000 but stored second.
    await outbox.events.insert(event("a"), "{}", 2000);
    await outbox.events.insert(event("b"), "{}", 1000);
    await outbox.events.insert(event("c"), "{}", 3000);
    const pulled: string[] = [];
    let after = "0";
    for (const visibleAt of [1500, 2500, 3500]) {
      const page = await outbox.events.pull({ resource: RESOURCE, after, size: 10, visibleAt });
      pulled.push(...page.map((e) => e.id));
      after = page.at(-1)?.id ?? after;
    }
    expect(pulled).toEqual(["a", "b", "c"]);
  } finally {
    await outbox.close();
  }
});

it("an id published twice is pulled once, and naming it as `after` skips nothing published in between", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pull-visibility-"));
  dirs.push(dir);
  const outbox = await openOutbox({ dataDir: dir });
  try {
    const event = (id: string) => ({ id, type: "dialogporten.dialog.seen.v1", resource: RESOURCE });
    await outbox.events.insert(event("x"), "{}", 1000);
    // The puller is given x and stands there; then two events and x again (the producer's retry) arrive.
    const first = await outbox.events.pull({ resource: RESOURCE, after: "0", size: 10, visibleAt: 1500 });
    expect(first.map((e) => e.id)).toEqual(["x"]);
    await outbox.events.insert(event("y"), "{}", 2000);
    await outbox.events.insert(event("z"), "{}", 2001);
    await outbox.events.insert(event("x"), "{}", 2002);
    const next = await outbox.events.pull({ resource: RESOURCE, after: "x", size: 10, visibleAt: 3000 });
    expect(next.map((e) => e.id)).toEqual(["y", "z"]);
  } finally {
    await outbox.close();
  }
});
