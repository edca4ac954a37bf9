/**
 * Shared by the shim's integration tests: throwaway databases on a real server and a way to run
 * the shim executable. The server is DATABASE_URL (set by the integration global setup, embedded or
 * not), else the local trust-auth server.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { withDatabaseName } from "../../lib/db/url";

export const SHIM_DIR = path.dirname(fileURLToPath(import.meta.url));
export const SHIM = path.join(SHIM_DIR, "schema-engine");
export const PROJECT_ROOT = path.resolve(SHIM_DIR, "..", "..");
export const ENGINE_COMMIT = "0edf323efd1d98336f3f0a68684b56f689b900d3";

export function serverUrl(): string {
  return process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
}

export async function adminQuery<T extends pg.QueryResultRow>(
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl(), "postgres") });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

let counter = 0;

/** A unique `shim_test_*` name, with its URL on the test server (the database is not created). */
export function scratchDatabase(label: string): { name: string; url: string } {
  const name = `shim_test_${label}_${process.pid}_${++counter}`;
  return { name, url: withDatabaseName(serverUrl(), name) };
}

export async function createDatabase(name: string): Promise<void> {
  await dropDatabase(name);
  await adminQuery(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
}

export async function databaseExists(name: string): Promise<boolean> {
  return (await adminQuery("SELECT 1 FROM pg_database WHERE datname = $1", [name])).length > 0;
}

export async function queryOn<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion, feeding it `input` and closing its stdin. */
export function runProcess(
  program: string,
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

export function jsonLines(text: string): unknown[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line): unknown => JSON.parse(line));
}
