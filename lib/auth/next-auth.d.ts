import type { SessionClaims } from "./session";

// What our Credentials provider hands to the jwt callback, and what `auth()` gives back.
declare module "next-auth" {
  interface User {
    sessionId?: string;
    sessionVersion?: number;
  }
  interface Session {
    /** uid/sid/sv from the cookie; lib/auth/current-user.ts checks them against the database. */
    claims?: SessionClaims;
  }
}
