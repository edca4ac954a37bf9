/**
 * Staff members for integration tests: a user of a given role with a live session, and the
 * action context a server action would get for them on a real request.
 */
import type { ActionContext } from "@/lib/actions/action-client";
import { createSession } from "@/lib/auth/session";
import type { SignedInUser } from "@/lib/auth/signed-in-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

let counter = 0;

export async function createStaff(
  db: PrismaClient,
  role: Role,
  name = `${role.toLowerCase()} ${++counter}`,
): Promise<SignedInUser> {
  const email = `${name.replace(/\W+/g, ".")}.${Date.now()}.${++counter}@example.org`.toLowerCase();
  const user = await db.user.create({ data: { email, name, role } });
  const sessionId = await createSession(db, user.id, {
    ipAddress: "127.0.0.1",
    userAgent: "vitest",
  });
  return { id: user.id, email, name, role, sessionId };
}

export function contextFor(db: PrismaClient, user: SignedInUser | null): ActionContext {
  return {
    db,
    user,
    ipAddress: "127.0.0.1",
    userAgent: "vitest",
    revalidate: () => undefined,
  };
}
