import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient } from "./create-client";

// One client per process; dev hot reloads would otherwise open a new pool on every change.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient =
  globalForPrisma.prisma ??
  createPrismaClient(env.databaseUrl, {
    max: env.DB_POOL_MAX,
    acquireTimeoutMs: env.DB_POOL_ACQUIRE_TIMEOUT_MS,
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
  });

if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
