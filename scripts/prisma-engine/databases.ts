/**
 * The native engine's one-shot `cli` commands (can-connect-to-database, create-database,
 * drop-database), which the Wasm engine does not have. They need nothing but pg. Failures carry the
 * native engine's error codes, because the CLI branches on them (e.g. P1003 → create the database).
 */
import pg from "pg";
import { databaseNameOf, withDatabaseName } from "../../lib/db/url";
import { runAdminStatement } from "./pg-adapter";

export class EngineCommandError extends Error {
  constructor(
    readonly errorCode: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

function stringField(error: unknown, field: string): string | undefined {
  const value: unknown =
    typeof error === "object" && error !== null ? Reflect.get(error, field) : undefined;
  return typeof value === "string" ? value : undefined;
}

/** Same codes and wording as the native engine for the failures a developer actually meets. */
export function toEngineCommandError(error: unknown, url: string): EngineCommandError {
  const parsed = new URL(url);
  const server = `${parsed.hostname}:${parsed.port || "5432"}`;
  const database = databaseNameOf(url);
  const message = error instanceof Error ? error.message : String(error);
  switch (stringField(error, "code")) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
      return new EngineCommandError(
        "P1001",
        `Can't reach database server at \`${server}\`\n\nPlease make sure your database server is running at \`${server}\`.`,
      );
    case "3D000":
      return new EngineCommandError(
        "P1003",
        `Database \`${database}\` does not exist on the database server at \`${server}\`.`,
      );
    case "28P01":
    case "28000":
      return new EngineCommandError(
        "P1000",
        `Authentication failed against database server at \`${server}\`, the provided database credentials for \`${decodeURIComponent(parsed.username)}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${server}\`.`,
      );
    case "42P04":
      return new EngineCommandError(
        "P1009",
        `Database \`${database}\` already exists on the database server at \`${server}\``,
      );
    default:
      return new EngineCommandError(undefined, message);
  }
}

async function withErrorCodes<T>(url: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toEngineCommandError(error, url);
  }
}

export function canConnectToDatabase(url: string): Promise<void> {
  return withErrorCodes(url, async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    client.on("error", () => undefined);
    try {
      await client.connect();
    } finally {
      await client.end().catch(() => undefined);
    }
  });
}

/** Like the native engine: connect to the server's `postgres` database and create ours. */
export function createDatabase(url: string): Promise<{ databaseName: string }> {
  const databaseName = databaseNameOf(url);
  return withErrorCodes(url, async () => {
    const statement = `CREATE DATABASE ${pg.escapeIdentifier(databaseName)}`;
    await runAdminStatement(withDatabaseName(url, "postgres"), statement);
    return { databaseName };
  });
}

export function dropDatabase(url: string): Promise<void> {
  return withErrorCodes(url, () =>
    runAdminStatement(
      withDatabaseName(url, "postgres"),
      `DROP DATABASE ${pg.escapeIdentifier(databaseNameOf(url))}`,
    ),
  );
}
