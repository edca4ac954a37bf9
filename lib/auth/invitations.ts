/**
 * Invitations: an admin creates one and is shown a one-time link (no mail server needed); the
 * invitee opens it, picks a password and becomes a member with the invited role. Only the
 * SHA-256 of the token is stored, so the link cannot be recovered from the database.
 */
import { createHash, randomBytes } from "node:crypto";
import { AppError } from "@/lib/actions/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "./password";

type Db = Prisma.TransactionClient;

export const INVITATION_TTL_DAYS = 7;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createInvitation(
  db: Db,
  input: { email: string; name: string; role: Role; invitedById: string | null },
  now: Date = new Date(),
): Promise<{ id: string; token: string; expiresAt: Date }> {
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw new AppError("invalid", undefined, { fieldErrors: { email: ["emailTaken"] } });
  // One open invitation per address: a new one replaces the previous link.
  await db.invitation.updateMany({
    where: { email: input.email, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
  const invitation = await db.invitation.create({
    data: { ...input, tokenHash: hashInvitationToken(token), createdAt: now, expiresAt },
    select: { id: true },
  });
  return { id: invitation.id, token, expiresAt };
}

export async function findOpenInvitation(db: Db, token: string, now: Date = new Date()) {
  return db.invitation.findFirst({
    where: {
      tokenHash: hashInvitationToken(token),
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: now },
    },
    select: { id: true, email: true, name: true, role: true, expiresAt: true },
  });
}

export async function acceptInvitation(
  db: Db,
  input: { token: string; name: string; password: string },
  now: Date = new Date(),
): Promise<{ id: string; email: string; role: Role }> {
  const invitation = await findOpenInvitation(db, input.token, now);
  if (!invitation) throw new AppError("invalid_state", "invitation_invalid");
  const claimed = await db.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null },
    data: { acceptedAt: now },
  });
  if (claimed.count === 0) throw new AppError("invalid_state", "invitation_invalid");
  const taken = await db.user.findUnique({
    where: { email: invitation.email },
    select: { id: true },
  });
  if (taken) throw new AppError("invalid_state", "invitation_invalid");
  const user = await db.user.create({
    data: {
      email: invitation.email,
      name: input.name,
      role: invitation.role,
      passwordHash: await hashPassword(input.password),
    },
    select: { id: true, email: true, role: true },
  });
  return user;
}
