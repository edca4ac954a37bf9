import { expect, test } from "@playwright/test";

test.describe("home dashboard", () => {
  test("redirects / to a locale chosen from Accept-Language", async ({ browser }) => {
    const french = await browser.newContext({ locale: "fr-FR" });
    const page = await french.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    await french.close();
  });

  for (const [locale, heading, count] of [
    ["en", "Dashboard", /published events?/],
    ["fr", "Tableau de bord", /événements? publiés?/],
  ] as const) {
    test(`renders seeded events read from PostgreSQL in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      const counter = page.getByTestId("events-count");
      await expect(counter).toHaveText(count);
      const total = Number((await counter.innerText()).replace(/\D/g, ""));
      expect(total).toBeGreaterThan(0);
      await expect(
        page
          .getByRole("list")
          .filter({ has: page.locator("time") })
          .locator("li"),
      ).not.toHaveCount(0);
    });
  }

  test("the language switch keeps the current page", async ({ page }) => {
    await page.goto("/en/some-missing-page?x=1");
    await page.getByRole("link", { name: "Lire en français" }).click();
    await expect(page).toHaveURL(/\/fr\/some-missing-page\?x=1$/);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  });

  test("shows the data attributions in the footer", async ({ page }) => {
    await page.goto("/en");
    const footer = page.locator("footer");
    await expect(footer).toContainText("UCDP Georeferenced Event Dataset");
    await expect(footer).toContainText("Natural Earth");
    await expect(footer).toContainText("IDMC");
  });
});

test.describe("health endpoints", () => {
  test("live and ready answer 200 with no secrets", async ({ request }) => {
    const live = await request.get("/api/health/live");
    expect(live.status()).toBe(200);
    expect(await live.json()).toEqual({ status: "live" });
    const ready = await request.get("/api/health/ready");
    expect(ready.status()).toBe(200);
    const body = await ready.text();
    expect(JSON.parse(body)).toEqual({ status: "ready" });
    expect(body).not.toMatch(/postgres(ql)?:\/\//);
  });
});
