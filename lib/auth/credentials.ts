/**
 * Email + password sign-in, used by the Auth.js Credentials provider. An unknown email, a wrong
 * password and a disabled account all give the same answer, after the same amount of work (a
 * real or a decoy argon2 verification), so the answer tells nothing about which emails exist.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { normalizeEmail } from "./email";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { markAttemptSucceeded, openSignInAttempt } from "./rate-limit";
import { createSession } from "./session";

export interface PasswordSignInInput {
  email: string;
  password: string;
  ipAddress: string | null;
  userAgent: string | null;
}

export type PasswordSignInResult =
  | {
      ok: true;
      user: { id: string; email: string; name: string };
      sessionId: string;
      sessionVersion: number;
    }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export async function signInWithPassword(
  db: PrismaClient,
  input: PasswordSignInInput,
  now: Date = new Date(),
): Promise<PasswordSignInResult> {
  const emailKey = normalizeEmail(input.email).slice(0, 320);
  const ipAddress = input.ipAddress ?? "unknown";
  const gate = await openSignInAttempt(db, emailKey, ipAddress, now);

  if (gate.blockedForSeconds !== null) {
    await recordAudit(db, {
      action: "auth.sign_in_failed",
      actorEmail: emailKey,
      ipAddress: input.ipAddress,
      details: { reason: "rate_limited" },
    });
    return { ok: false, reason: "rate_limited", retryAfterSeconds: gate.blockedForSeconds };
  }

  const user = await db.user.findUnique({
    where: { email: emailKey },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      disabledAt: true,
      sessionVersion: true,
    },
  });
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDecoy(input.password);

  if (!user || !passwordMatches || user.disabledAt) {
    const reason = !user ? "unknown_account" : !passwordMatches ? "wrong_password" : "disabled";
    await recordAudit(db, {
      action: "auth.sign_in_failed",
      user: user ? { id: user.id, email: user.email } : null,
      actorEmail: emailKey,
      ipAddress: input.ipAddress,
      details: { reason },
    });
    return { ok: false, reason: "invalid_credentials" };
  }

  const sessionId = await db.$transaction(async (tx) => {
    await markAttemptSucceeded(tx, gate.attemptId);
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    const id = await createSession(tx, user.id, input, now);
    await recordAudit(tx, {
      action: "auth.sign_in",
      user,
      ipAddress: input.ipAddress,
      details: { sessionId: id },
    });
    return id;
  });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name },
    sessionId,
    sessionVersion: user.sessionVersion,
  };
}
