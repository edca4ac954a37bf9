import { readdir } from "node:fs/promises";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type Readiness = { ready: true } | { ready: false; reason: string };

async function migrationsOnDisk(migrationsDir: string): Promise<string[] | null> {
  try {
    const entries = await readdir(migrationsDir, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch {
    // A deployment without the migrations folder can only check that the database answers.
    return null;
  }
}

async function check(client: PrismaClient, migrationsDir: string): Promise<Readiness> {
  let applied: { migration_name: string }[];
  try {
    applied = await client.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  } catch (error) {
    // Reachable but never migrated: the bookkeeping table itself is missing.
    if (String(error).includes("_prisma_migrations"))
      return { ready: false, reason: "migrations not applied" };
    return { ready: false, reason: "database unreachable" };
  }
  const expected = await migrationsOnDisk(migrationsDir);
  if (expected) {
    const done = new Set(applied.map((row) => row.migration_name));
    const pending = expected.filter((name) => !done.has(name)).length;
    if (pending > 0) return { ready: false, reason: `${pending} migration(s) pending` };
  }
  return { ready: true };
}

/**
 * Whether the app can serve: the database answers and every migration on disk is applied.
 * Answers within `timeoutMs` even when the database hangs, so a probe never waits on it.
 */
export async function checkReadiness(
  client: PrismaClient,
  migrationsDir: string,
  timeoutMs = 1500,
): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(
      () => resolve({ ready: false, reason: "database did not answer in time" }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([check(client, migrationsDir), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
