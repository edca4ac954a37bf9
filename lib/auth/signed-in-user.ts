import type { Role } from "@/lib/generated/prisma/enums";

/** A staff member whose session was checked against the database on this request. */
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The `user_sessions` row of this sign-in (revocable on its own). */
  sessionId: string;
}
