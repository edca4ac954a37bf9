/**
 * Sign-in rate limiting, kept in PostgreSQL so that every app instance sees the same count.
 * Within a sliding minute: at most 10 failed attempts per account (the 11th is refused with
 * 429 without checking the password) and 30 per client address. A successful sign-in clears the
 * account's count. Attempts are serialized per account with an advisory lock, so a burst of
 * parallel guesses cannot all slip under the limit.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = Prisma.TransactionClient;

export const SIGN_IN_WINDOW_SECONDS = 60;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 30;
const RETENTION_MS = 24 * 60 * 60 * 1000;

export interface AttemptGate {
  attemptId: bigint;
  /** Seconds to wait before trying again, when this attempt is refused. */
  blockedForSeconds: number | null;
}

/**
 * Records a new attempt (as a failure until `markAttemptSucceeded`) and tells whether it may go
 * on to the password check. Runs in its own transaction; the lock ends with it.
 */
export async function openSignInAttempt(
  db: PrismaClient,
  emailKey: string,
  ipAddress: string,
  now: Date = new Date(),
): Promise<AttemptGate> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:${emailKey}`}, 0))`;
    const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_SECONDS * 1000);
    const lastSuccess = await tx.signInAttempt.findFirst({
      where: { emailKey, succeeded: true, createdAt: { gte: windowStart } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const accountSince = lastSuccess?.createdAt ?? windowStart;
    // One query at a time: statements on a transaction's connection cannot overlap.
    const accountFailures = await tx.signInAttempt.findMany({
      where: { emailKey, succeeded: false, createdAt: { gt: accountSince, lte: now } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
    const addressFailures = await tx.signInAttempt.count({
      where: { ipAddress, succeeded: false, createdAt: { gt: windowStart, lte: now } },
    });

    let blockedForSeconds: number | null = null;
    if (accountFailures.length >= MAX_FAILURES_PER_ACCOUNT) {
      // Free again once the oldest failure that keeps the count at the limit leaves the window.
      const pivot = accountFailures[accountFailures.length - MAX_FAILURES_PER_ACCOUNT];
      const freeAt = (pivot?.createdAt.getTime() ?? now.getTime()) + SIGN_IN_WINDOW_SECONDS * 1000;
      blockedForSeconds = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
    } else if (addressFailures >= MAX_FAILURES_PER_ADDRESS) {
      blockedForSeconds = SIGN_IN_WINDOW_SECONDS;
    }

    const attempt = await tx.signInAttempt.create({
      data: { emailKey, ipAddress, succeeded: false, createdAt: now },
      select: { id: true },
    });
    const expired = new Date(now.getTime() - RETENTION_MS);
    await tx.signInAttempt.deleteMany({
      where: { OR: [{ emailKey }, { ipAddress }], createdAt: { lt: expired } },
    });
    return { attemptId: attempt.id, blockedForSeconds };
  });
}

export async function markAttemptSucceeded(db: Db, attemptId: bigint): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}
