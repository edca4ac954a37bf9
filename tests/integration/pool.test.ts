/**
 * The pool is bounded: when every connection is busy, a query waits at most the acquire timeout
 * and fails, instead of queueing forever; the pool serves again once the load is gone.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { resolveDatabaseUrl } from "@/lib/db/url";

const client = createPrismaClient(resolveDatabaseUrl(), { max: 1, acquireTimeoutMs: 300 });

afterAll(async () => {
  await client.$disconnect();
});

describe("bounded connection pool", () => {
  it("fails a query fast when no connection frees up, then recovers", async () => {
    // Prisma queries are lazy: Promise.resolve sends this one now.
    const slow = Promise.resolve(client.$queryRaw`SELECT pg_sleep(3)::text AS slept`);
    // Let the slow query take the only connection first.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    await expect(client.$queryRaw`SELECT 1`).rejects.toThrow();
    const waited = Date.now() - started;
    expect(waited).toBeLessThan(2500);
    await slow;
    await expect(client.$queryRaw`SELECT 1 AS ok`).resolves.toEqual([{ ok: 1 }]);
  });
});
