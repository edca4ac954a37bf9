"use server";
/** User management (admin): invitations, roles, disabling, sessions. */
import { createInvitation } from "@/lib/auth/invitations";
import { revokeSession } from "@/lib/auth/session";
import { changeRole, setDisabled } from "@/lib/auth/staff-accounts";
import {
  changeRoleSchema,
  invitationIdSchema,
  inviteUserSchema,
  sessionIdSchema,
  userIdSchema,
} from "@/lib/validations/users";
import { defineAction, requireUser } from "./action-client";
import { AppError } from "./errors";

const USERS_PAGE = ["/admin/users"];

export const inviteUserAction = defineAction({
  name: "users.invite",
  schema: inviteUserSchema,
  access: "users.manage",
  handler: async (input, context) => {
    const invitation = await createInvitation(context.db, {
      ...input,
      invitedById: requireUser(context).id,
    });
    // The token is shown once to the admin, never stored or logged.
    return { id: invitation.id, token: invitation.token, expiresAt: invitation.expiresAt };
  },
  audit: (input, result) => ({
    recordType: "INVITATION",
    recordId: result.id,
    details: { email: input.email, role: input.role },
  }),
  revalidate: () => USERS_PAGE,
});

export const revokeInvitationAction = defineAction({
  name: "users.revoke_invitation",
  schema: invitationIdSchema,
  access: "users.manage",
  handler: async (input, { db }) => {
    const { count } = await db.invitation.updateMany({
      where: { id: input.invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("not_found");
    return { id: input.invitationId };
  },
  audit: (input) => ({ recordType: "INVITATION", recordId: input.invitationId }),
  revalidate: () => USERS_PAGE,
});

export const changeUserRoleAction = defineAction({
  name: "users.change_role",
  schema: changeRoleSchema,
  access: "users.manage",
  handler: (input, context) =>
    changeRole(context.db, requireUser(context).id, input.userId, input.role),
  audit: (input, result) => ({
    recordType: "USER",
    recordId: input.userId,
    details: { email: result.email, from: result.previousRole, to: input.role },
  }),
  revalidate: () => USERS_PAGE,
});

export const disableUserAction = defineAction({
  name: "users.disable",
  schema: userIdSchema,
  access: "users.manage",
  handler: (input, context) => setDisabled(context.db, requireUser(context).id, input.userId, true),
  audit: (input, result) => ({
    recordType: "USER",
    recordId: input.userId,
    details: { email: result.email },
  }),
  revalidate: () => USERS_PAGE,
});

export const enableUserAction = defineAction({
  name: "users.enable",
  schema: userIdSchema,
  access: "users.manage",
  handler: (input, context) =>
    setDisabled(context.db, requireUser(context).id, input.userId, false),
  audit: (input, result) => ({
    recordType: "USER",
    recordId: input.userId,
    details: { email: result.email },
  }),
  revalidate: () => USERS_PAGE,
});

export const revokeUserSessionAction = defineAction({
  name: "users.revoke_session",
  schema: sessionIdSchema,
  access: "users.manage",
  handler: async (input, { db }) => {
    const session = await db.userSession.findUnique({
      where: { id: input.sessionId },
      select: { userId: true },
    });
    if (!session) throw new AppError("not_found");
    await revokeSession(db, input.sessionId);
    return session;
  },
  audit: (input, result) => ({
    recordType: "USER",
    recordId: result.userId,
    details: { sessionId: input.sessionId },
  }),
  revalidate: () => USERS_PAGE,
});
