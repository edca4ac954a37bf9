/**
 * Throwaway databases for integration tests, on the server the suite runs against
 * (DATABASE_URL, or the embedded one started by scripts/with-db.ts).
 */
import path from "node:path";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { createPrismaClient } from "@/lib/db/create-client";
import { resolveDatabaseUrl, withDatabaseName } from "@/lib/db/url";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../../prisma/migrations");

export interface TestDatabase {
  url: string;
  db: PrismaClient;
  drop(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({
    connectionString: withDatabaseName(resolveDatabaseUrl(), "postgres"),
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database named `it_<label>_<pid>`; drop() removes it. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `it_${label.replace(/[^a-z0-9_]/gi, "_").toLowerCase()}_${process.pid}`;
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = withDatabaseName(resolveDatabaseUrl(), name);
  await applyMigrations(url, MIGRATIONS_DIR);
  const db = createPrismaClient(url, { max: 5 });
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
