import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { type Generated, openSqlite, type SqliteDatabase } from "../src/index.js";

/**
 * SQLite has one connection and one transaction at a time. A transaction that another caller begins while
 * one is under way (its callback awaiting) must wait for it, not become a savepoint inside it: otherwise the
 * first one's rollback would undo work the second caller was told is committed. A transaction begun inside
 * another one's callback is a savepoint.
 */
interface Tables {
  item: { id: Generated<number>; name: string };
}

let dir = "";
let db: SqliteDatabase<Tables> | undefined;
afterEach(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

function open() {
  dir = mkdtempSync(join(tmpdir(), "db-sqlite-tx-"));
  db = openSqlite<Tables>(join(dir, "tx.sqlite"));
  db.connection.exec("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
  return db;
}

const names = async (d: SqliteDatabase<Tables>) =>
  (await d.all(d.qb.selectFrom("item").select("name").orderBy("id"))).map((r) => r.name);

it("keeps a transaction begun by another caller out of the one under way", async () => {
  const d = open();
  const insert = (name: string) => d.qb.insertInto("item").values({ name });
  let begun: () => void = () => undefined;
  const first = new Promise<void>((resolve) => {
    begun = resolve;
  });
  const failing = d.transaction(async (tx) => {
    await tx.run(insert("a"));
    begun();
    for (let i = 0; i < 20; i++) await Promise.resolve(); // other callers' code runs meanwhile
    throw new Error("a fails");
  });
  await first;
  const other = d.transaction(async (tx) => {
    await tx.run(insert("b"));
  });
  await expect(failing).rejects.toThrow("a fails");
  await other;
  expect(await names(d)).toEqual(["b"]);
});

it("makes a transaction begun inside another one's callback a savepoint", async () => {
  const d = open();
  const insert = (name: string) => d.qb.insertInto("item").values({ name });
  await d.transaction(async (tx) => {
    await tx.run(insert("outer"));
    await expect(
      d.transaction(async (inner) => {
        await inner.run(insert("inner"));
        throw new Error("inner fails");
      }),
    ).rejects.toThrow("inner fails");
    await tx.run(insert("after"));
  });
  expect(await names(d)).toEqual(["outer", "after"]);
});

it("fails a transaction SQLite ended on its own with that error, and lets other callers' work run", async () => {
  dir = mkdtempSync(join(tmpdir(), "db-sqlite-tx-"));
  const d = openSqlite<Tables>(join(dir, "full.sqlite"), { maxBytes: 64 * 1024 });
  db = d;
  d.connection.exec("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
  const insert = (name: string) => d.qb.insertInto("item").values({ name });
  await d.run(insert("seed"));
  let ended: () => void = () => undefined;
  const whenEnded = new Promise<void>((resolve) => {
    ended = resolve;
  });
  const filling = d.transaction(async (tx) => {
    await tx.run(insert("first"));
    let full: unknown;
    // SQLITE_FULL in a savepoint whose failure is caught: SQLite has rolled back the whole transaction.
    for (let i = 0; i < 1000 && full === undefined; i++) {
      await d
        .transaction((sp) => sp.run(insert(`${i}${"y".repeat(500)}`)))
        .catch((e: unknown) => {
          full = e;
        });
    }
    expect((full as { code?: string }).code).toBe("SQLITE_FULL");
    ended();
    for (let i = 0; i < 20; i++) await Promise.resolve(); // other callers' code runs meanwhile
    await tx.run(insert("after")); // must not commit on its own
  });
  await whenEnded;
  // Another caller's statement is not part of the ended transaction, nor stopped by it.
  expect(await names(d)).toEqual(["seed"]);
  const other = d.transaction(async (tx) => {
    await tx.run(d.qb.updateTable("item").set({ name: "SEED" }).where("name", "=", "seed"));
  });
  await expect(filling).rejects.toMatchObject({ code: "SQLITE_FULL" });
  await other;
  expect(await names(d)).toEqual(["SEED"]);
});
