import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export interface PoolOptions {
  max?: number;
  acquireTimeoutMs?: number;
  statementTimeoutMs?: number;
}

/**
 * A Prisma client over a bounded pg pool. When every connection is busy, a query waits at most
 * `acquireTimeoutMs` for one and then fails fast instead of queueing forever.
 * The app uses the singleton in lib/db/client.ts; scripts, importers and tests call this.
 */
export function createPrismaClient(
  connectionString: string,
  options: PoolOptions = {},
): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 3000,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs ?? 15_000,
    application_name: "sahel-monitor",
  });
  return new PrismaClient({ adapter });
}
