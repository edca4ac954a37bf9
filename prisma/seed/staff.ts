/**
 * Demo staff accounts, one per role, for development and tests only (the end-to-end tests sign
 * in with them). Never in production: the step refuses when NODE_ENV=production, so no account
 * with a known password can exist there. Idempotent: existing accounts are left as they are.
 *
 * The first real admin comes from `npm run create-admin` (scripts/create-admin.ts).
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";

/** Shared with the e2e tests; only ever valid on development and test databases. */
export const DEMO_STAFF_PASSWORD = "demo-password-not-for-production";

export const DEMO_STAFF = [
  {
    key: "contributor",
    email: "contributor@example.org",
    name: "Camille Contributor",
    role: "CONTRIBUTOR",
  },
  { key: "editor", email: "editor@example.org", name: "Eda Editor", role: "EDITOR" },
  { key: "editor2", email: "editor2@example.org", name: "Ezra Editor", role: "EDITOR" },
  { key: "reviewer", email: "reviewer@example.org", name: "Rokia Reviewer", role: "REVIEWER" },
  { key: "reviewer2", email: "reviewer2@example.org", name: "Ravi Reviewer", role: "REVIEWER" },
  { key: "admin", email: "admin@example.org", name: "Ada Admin", role: "ADMIN" },
] as const satisfies readonly { key: string; email: string; name: string; role: Role }[];

export type DemoStaffKey = (typeof DEMO_STAFF)[number]["key"];

export async function seedStaff(
  db: PrismaClient,
  log: (line: string) => void,
  nodeEnv: string | undefined = process.env.NODE_ENV,
): Promise<void> {
  if (nodeEnv === "production") {
    log("staff: skipped (no demo accounts in production)");
    return;
  }
  const existing = await db.user.findMany({
    where: { email: { in: DEMO_STAFF.map((member) => member.email) } },
    select: { email: true },
  });
  const present = new Set(existing.map((user) => user.email));
  const missing = DEMO_STAFF.filter((member) => !present.has(member.email));
  const passwordHash = missing.length > 0 ? await hashPassword(DEMO_STAFF_PASSWORD) : "";
  // ON CONFLICT DO NOTHING: two processes seeding at once both succeed.
  const { count: created } = await db.user.createMany({
    data: missing.map(({ email, name, role }) => ({ email, name, role, passwordHash })),
    skipDuplicates: true,
  });
  log(`staff: ${created} demo accounts created, ${DEMO_STAFF.length - created} already present`);
}
