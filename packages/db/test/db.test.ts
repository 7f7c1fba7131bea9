import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  classifyError,
  type Database,
  type Generated,
  legacyVersion,
  type Migration,
  type MigrationDb,
  migrate,
  openPostgres,
  openSqlite,
  pick,
  type SqliteDatabase,
  StoreUnavailableError,
  sql,
  toStoreError,
} from "../src/index.js";
import { targets } from "./databases.js";

interface Tables {
  item: { id: Generated<number>; name: string; at: number; flag: number };
}

const schema: Record<string, Migration> = {
  "0001_item": {
    async up(db, dialect) {
      await db.schema
        .createTable("item")
        .addColumn("id", pick(dialect, { sqlite: "integer", postgres: "bigserial" }), (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull().unique())
        .addColumn("at", "bigint", (c) => c.notNull())
        .addColumn("flag", "integer", (c) => c.notNull())
        .execute();
    },
  },
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fresh(target: (typeof targets)[number]) {
  const made = await target.create();
  cleanups.push(made.drop);
  const open = (...args: Parameters<typeof made.open>) => {
    const db = made.open(...args);
    cleanups.push(() => db.close());
    return db as unknown as Database<Tables>;
  };
  return { ...made, open };
}

for (const target of targets) {
  describe.skipIf(!target.available)(`on ${target.name}`, () => {
    it("migrates once, in name order, and a second run applies nothing", async () => {
      const db = (await fresh(target)).open();
      const order: string[] = [];
      const migrations: Record<string, Migration> = {
        ...schema,
        "0002_index": {
          async up(k) {
            order.push("0002");
            await k.schema.createIndex("item_at").on("item").column("at").execute();
          },
        },
      };
      expect(await migrate(db, { migrations, table: "test_migration" })).toEqual(["0001_item", "0002_index"]);
      expect(await migrate(db, { migrations, table: "test_migration" })).toEqual([]);
      expect(order).toEqual(["0002"]);
    });

    it("runs every pending step in one transaction: a failing step leaves no table behind", async () => {
      const db = (await fresh(target)).open();
      const migrations: Record<string, Migration> = {
        ...schema,
        "0002_broken": {
          async up(k) {
            await sql`SELECT * FROM no_such_table`.execute(k);
          },
        },
      };
      await expect(migrate(db, { migrations, table: "test_migration" })).rejects.toThrow(/no_such_table/);
      await expect(db.all(db.qb.selectFrom("item").selectAll())).rejects.toThrow(/item/);
      expect(await migrate(db, { migrations: schema, table: "test_migration" })).toEqual(["0001_item"]);
    });

    it("reads the version an older runner recorded", async () => {
      const db = (await fresh(target)).open();
      const k = db.kysely as MigrationDb;
      expect(await legacyVersion(k, db.dialect)).toBe(0);
      if (db.dialect === "sqlite") await sql`PRAGMA user_version = 3`.execute(k);
      else {
        await sql`CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text)`.execute(k);
        await sql`INSERT INTO schema_migrations VALUES (1, 'a'), (3, 'c')`.execute(k);
      }
      expect(await legacyVersion(k, db.dialect)).toBe(3);
    });

    it("runs one query builder expression on both, with numbers for ids and times", async () => {
      const db = (await fresh(target)).open();
      await migrate(db, { migrations: schema, table: "test_migration" });
      const at = Date.UTC(2026, 0, 2, 3, 4, 5, 678);
      const inserted = await db.all(
        db.qb.insertInto("item").values({ name: "a", at, flag: 1 }).returning(["id", "at"]),
      );
      expect(inserted).toEqual([{ id: 1, at }]);
      // The dialect's "insert unless it is there", one expression.
      const again = await db.run(
        db.qb
          .insertInto("item")
          .values({ name: "a", at, flag: 0 })
          .onConflict((c) => c.column("name").doNothing()),
      );
      expect(again).toBe(0);
      expect(await db.first(db.qb.selectFrom("item").select(["name", "flag"]).where("id", "=", 1))).toEqual({
        name: "a",
        flag: 1,
      });
    });

    it("commits a transaction whole or not at all; a nested one is a savepoint", async () => {
      const db = (await fresh(target)).open();
      await migrate(db, { migrations: schema, table: "test_migration" });
      const insert = (name: string) => db.qb.insertInto("item").values({ name, at: 0, flag: 0 });
      await expect(
        db.transaction(async (tx) => {
          await tx.run(insert("x"));
          await tx.run(insert("x")); // unique violation: a bug, not an outage
        }),
      ).rejects.not.toBeInstanceOf(StoreUnavailableError);
      expect(await db.all(db.qb.selectFrom("item").selectAll())).toEqual([]);
      await db.transaction(async (tx) => {
        await tx.run(insert("y"));
      });
      expect((await db.all(db.qb.selectFrom("item").select("name"))).map((r) => r.name)).toEqual(["y"]);
    });

    it("answers an unreachable server or a full disk as an outage, a bad query as a bug", async () => {
      const made = await fresh(target);
      const db = made.open();
      const bad = await db.run(db.qb.selectFrom("nothing" as never).selectAll()).catch((e: unknown) => e);
      expect(classifyError(bad)).toBe("bug");
      expect(toStoreError(bad)).toBe(bad);
      if (target.name === "postgres") {
        const port = await closedPort();
        const url = new URL(made.url as string);
        url.port = String(port);
        const down = openPostgres(url.toString(), { connectionTimeoutMs: 1000 });
        cleanups.push(() => down.close());
        await expect(down.all(down.qb.selectNoFrom(sql<number>`1`.as("one")))).rejects.toBeInstanceOf(
          StoreUnavailableError,
        );
      } else {
        const sqlite = openSqlite<Tables>(
          `${(db as unknown as SqliteDatabase<Tables>).connection.name}-full`,
          {
            maxBytes: 64 * 1024,
          },
        );
        cleanups.push(() => sqlite.close());
        await migrate(sqlite, { migrations: schema, table: "test_migration" });
        const full = await sqlite
          .transaction(async (tx) => {
            for (let i = 0; i < 1000; i++) {
              await tx.run(
                tx.qb.insertInto("item").values({ name: `${i}${"x".repeat(500)}`, at: i, flag: 0 }),
              );
            }
          })
          .catch((e: unknown) => e);
        expect((full as { code?: string }).code).toBe("SQLITE_FULL");
        expect(classifyError(full)).toBe("outage");
        expect(toStoreError(full)).toBeInstanceOf(StoreUnavailableError);
      }
    });
  });
}

describe.skipIf(!targets[1]?.available)("on postgres only", () => {
  const postgres = targets[1] as (typeof targets)[number];

  it("lets five instances migrate at once: each step applied once", async () => {
    const made = await fresh(postgres);
    const dbs = Array.from({ length: 5 }, () => made.open());
    const applied = await Promise.all(dbs.map((db) => migrate(db, { migrations: schema, table: "m" })));
    expect(applied.flat()).toEqual(["0001_item"]);
  });

  it("retries a transaction that deadlocks, so both commit", async () => {
    const made = await fresh(postgres);
    const db = made.open();
    await migrate(db, { migrations: schema, table: "m" });
    await db.run(
      db.qb.insertInto("item").values([
        { name: "a", at: 0, flag: 0 },
        { name: "b", at: 0, flag: 0 },
      ]),
    );
    let tries = 0;
    let meet!: () => void;
    const bothLocked = new Promise<void>((resolve) => {
      let n = 0;
      meet = () => {
        if (++n === 2) resolve();
      };
    });
    const bump = (first: string, second: string) =>
      db.transaction(async (tx) => {
        tries++;
        const touch = (name: string) =>
          tx.run(
            tx.qb
              .updateTable("item")
              .set((e) => ({ at: e("at", "+", 1) }))
              .where("name", "=", name),
          );
        await touch(first);
        if (tries <= 2) {
          meet();
          await bothLocked;
        }
        await touch(second);
      });
    await Promise.all([bump("a", "b"), bump("b", "a")]);
    expect(tries).toBeGreaterThan(2);
    expect(await db.all(db.qb.selectFrom("item").select(["name", "at"]).orderBy("name"))).toEqual([
      { name: "a", at: 2 },
      { name: "b", at: 2 },
    ]);
  });

  it("classifies SQLSTATE classes 08, 53, 57P as outages, 40P01 and 40001 as conflicts", async () => {
    const { DatabaseError } = (await import("pg")).default;
    const withCode = (code: string) => Object.assign(new DatabaseError("x", 1, "error"), { code });
    expect(["08006", "53300", "57P01", "57P03"].map((c) => classifyError(withCode(c)))).toEqual(
      Array(4).fill("outage"),
    );
    expect(["40P01", "40001"].map((c) => classifyError(withCode(c)))).toEqual(["conflict", "conflict"]);
    expect(["42P01", "23505", "22P02"].map((c) => classifyError(withCode(c)))).toEqual(Array(3).fill("bug"));
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
