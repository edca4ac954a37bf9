"use server";
/** Signing in and out, one's own password, and accepting an invitation. */
import { redirect } from "next/navigation";
import { acceptInvitation } from "@/lib/auth/invitations";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { SIGN_IN_WINDOW_SECONDS } from "@/lib/auth/rate-limit";
import {
  acceptInvitationSchema,
  changePasswordSchema,
  signInFormSchema,
  signOutSchema,
} from "@/lib/validations/auth";
import { defineAction, requireUser } from "./action-client";
import { AppError } from "./errors";

export const signInAction = defineAction({
  name: "auth.sign_in",
  schema: signInFormSchema,
  access: "public",
  // Auth.js does its own database work; every attempt is audited by lib/auth/credentials.ts.
  transaction: false,
  audit: false,
  handler: async (input) => {
    // Loaded on use: Auth.js needs Next's request scope, which tests of this module lack.
    const { CredentialsSignin, SignInRateLimited, signIn } = await import("@/auth");
    try {
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirect: false,
      });
    } catch (error) {
      if (error instanceof SignInRateLimited) {
        throw new AppError("rate_limited", undefined, {
          retryAfterSeconds: SIGN_IN_WINDOW_SECONDS,
        });
      }
      // Unknown email, wrong password, disabled account: one answer for all.
      if (error instanceof CredentialsSignin) {
        throw new AppError("unauthenticated", "invalid_credentials");
      }
      throw error;
    }
    redirect(input.callbackUrl ?? `/${input.locale}/admin`);
  },
});

export const signOutAction = defineAction({
  name: "auth.sign_out",
  schema: signOutSchema,
  access: "public",
  // Auth.js's signOut event revokes the session row and writes the audit entry.
  transaction: false,
  audit: false,
  handler: async (input) => {
    const { signOut } = await import("@/auth");
    await signOut({ redirect: false });
    redirect(`/${input.locale}`);
  },
});

export const changePasswordAction = defineAction({
  name: "account.change_password",
  schema: changePasswordSchema,
  access: "signed-in",
  handler: async (input, context) => {
    const user = requireUser(context);
    const { db } = context;
    const row = await db.user.findUnique({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    const matches = row?.passwordHash
      ? await verifyPassword(row.passwordHash, input.currentPassword)
      : false;
    if (!matches) {
      throw new AppError("invalid", undefined, {
        fieldErrors: { currentPassword: ["wrongPassword"] },
      });
    }
    await db.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.newPassword) },
    });
    // Other browsers signed in with the old password are signed out; this one stays.
    const { count } = await db.userSession.updateMany({
      where: { userId: user.id, revokedAt: null, id: { not: user.sessionId } },
      data: { revokedAt: new Date() },
    });
    return { otherSessionsEnded: count };
  },
  audit: (_input, result) => ({ details: { otherSessionsEnded: result.otherSessionsEnded } }),
});

export const acceptInvitationAction = defineAction({
  name: "account.accept_invitation",
  schema: acceptInvitationSchema,
  access: "public",
  handler: (input, { db }) =>
    acceptInvitation(db, { token: input.token, name: input.name, password: input.newPassword }),
  audit: (_input, user) => ({
    recordType: "USER",
    recordId: user.id,
    details: { email: user.email, role: user.role },
  }),
});
