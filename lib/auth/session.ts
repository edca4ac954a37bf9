/**
 * Revocable sessions. The Auth.js cookie is an encrypted JWT that only names a session row
 * (`sid`), its user (`uid`) and the user's session version at sign-in (`sv`). Every request
 * checks them against the database: a revoked or expired session, a disabled user, or a
 * version bumped by an admin (role change, disable) makes the request anonymous at once.
 */
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SignedInUser } from "./signed-in-user";

type Db = Prisma.TransactionClient;

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const sessionClaimsSchema = z.object({
  uid: z.uuid(),
  sid: z.uuid(),
  sv: z.number().int(),
});
export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

export async function resolveSignedInUser(
  db: Db,
  claims: unknown,
  now: Date = new Date(),
): Promise<SignedInUser | null> {
  const parsed = sessionClaimsSchema.safeParse(claims);
  if (!parsed.success) return null;
  const { uid, sid, sv } = parsed.data;
  const session = await db.userSession.findUnique({
    where: { id: sid },
    select: {
      userId: true,
      revokedAt: true,
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          disabledAt: true,
          sessionVersion: true,
        },
      },
    },
  });
  if (!session || session.userId !== uid) return null;
  if (session.revokedAt || session.expiresAt <= now) return null;
  const { user } = session;
  if (user.disabledAt || user.sessionVersion !== sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: sid };
}

export async function createSession(
  db: Db,
  userId: string,
  meta: { ipAddress: string | null; userAgent: string | null },
  now: Date = new Date(),
): Promise<string> {
  const session = await db.userSession.create({
    data: {
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      ipAddress: meta.ipAddress,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
    select: { id: true },
  });
  return session.id;
}

export async function revokeSession(db: Db, sessionId: string, now: Date = new Date()) {
  await db.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now },
  });
}

/** Ends every sign-in of a user at once (disable, role change). */
export async function invalidateUserSessions(db: Db, userId: string, now: Date = new Date()) {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await db.userSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: now },
  });
}
