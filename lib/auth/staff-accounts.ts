/**
 * Account changes made by an admin. Disabling or changing the role of a member ends their
 * sessions at once (their next request is anonymous); the last active admin can neither be
 * demoted nor disabled, and nobody changes their own role or disables themselves.
 */
import { AppError } from "@/lib/actions/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { invalidateUserSessions } from "./session";

type Db = Prisma.TransactionClient;

async function loadTarget(db: Db, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, disabledAt: true },
  });
  if (!user) throw new AppError("not_found");
  return user;
}

async function assertNotLastAdmin(
  db: Db,
  user: { id: string; role: Role; disabledAt: Date | null },
) {
  if (user.role !== "ADMIN" || user.disabledAt) return;
  const others = await db.user.count({
    where: { role: "ADMIN", disabledAt: null, id: { not: user.id } },
  });
  if (others === 0) throw new AppError("invalid_state", "last_admin");
}

export async function changeRole(db: Db, actorId: string, userId: string, role: Role) {
  if (actorId === userId) throw new AppError("invalid_state", "own_account");
  const user = await loadTarget(db, userId);
  if (user.role === role) return { ...user, previousRole: user.role, changed: false };
  if (role !== "ADMIN") await assertNotLastAdmin(db, user);
  await db.user.update({ where: { id: userId }, data: { role } });
  await invalidateUserSessions(db, userId);
  return { ...user, role, previousRole: user.role, changed: true };
}

export async function setDisabled(db: Db, actorId: string, userId: string, disabled: boolean) {
  if (actorId === userId) throw new AppError("invalid_state", "own_account");
  const user = await loadTarget(db, userId);
  if (disabled) {
    if (user.disabledAt) return user;
    await assertNotLastAdmin(db, user);
    await db.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    await invalidateUserSessions(db, userId);
  } else if (user.disabledAt) {
    await db.user.update({ where: { id: userId }, data: { disabledAt: null } });
  }
  return user;
}
