/**
 * The public figures: dashboard, indicator pages, institution pages and the map, in both
 * languages, against the default seed. Accessibility is checked with axe (WCAG 2.1 A and AA).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoAxeViolations(page: Page) {
  // Open every disclosure so that tables and lists hidden by default are checked too.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(" | ")}`,
  );
  expect(summary).toEqual([]);
}

const PAGES = [
  { name: "dashboard", path: "" },
  { name: "indicator page", path: "/indicators/idmc-conflict-idps" },
  { name: "institution page", path: "/institutions/fu-aes" },
  { name: "map", path: "/map" },
] as const;

for (const locale of ["en", "fr"] as const) {
  for (const { name, path } of PAGES) {
    test(`${name} in ${locale} has no WCAG 2.1 A/AA violations and a title`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`/${locale}${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expect(page).toHaveTitle(/Sahel Monitor/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{20,}/);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
      await expectNoAxeViolations(page);
    });
  }
}

test.describe("indicator pages", () => {
  test("draw low–high bands and mark the Bamako summit and the ECOWAS withdrawal", async ({
    page,
  }) => {
    await page.goto("/en/indicators/ucdp-deaths-all-types?place=ml");
    const chart = page.locator(".recharts-wrapper");
    await expect(chart).toBeVisible();
    await expect(chart.locator(".recharts-area-area").first()).toBeVisible();
    await expect(chart.locator(".recharts-reference-line").first()).toBeAttached();
    const annotations = page.getByTestId("chart-annotations");
    await expect(annotations).toContainText("Bamako summit");
    await expect(annotations).toContainText("withdrawal from ECOWAS");
    await annotations.getByRole("link", { name: /Bamako summit/ }).click();
    await expect(page).toHaveURL(/\/en\/events\/[0-9a-f-]{36}$/);
  });

  test("show Burkina Faso's 2024 IDP stock as carried forward and a missing year as a gap", async ({
    page,
  }) => {
    await page.goto("/en/indicators/idmc-conflict-idps");
    await page.getByText("Show the figures as a table").click();
    const table = page.locator("table").first();
    const row2024 = table.getByRole("row", { name: /^2024/ });
    await expect(row2024).toContainText("Carried forward from Dec 31, 2023");
    // IDMC has no figure for Mali before 2012: said so, never written as 0.
    const row2010 = table.getByRole("row", { name: /^2010/ });
    const maliColumn = (await table.getByRole("columnheader").allInnerTexts()).indexOf("Mali");
    await expect(row2010.getByRole("cell").nth(maliColumn - 1)).toHaveText("No observation");
    await expect(page.getByText(/official IDP figures stopped in March 2023/)).toBeVisible();
  });

  test("settings are a plain form whose result is a permalink", async ({ page }) => {
    await page.goto("/fr/indicators/ucdp-deaths-all-types");
    await page.getByLabel("Barres").check();
    await page.getByRole("checkbox", { name: "Niger" }).uncheck();
    await page.getByRole("button", { name: "Mettre à jour" }).click();
    await expect(page).toHaveURL(/chart=bar/);
    await expect(page).not.toHaveURL(/place=[^&]*ne/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Morts");
    await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Niger" })).not.toBeChecked();
  });

  test("the index lists indicators by kind with producer and freshness", async ({ page }) => {
    await page.goto("/en/indicators");
    await expect(page.getByRole("heading", { level: 2, name: "Displaced people" })).toBeVisible();
    const idmc = page
      .getByRole("listitem")
      .filter({ hasText: "Internally displaced people, conflict (IDMC)" });
    await expect(idmc).toContainText("Internal Displacement Monitoring Centre");
    await expect(idmc).toContainText(/Up to date|Update due|Overdue/);
  });
});

test.describe("dashboard", () => {
  test("gives headline figures with period and source, per place", async ({ page }) => {
    await page.goto("/en");
    const deaths = page.getByTestId("headline-fatalities");
    await expect(deaths).toContainText("12 months: Jan 2023 – Dec 2023");
    await expect(deaths).toContainText("Niger");
    await expect(page.getByTestId("headline-idps")).toContainText("as of Dec 31, 2024");
    await expect(page.getByTestId("headline-idps")).toContainText("carried forward");
    await page.getByRole("link", { name: "Burkina Faso" }).first().click();
    await expect(page).toHaveURL(/place=bf/);
    await expect(page.getByRole("heading", { name: /Key figures — Burkina Faso/ })).toBeVisible();
    await expect(page.getByRole("table", { name: /Freshness/ })).toBeVisible();
  });
});

test.describe("institution pages", () => {
  test("show the lifecycle track and the announced-to-operational gap", async ({ page }) => {
    await page.goto("/en/institutions/fu-aes");
    const track = page.getByRole("list", { name: "Lifecycle of FU-AES" });
    await expect(track.locator('[data-status="done"]')).toHaveCount(2);
    await expect(page.getByText("≈ 387 days")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Related events" })).toBeVisible();
  });
});

test.describe("map", () => {
  test("renders offline and clicking an area filters the event list", async ({ page }) => {
    // Nothing but the app itself may be reached: no tile server, no CDN.
    await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
    await page.goto("/en/map?from=2023-01-01&to=2023-12-31");
    const map = page.getByTestId("aes-map");
    await expect(map).toBeVisible();
    await expect(map.locator("a[data-area]")).toHaveCount(30);
    const count = page.getByTestId("event-list").locator("p").first();
    const before = await count.innerText();
    await map.locator('a[data-area="ML-MOPTI"]').click();
    await expect(page).toHaveURL(/area=ml-mopti/);
    await expect(page).toHaveURL(/from=2023-01-01/);
    await expect(page.getByRole("heading", { name: "Events in Mopti" })).toBeVisible();
    await expect(count).not.toHaveText(before);
    await expect(map.locator('a[data-area="ML-MOPTI"]')).toHaveAttribute("aria-current", "true");
  });

  test("areas are keyboard reachable and named", async ({ page }) => {
    await page.goto("/fr/map");
    const area = page.getByTestId("aes-map").locator('a[data-area="BF-SAHEL"]');
    await expect(area).toHaveAttribute("aria-label", /^Sahel : .*morts? dans .*événements?/);
    await area.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/area=bf-sahel/);
  });
});
