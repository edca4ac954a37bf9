import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  lastSignInAt: Date | null;
  activeSessions: number;
}

export interface OpenInvitation {
  id: string;
  email: string;
  name: string;
  role: Role;
  expiresAt: Date;
  invitedBy: string | null;
}

export interface SessionSummary {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  ipAddress: string | null;
  userAgent: string | null;
}

const SESSION_SELECT = {
  id: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  ipAddress: true,
  userAgent: true,
} as const;

export const listStaff = cache(async (): Promise<StaffMember[]> => {
  const now = new Date();
  const users = await db.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    take: 500,
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      lastSignInAt: true,
      _count: { select: { sessions: { where: { revokedAt: null, expiresAt: { gt: now } } } } },
    },
  });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
    lastSignInAt: user.lastSignInAt,
    activeSessions: user._count.sessions,
  }));
});

export const listOpenInvitations = cache(async (): Promise<OpenInvitation[]> => {
  const rows = await db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      expiresAt: true,
      invitedBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({ ...row, invitedBy: row.invitedBy?.name ?? null }));
});

export const getStaffMember = cache(async (id: string) => {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      lastSignInAt: true,
      createdAt: true,
    },
  });
  if (!user) return null;
  const sessions: SessionSummary[] = await db.userSession.findMany({
    where: { userId: id },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: SESSION_SELECT,
  });
  return { ...user, sessions };
});

/** The member's own sign-ins, for their account page. */
export const listOwnSessions = cache(async (userId: string): Promise<SessionSummary[]> =>
  db.userSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: SESSION_SELECT,
  }),
);
