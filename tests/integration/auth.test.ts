/**
 * Password sign-in against a real database: sessions that an admin can end at once, rate limits
 * kept in PostgreSQL, one identical answer for unknown accounts and wrong passwords, invitations.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/action-client";
import { changePasswordAction } from "@/lib/actions/account";
import { changeUserRoleAction, disableUserAction } from "@/lib/actions/users";
import { signInWithPassword } from "@/lib/auth/credentials";
import { acceptInvitation, createInvitation } from "@/lib/auth/invitations";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "@/lib/auth/rate-limit";
import { resolveSignedInUser, revokeSession } from "@/lib/auth/session";
import { createTestDatabase, type TestDatabase } from "./helpers/database";
import { contextFor, createStaff } from "./helpers/staff";

const PASSWORD = "a long enough password";
let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase("auth");
});

afterAll(async () => {
  await testDb.drop();
});

async function member(email: string, role: "EDITOR" | "ADMIN" = "EDITOR") {
  return testDb.db.user.create({
    data: {
      email,
      name: email.split("@")[0] ?? email,
      role,
      passwordHash: await hashPassword(PASSWORD),
    },
  });
}

const attempt = (email: string, password: string, ipAddress = "203.0.113.1", now?: Date) =>
  signInWithPassword(testDb.db, { email, password, ipAddress, userAgent: "vitest" }, now);

async function claimsFor(email: string) {
  const result = await attempt(email, PASSWORD, "198.51.100.7");
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return { uid: result.user.id, sid: result.sessionId, sv: result.sessionVersion };
}

describe("password sign-in", () => {
  it("signs in with the right password (any case of email) and records the session", async () => {
    await member("ana@example.org");
    const result = await attempt("  Ana@Example.org ", PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { email: "ana@example.org" } });
    if (!result.ok) return;
    const session = await testDb.db.userSession.findUniqueOrThrow({
      where: { id: result.sessionId },
    });
    expect(session).toMatchObject({
      ipAddress: "203.0.113.1",
      userAgent: "vitest",
      revokedAt: null,
    });
    const user = await testDb.db.user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    expect(user.lastSignInAt).not.toBeNull();
    expect(
      await testDb.db.auditEntry.count({ where: { action: "auth.sign_in", actorId: user.id } }),
    ).toBe(1);
  });

  it("answers unknown accounts, wrong passwords and disabled accounts identically", async () => {
    const disabled = await member("gone@example.org");
    await testDb.db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const unknown = await attempt("nobody@example.org", PASSWORD, "192.0.2.10");
    const wrong = await attempt("ana@example.org", "not the password", "192.0.2.11");
    const off = await attempt("gone@example.org", PASSWORD, "192.0.2.12");
    expect(unknown).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(wrong).toEqual(unknown);
    expect(off).toEqual(unknown);
    // The audit log (admins only) keeps the real reason.
    const reasons = await testDb.db.auditEntry.findMany({
      where: { action: "auth.sign_in_failed" },
      select: { details: true },
    });
    expect(reasons.map((entry) => entry.details)).toEqual(
      expect.arrayContaining([
        { reason: "unknown_account" },
        { reason: "wrong_password" },
        { reason: "disabled" },
      ]),
    );
  });

  it("refuses the 11th bad password for one account within a minute, then recovers", async () => {
    await member("target@example.org");
    const start = new Date();
    for (let index = 0; index < MAX_FAILURES_PER_ACCOUNT; index++) {
      const at = new Date(start.getTime() + index * 1000);
      expect(await attempt("target@example.org", `guess ${index}`, `10.0.0.${index}`, at)).toEqual({
        ok: false,
        reason: "invalid_credentials",
      });
    }
    const eleventh = await attempt(
      "target@example.org",
      PASSWORD,
      "10.0.1.1",
      new Date(start.getTime() + 11_000),
    );
    expect(eleventh).toMatchObject({ ok: false, reason: "rate_limited" });
    if (!eleventh.ok && eleventh.reason === "rate_limited") {
      expect(eleventh.retryAfterSeconds).toBeGreaterThan(0);
      expect(eleventh.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    // Other accounts are not affected…
    expect(await attempt("ana@example.org", PASSWORD, "10.0.1.2")).toMatchObject({ ok: true });
    // …and a minute after the failures, the right password works again.
    expect(
      await attempt("target@example.org", PASSWORD, "10.0.1.3", new Date(start.getTime() + 75_000)),
    ).toMatchObject({ ok: true });
  });

  it("limits one address trying many accounts", async () => {
    const ip = "198.18.0.1";
    for (let index = 0; index < MAX_FAILURES_PER_ADDRESS; index++) {
      await attempt(`spray${index}@example.org`, "password123456", ip);
    }
    expect(await attempt("ana@example.org", PASSWORD, ip)).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
  });
});

describe("revocable sessions", () => {
  it("resolves a live session and rejects forged or stale claims", async () => {
    await member("bob@example.org");
    const claims = await claimsFor("bob@example.org");
    expect(await resolveSignedInUser(testDb.db, claims)).toMatchObject({
      email: "bob@example.org",
      role: "EDITOR",
    });
    expect(await resolveSignedInUser(testDb.db, { ...claims, sv: claims.sv + 1 })).toBeNull();
    expect(
      await resolveSignedInUser(testDb.db, {
        ...claims,
        uid: (await member("eve@example.org")).id,
      }),
    ).toBeNull();
    expect(await resolveSignedInUser(testDb.db, { sid: "x" })).toBeNull();
    const expired = new Date(Date.now() + 9 * 3600 * 1000);
    expect(await resolveSignedInUser(testDb.db, claims, expired)).toBeNull();
    await revokeSession(testDb.db, claims.sid);
    expect(await resolveSignedInUser(testDb.db, claims)).toBeNull();
  });

  it("ends a member's sessions at once when an admin disables them or changes their role", async () => {
    const admin = await createStaff(testDb.db, "ADMIN", "admin");
    const carol = await member("carol@example.org");
    const dave = await member("dave@example.org", "ADMIN");
    const carolClaims = await claimsFor("carol@example.org");
    const daveClaims = await claimsFor("dave@example.org");
    expect(await resolveSignedInUser(testDb.db, carolClaims)).not.toBeNull();

    const disabled = await runAction(
      disableUserAction.definition,
      { userId: carol.id },
      contextFor(testDb.db, admin),
    );
    expect(disabled.ok).toBe(true);
    expect(await resolveSignedInUser(testDb.db, carolClaims)).toBeNull();

    const demoted = await runAction(
      changeUserRoleAction.definition,
      { userId: dave.id, role: "EDITOR" },
      contextFor(testDb.db, admin),
    );
    expect(demoted.ok).toBe(true);
    expect(await resolveSignedInUser(testDb.db, daveClaims)).toBeNull();
    // Signing in again gives the new role.
    expect(await resolveSignedInUser(testDb.db, await claimsFor("dave@example.org"))).toMatchObject(
      { role: "EDITOR" },
    );
    const audit = await testDb.db.auditEntry.findFirstOrThrow({
      where: { action: "users.change_role" },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      recordId: dave.id,
      details: { from: "ADMIN", to: "EDITOR" },
    });
  });

  it("does not let admins demote or disable themselves (so an admin always remains)", async () => {
    const admin = await createStaff(testDb.db, "ADMIN", "self admin");
    const context = contextFor(testDb.db, admin);
    const demote = await runAction(
      changeUserRoleAction.definition,
      { userId: admin.id, role: "EDITOR" },
      context,
    );
    expect(demote).toMatchObject({ ok: false, code: "invalid_state", message: "own_account" });
    const disable = await runAction(disableUserAction.definition, { userId: admin.id }, context);
    expect(disable).toMatchObject({ ok: false, code: "invalid_state", message: "own_account" });
    expect(await testDb.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: "ADMIN",
      disabledAt: null,
    });
  });

  it("changing one's password ends one's other sessions", async () => {
    const user = await member("erin@example.org");
    const first = await claimsFor("erin@example.org");
    const second = await claimsFor("erin@example.org");
    const me = await resolveSignedInUser(testDb.db, first);
    expect(me).not.toBeNull();
    const result = await runAction(
      changePasswordAction.definition,
      {
        currentPassword: PASSWORD,
        newPassword: "another long password",
        confirmPassword: "another long password",
      },
      contextFor(testDb.db, me),
    );
    expect(result).toMatchObject({ ok: true, data: { otherSessionsEnded: 1 } });
    expect(await resolveSignedInUser(testDb.db, first)).not.toBeNull();
    expect(await resolveSignedInUser(testDb.db, second)).toBeNull();
    expect(await attempt(user.email, "another long password", "198.51.100.99")).toMatchObject({
      ok: true,
    });
    const wrong = await runAction(
      changePasswordAction.definition,
      {
        currentPassword: "nope",
        newPassword: "yet another password",
        confirmPassword: "yet another password",
      },
      contextFor(testDb.db, me),
    );
    expect(wrong).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { currentPassword: ["wrongPassword"] },
    });
  });
});

describe("invitations", () => {
  it("turns a one-time link into an account with the invited role, once", async () => {
    const admin = await createStaff(testDb.db, "ADMIN", "inviting admin");
    const invitation = await createInvitation(testDb.db, {
      email: "new@example.org",
      name: "New",
      role: "REVIEWER",
      invitedById: admin.id,
    });
    const stored = await testDb.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.tokenHash).not.toContain(invitation.token);
    const user = await acceptInvitation(testDb.db, {
      token: invitation.token,
      name: "Nadia",
      password: PASSWORD,
    });
    expect(user).toMatchObject({ email: "new@example.org", role: "REVIEWER" });
    expect(await attempt("new@example.org", PASSWORD, "198.51.100.50")).toMatchObject({ ok: true });
    await expect(
      acceptInvitation(testDb.db, { token: invitation.token, name: "Again", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "invalid_state" });
    const expired = await createInvitation(
      testDb.db,
      { email: "late@example.org", name: "Late", role: "EDITOR", invitedById: admin.id },
      new Date(Date.now() - 8 * 86_400_000),
    );
    await expect(
      acceptInvitation(testDb.db, { token: expired.token, name: "Late", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "invalid_state" });
    await expect(
      createInvitation(testDb.db, {
        email: "new@example.org",
        name: "Dup",
        role: "EDITOR",
        invitedById: admin.id,
      }),
    ).rejects.toMatchObject({ code: "invalid" });
  });
});
