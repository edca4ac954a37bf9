import "server-only";
import { cache } from "react";
import { auth } from "@/auth";
import { db } from "@/lib/db/client";
import { resolveSignedInUser } from "./session";
import type { SignedInUser } from "./signed-in-user";

/**
 * The signed-in staff member of this request, checked against the database (session not
 * revoked or expired, user not disabled, session version current), or null. Once per request.
 */
export const getCurrentUser = cache(async (): Promise<SignedInUser | null> => {
  const session = await auth();
  if (!session?.claims) return null;
  return resolveSignedInUser(db, session.claims);
});
