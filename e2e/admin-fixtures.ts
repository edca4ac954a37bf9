/**
 * Staff for the admin end-to-end specs: the demo accounts of prisma/seed/staff.ts, written into
 * this run's database (sahel_monitor_e2e_<port>) if the default seed has not already, and
 * helpers to sign in through the real form.
 */
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/create-client";
import { resolveDatabaseUrl, withDatabaseName } from "@/lib/db/url";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_STAFF, DEMO_STAFF_PASSWORD, seedStaff, type DemoStaffKey } from "@/prisma/seed/staff";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** A client on the database the app under test uses. */
export function e2eDatabase(): PrismaClient {
  return createPrismaClient(withDatabaseName(resolveDatabaseUrl(), `sahel_monitor_e2e_${PORT}`), {
    max: 2,
  });
}

export async function ensureDemoStaff(): Promise<void> {
  const db = e2eDatabase();
  try {
    await seedStaff(db, () => undefined, "test");
  } finally {
    await db.$disconnect();
  }
}

export function emailOf(key: DemoStaffKey): string {
  const member = DEMO_STAFF.find((candidate) => candidate.key === key);
  if (!member) throw new Error(`no demo staff member "${key}"`);
  return member.email;
}

export async function signIn(page: Page, key: DemoStaffKey, locale = "en"): Promise<void> {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === "fr" ? "Adresse électronique" : "Email").fill(emailOf(key));
  await page.getByLabel(locale === "fr" ? "Mot de passe" : "Password").fill(DEMO_STAFF_PASSWORD);
  await page.getByRole("button", { name: locale === "fr" ? "Se connecter" : "Sign in" }).click();
  // The first sign-in after the server starts also pays for cold compilation and an argon2 hash.
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin`), { timeout: 20_000 });
}

/** A separate browser (own cookies) signed in as `key`. */
export async function staffContext(
  browser: Browser,
  key: DemoStaffKey,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, key);
  return { context, page };
}

/** A throwaway member with a known password, for tests that disable or demote someone. */
export async function createMember(
  role: "EDITOR" | "ADMIN",
  label: string,
): Promise<{ email: string; password: string; name: string }> {
  const db = e2eDatabase();
  try {
    const email = `${label}-${Date.now()}@example.org`;
    const password = `${label} password ${Date.now()}`;
    const name = `${label} ${Date.now() % 10_000}`;
    await db.user.create({
      data: { email, name, role, passwordHash: await hashPassword(password) },
    });
    return { email, password, name };
  } finally {
    await db.$disconnect();
  }
}

export async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/admin/, { timeout: 20_000 });
}
