/**
 * Where the database lives. Shared by the app, the scripts, the Prisma config and the tests, so
 * that all of them agree without anyone exporting a variable.
 *
 * DATABASE_URL set → that server. Unset → the embedded PostgreSQL the scripts start in `.data/`.
 */

export const DEFAULT_EMBEDDED_PORT = 54387;
export const EMBEDDED_USER = "postgres";
// The embedded server only listens on localhost and only holds local development data.
export const EMBEDDED_PASSWORD = "sahel-monitor-local";
export const APP_DATABASE_NAME = "sahel_monitor";

type Env = Record<string, string | undefined>;

export function embeddedPort(env: Env = process.env): number {
  const raw = env.EMBEDDED_PG_PORT;
  if (raw === undefined || raw === "") return DEFAULT_EMBEDDED_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a port number between 1024 and 65535, got "${raw}"`);
  }
  return port;
}

export function embeddedDatabaseUrl(database: string, env: Env = process.env): string {
  const password = encodeURIComponent(EMBEDDED_PASSWORD);
  return `postgresql://${EMBEDDED_USER}:${password}@localhost:${embeddedPort(env)}/${database}`;
}

export function isEmbedded(env: Env = process.env): boolean {
  return !env.DATABASE_URL;
}

export function resolveDatabaseUrl(env: Env = process.env): string {
  return env.DATABASE_URL || embeddedDatabaseUrl(APP_DATABASE_NAME, env);
}

/** The same server with another database name (tests and shadow databases use their own). */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}
