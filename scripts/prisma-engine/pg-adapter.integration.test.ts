/** The driver adapter fixes (pg-adapter.ts), checked in-process against a real PostgreSQL. */
import { ColumnTypeEnum, type SqlQuery } from "@prisma/driver-adapter-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgAdapterFactory } from "./pg-adapter";
import {
  createDatabase,
  databaseExists,
  dropDatabase,
  queryOn,
  scratchDatabase,
} from "./test-support";

const database = scratchDatabase("adapter");
const factory = new PgAdapterFactory({ url: database.url });

const sql = (text: string): SqlQuery => ({ sql: text, args: [], argTypes: [] });

beforeAll(() => createDatabase(database.name));
afterAll(async () => {
  await factory.close();
  await dropDatabase(database.name);
});

describe("PgAdapterFactory", () => {
  it('reports "char" columns as Character instead of failing', async () => {
    const adapter = await factory.connect();
    try {
      const query = sql("SELECT 'p'::\"char\" AS contype, 'x'::text AS other");
      const result = await adapter.queryRaw(query);
      expect(result.columnTypes).toEqual([ColumnTypeEnum.Character, ColumnTypeEnum.Text]);
      expect(result.rows).toEqual([["p", "x"]]);

      const transaction = await adapter.startTransaction();
      const inTransaction = await transaction.queryRaw(query);
      await transaction.rollback();
      expect(inTransaction.columnTypes[0]).toBe(ColumnTypeEnum.Character);
    } finally {
      await adapter.dispose();
    }
  });

  it("runs a script as one statement batch: semicolons in bodies survive, failures roll back", async () => {
    const adapter = await factory.connect();
    try {
      await adapter.executeScript(`
        CREATE TABLE note (body text);
        CREATE FUNCTION default_body() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN NEW.body := coalesce(NEW.body, 'a;b'); RETURN NEW; END;
        $$;
        CREATE TRIGGER note_body BEFORE INSERT ON note FOR EACH ROW EXECUTE FUNCTION default_body();
        INSERT INTO note DEFAULT VALUES;`);
      expect(await queryOn(database.url, "SELECT body FROM note")).toEqual([{ body: "a;b" }]);

      await expect(
        adapter.executeScript("CREATE TABLE half_done (id int); SELECT 1/0;"),
      ).rejects.toMatchObject({
        cause: { kind: "postgres", code: "22012", message: "division by zero" },
      });
      expect(await queryOn(database.url, "SELECT to_regclass('half_done') AS t")).toEqual([
        { t: null },
      ]);
    } finally {
      await adapter.dispose();
    }
  });

  it("creates a shadow database next to the main one and drops it on dispose", async () => {
    const shadow = await factory.connectToShadowDb();
    const [row] = (await shadow.queryRaw(sql("SELECT current_database()"))).rows;
    const name = String(row?.[0]);
    expect(name).toMatch(/^prisma_migrate_shadow_db_[0-9a-f-]{36}$/);
    expect(await databaseExists(name)).toBe(true);
    await shadow.dispose();
    expect(await databaseExists(name)).toBe(false);
  });

  it("drops shadow databases the engine left open when closed", async () => {
    const leaky = new PgAdapterFactory({ url: database.url });
    const shadow = await leaky.connectToShadowDb();
    const name = String((await shadow.queryRaw(sql("SELECT current_database()"))).rows[0]?.[0]);
    await leaky.close();
    expect(await databaseExists(name)).toBe(false);
  });
});
