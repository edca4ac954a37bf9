/**
 * The staff pages meet WCAG 2.1 A and AA (axe), in both languages, including a form showing
 * its field errors and a record's history.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { e2eDatabase, ensureDemoStaff, signIn } from "./admin-fixtures";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(" | ")}`,
  );
  expect(summary, where).toEqual([]);
}

let eventId: string;

test.beforeAll(async () => {
  await ensureDemoStaff();
  const db = e2eDatabase();
  try {
    const event = await db.event.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      select: { id: true },
    });
    eventId = event.id;
  } finally {
    await db.$disconnect();
  }
});

for (const locale of ["en", "fr"] as const) {
  test(`sign-in and staff pages have no WCAG 2.1 A/AA violation (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/${locale}/sign-in`);
    await expectNoViolations(page, "sign-in");
    await signIn(page, "admin", locale);
    for (const path of [
      "/admin",
      "/admin/events",
      `/admin/events/${eventId}`,
      `/admin/events/${eventId}/history`,
      "/admin/sources",
      "/admin/users",
      "/admin/audit",
      "/admin/account",
      "/admin/observations/new",
    ]) {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator("h1")).toBeVisible();
      await expectNoViolations(page, path);
    }
    // A refused form: its errors are announced and tied to their fields.
    await page.goto(`/${locale}/admin/events/new`);
    await page
      .getByRole("button", { name: locale === "fr" ? "Créer le brouillon" : "Create the draft" })
      .click();
    await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
    await expectNoViolations(page, "new event with errors");
  });
}
