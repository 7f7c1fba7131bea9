// The real program with enrichment configured from the environment, SIGKILLed while its dialog fetches are in
// flight: after a restart on the same store every marked dialog is fetched (SQLite releases the dead run's
// leases when it opens; on PostgreSQL they expire after `LEASE_MS`).

import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEvent } from "dialogporten-events";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { DialogSnapshot } from "../src/index.js";
import { FakeDialogporten } from "./fake-dialogporten.js";
import { SECRET, waitFor } from "./helpers.js";
import { createTestDatabase, hasPostgres, type TestDatabase } from "./pg.js";
import { startMainProcess } from "./processes.js";

const stores = [
  { name: "sqlite", available: true },
  { name: "postgres", available: hasPostgres },
];

for (const store of stores) {
  describe.skipIf(!store.available)(`enrichment across a SIGKILL (the real program, ${store.name})`, () => {
    const databases: TestDatabase[] = [];
    afterAll(async () => {
      for (const db of databases.splice(0)) await db.drop();
    });
    /** SQLite releases a dead run's leases when it opens; PostgreSQL waits for them to expire (`LEASE_MS`). */
    async function storeEnv(dataDir: string): Promise<Record<string, string>> {
      if (store.name === "sqlite") return { DATA_DIR: dataDir, DATABASE_URL: "" };
      const db = await createTestDatabase("consumer_enrich_crash");
      databases.push(db);
      return { DATABASE_URL: db.url, LEASE_MS: "1500" };
    }
    const children: ChildProcess[] = [];
    const dirs: string[] = [];
    let fake: FakeDialogporten | undefined;
    afterEach(async () => {
      for (const child of children.splice(0)) child.kill("SIGKILL");
      await fake?.stop();
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    });

    it("fetches after a restart the dialogs whose fetches the killed run had in flight", async () => {
      fake = new FakeDialogporten();
      await fake.start();
      const dataDir = mkdtempSync(join(tmpdir(), "consumer-enrich-crash-"));
      dirs.push(dataDir);
      const tokenFile = join(dataDir, "dialogporten-token");
      writeFileSync(tokenFile, "good-token\n");
      const env = {
        ...(await storeEnv(dataDir)),
        DIALOGPORTEN_URL: fake.url,
        DIALOGPORTEN_TOKEN_FILE: tokenFile,
        DIALOGPORTEN_MAX_FETCHES_PER_SECOND: "1000",
      };
      let open = () => {};
      fake.gate = new Promise((resolve) => {
        open = resolve;
      });
      const first = await startMainProcess(env, children);
      const ids = [randomUUID(), randomUUID(), randomUUID()];
      for (const id of ids) {
        fake.put(id);
        const event = createEvent("dialogporten.dialog.created.v1", {
          resource: "urn:altinn:resource:super-simple-service",
          resourceinstance: id,
          subject: "urn:altinn:organization:identifier-no:991825827",
        });
        const res = await fetch(`${first.url}/webhook?code=${SECRET}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(event),
        });
        expect(res.status).toBe(200);
      }
      // All three fetches are in flight, held: then the program dies.
      await waitFor(async () => (fake?.calls.length === 3 ? true : undefined));
      first.child.kill("SIGKILL");
      await first.exited;
      fake.gate = undefined;
      open();

      const second = await startMainProcess(env, children);
      const snapshotOf = async (id: string) => {
        const res = await fetch(`${second.url}/api/dialogs/${id}/snapshot`, {
          headers: { authorization: `Bearer ${SECRET}` },
        });
        return res.status === 200 ? ((await res.json()) as DialogSnapshot) : undefined;
      };
      for (const id of ids) {
        const snapshot = await waitFor(async () => {
          const s = await snapshotOf(id);
          return s?.status === "present" && !s.pending ? s : undefined;
        });
        expect(snapshot.revision).toBe(fake.dialogs.get(id)?.revision);
        expect(fake.callsFor(id)).toHaveLength(2); // the killed run's, and one after the restart
      }
      expect(fake.calls.every((c) => c.authorization === "Bearer good-token")).toBe(true);
    });
  });
}
