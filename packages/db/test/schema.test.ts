import { afterEach, describe, expect, it } from "vitest";
import {
  type Database,
  type Generated,
  type Migration,
  migrate,
  pick,
  prepared,
  returningId,
  sql,
  withSchema,
} from "../src/index.js";
import { targets } from "./databases.js";

interface Tables {
  item: { id: Generated<number>; name: string };
}

const migrations: Record<string, Migration> = {
  "0001_item": {
    async up(db, dialect) {
      const schema = dialect === "postgres" ? db.schema.withSchema("app") : db.schema;
      await schema
        .createTable("item")
        .addColumn("id", pick(dialect, { sqlite: "integer", postgres: "bigserial" }), (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .execute();
    },
  },
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

for (const target of targets) {
  describe.skipIf(!target.available)(`withSchema on ${target.name}`, () => {
    it("builds every query, in and out of transactions, for the app's schema", async () => {
      const made = await target.create();
      cleanups.push(made.drop);
      const plain = made.open();
      cleanups.push(() => plain.close());
      await migrate(plain, { migrations, table: "app_migration", schema: "app" });
      const db = withSchema(plain as unknown as Database<Tables>, "app");
      if (target.name === "sqlite") expect(db).toBe(plain);
      await db.run(db.qb.insertInto("item").values({ name: "outside" }));
      await db.transaction(async (tx) => {
        await tx.run(tx.qb.insertInto("item").values({ name: "inside" }));
      });
      await expect(
        db.transaction(async (tx) => {
          await tx.run(tx.qb.insertInto("item").values({ name: "rolled back" }));
          throw new Error("undo");
        }),
      ).rejects.toThrow("undo");
      // `insert` answers the new row's id, in the schema too; a prepared query compiles once for the
      // database and its transactions (they share its builder).
      const insertOne = prepared<Tables, { name: string }, unknown>((qb, p, dialect) =>
        returningId(qb.insertInto("item").values({ name: p("name") }), dialect),
      );
      const id = await db.insert(insertOne(db, { name: "inserted" }));
      await db.transaction(async (tx) => {
        expect(tx.qb).toBe(db.qb);
        expect(await tx.insert(insertOne(tx, { name: "inserted inside" }))).toBe((id as number) + 1);
      });
      expect(id).toEqual(expect.any(Number));
      const rows = await db.all(db.qb.selectFrom("item").select("name").orderBy("id"));
      expect(rows.map((r) => r.name)).toEqual(["outside", "inside", "inserted", "inserted inside"]);
      if (target.name === "postgres") {
        // Really in the schema: the default search path does not see the table.
        const { rows: inApp } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM app.item`.execute(
          plain.kysely,
        );
        expect(inApp[0]?.n).toBe(4);
        const { rows: visible } = await sql<{
          t: string | null;
        }>`SELECT to_regclass('item')::text AS t`.execute(plain.kysely);
        expect(visible[0]?.t).toBeNull();
      }
    });
  });
}
