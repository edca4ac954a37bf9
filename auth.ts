/**
 * Auth.js (next-auth v5) configuration: email + password through the Credentials provider, an
 * encrypted JWT cookie that only names a database session (lib/auth/session.ts). The
 * configuration is built on the first request, so building the app needs no secret.
 */
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/record";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { signInWithPassword } from "@/lib/auth/credentials";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { SESSION_MAX_AGE_SECONDS, revokeSession, sessionClaimsSchema } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { signInSchema } from "@/lib/validations/auth";

/** The `code` Auth.js puts in its error redirect (and our route handler maps to 401). */
export class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials";
}

/** Mapped to 429 by the route handler, and to a "try again later" message by the form. */
export class SignInRateLimited extends CredentialsSignin {
  override code = "rate_limited";
}

function buildConfig(): NextAuthConfig {
  return {
    secret: resolveAuthSecret(),
    // Callback URLs follow the request's host (or AUTH_URL when set); redirects stay on this site.
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) throw new InvalidCredentials();
          const result = await signInWithPassword(db, {
            email: parsed.data.email,
            password: parsed.data.password,
            ipAddress: clientIpFrom(request.headers),
            userAgent: request.headers.get("user-agent"),
          });
          if (!result.ok) {
            throw result.reason === "rate_limited"
              ? new SignInRateLimited()
              : new InvalidCredentials();
          }
          return {
            id: result.user.id,
            email: result.user.email,
            name: result.user.name,
            sessionId: result.sessionId,
            sessionVersion: result.sessionVersion,
          };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sid = user.sessionId;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        const claims = sessionClaimsSchema.safeParse(token);
        return { ...session, claims: claims.success ? claims.data : undefined };
      },
    },
    events: {
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        const claims = sessionClaimsSchema.safeParse(token);
        if (!claims.success) return;
        await revokeSession(db, claims.data.sid);
        await recordAudit(db, {
          action: "auth.sign_out",
          user: { id: claims.data.uid, email: typeof token?.email === "string" ? token.email : "" },
          details: { sessionId: claims.data.sid },
        });
      },
    },
    logger: {
      error(error) {
        // A failed sign-in is an expected outcome (audited); not a server error.
        if (error instanceof CredentialsSignin) return;
        log.error("auth error", { error });
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => buildConfig());

export { CredentialsSignin };
