/**
 * Gives a script a database to talk to: DATABASE_URL when set, else the embedded PostgreSQL
 * (started here, or reused when another process already runs it).
 */
import pg from "pg";
import { ensureEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { databaseNameOf, isEmbedded, withDatabaseName } from "@/lib/db/url";

export interface ScriptDatabase {
  url: string;
  /** Stops the embedded server if this process started it; leaves anything else running. */
  release(): Promise<void>;
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`Invalid database name "${name}"`);
  return `"${name}"`;
}

export async function acquireDatabase(
  options: { database?: string; fresh?: boolean } = {},
): Promise<ScriptDatabase> {
  let server: EmbeddedServer | undefined;
  let baseUrl = process.env.DATABASE_URL ?? "";
  if (isEmbedded()) {
    server = await ensureEmbeddedPostgres({ projectRoot: process.cwd() });
    baseUrl = server.url();
  }
  let url = baseUrl;
  if (options.database && options.database !== databaseNameOf(baseUrl)) {
    url = withDatabaseName(baseUrl, options.database);
    const name = quoteIdentifier(options.database);
    if (options.fresh) await onServer(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const client = new pg.Client({ connectionString: withDatabaseName(baseUrl, "postgres") });
    await client.connect();
    try {
      const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
        options.database,
      ]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
  }
  return { url, release: async () => server?.stop() };
}
