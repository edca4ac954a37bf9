/**
 * Creates (or restores) an administrator account from the command line: the way to get the
 * first admin, or back in after a lock-out. There is never a default password.
 *
 *   tsx scripts/create-admin.ts --email ada@example.org --name "Ada Admin"
 *       asks for the password twice (hidden), or reads ADMIN_PASSWORD when stdin is no terminal
 *   tsx scripts/create-admin.ts --email ada@example.org --name "Ada Admin" --invite
 *       prints a one-time invitation link instead (no password in a shell or a log)
 *   tsx scripts/create-admin.ts --from-env
 *       first start of a deployment: INITIAL_ADMIN_EMAIL, INITIAL_ADMIN_NAME and
 *       INITIAL_ADMIN_PASSWORD; does nothing once any active admin exists
 *
 * An existing account with that email becomes an admin with the new password, is re-enabled,
 * and its open sessions end. Every run is written to the audit log.
 */
import { parseArgs } from "node:util";
import { recordAudit } from "@/lib/audit/record";
import { normalizeEmail } from "@/lib/auth/email";
import { createInvitation } from "@/lib/auth/invitations";
import { hashPassword } from "@/lib/auth/password";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { invalidateUserSessions } from "@/lib/auth/session";
import { createPrismaClient } from "@/lib/db/create-client";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { DEMO_STAFF_PASSWORD } from "@/prisma/seed/staff";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    invite: { type: "boolean", default: false },
    "from-env": { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  console.error(`create-admin: ${message}`);
  process.exit(1);
}

/** Reads a line from the terminal without echoing it. */
async function askHidden(prompt: string): Promise<string> {
  process.stdout.write(prompt);
  process.stdin.setRawMode(true);
  process.stdin.resume();
  let answer = "";
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") {
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdin.off("data", onData);
          process.stdout.write("\n");
          resolve(answer);
          return;
        }
        if (char === "\u0003") process.exit(130);
        answer = char === "\u007f" ? answer.slice(0, -1) : answer + char;
      }
    };
    process.stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY)
    return process.env.ADMIN_PASSWORD ?? fail("set ADMIN_PASSWORD or run in a terminal");
  const first = await askHidden("Password: ");
  const second = await askHidden("Password again: ");
  if (first !== second) fail("the two passwords differ");
  return first;
}

function checkPassword(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH)
    fail(`the password needs at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password === DEMO_STAFF_PASSWORD) fail("that is the public demo password; choose another");
}

const fromEnv = values["from-env"];
const email = normalizeEmail((fromEnv ? process.env.INITIAL_ADMIN_EMAIL : values.email) ?? "");
const name = ((fromEnv ? process.env.INITIAL_ADMIN_NAME : values.name) ?? "").trim();
if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
  fail("give a valid --email (or INITIAL_ADMIN_EMAIL)");
if (!name) fail("give a --name (or INITIAL_ADMIN_NAME)");

const db = createPrismaClient(resolveDatabaseUrl(), { max: 2 });
try {
  if (fromEnv && (await db.user.count({ where: { role: "ADMIN", disabledAt: null } })) > 0) {
    console.info("create-admin: an administrator already exists; nothing to do");
  } else if (values.invite) {
    const invitation = await db.$transaction(async (tx) => {
      const created = await createInvitation(tx, { email, name, role: "ADMIN", invitedById: null });
      await recordAudit(tx, {
        action: "users.invite",
        actorEmail: "cli",
        recordType: "INVITATION",
        recordId: created.id,
        details: { email, role: "ADMIN" },
      });
      return created;
    });
    const base = process.env.APP_URL ?? "http://localhost:3000";
    console.info(
      `create-admin: one-time link (valid until ${invitation.expiresAt.toISOString()}):`,
    );
    console.info(`${base.replace(/\/$/, "")}/en/sign-in/invitation/${invitation.token}`);
  } else {
    const password = fromEnv ? (process.env.INITIAL_ADMIN_PASSWORD ?? "") : await readPassword();
    checkPassword(password);
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      const user = await tx.user.upsert({
        where: { email },
        create: { email, name, role: "ADMIN", passwordHash },
        update: { name, role: "ADMIN", passwordHash, disabledAt: null },
      });
      await invalidateUserSessions(tx, user.id);
      await recordAudit(tx, {
        action: "users.create_admin",
        actorEmail: "cli",
        recordType: "USER",
        recordId: user.id,
        details: { email, fromEnv },
      });
    });
    console.info(`create-admin: ${email} is an administrator`);
  }
} finally {
  await db.$disconnect();
}
