import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(" | ")}`,
  );
  expect(summary).toEqual([]);
}

/** An event of the selection, found the way a reader would: through the timeline's list. */
async function firstEventPath(page: Page, locale: string): Promise<string> {
  await page.goto(`/${locale}/timeline?country=bf&category=violence-against-civilians`);
  const href = await page.getByTestId("event-list").getByRole("link").first().getAttribute("href");
  if (!href) throw new Error("no event in the list");
  return href;
}

for (const locale of ["en", "fr"] as const) {
  test.describe(`accessibility (${locale})`, () => {
    test(`timeline, zoomed out and zoomed in, has no WCAG 2.1 A/AA violation`, async ({ page }) => {
      await page.goto(`/${locale}/timeline`);
      await expect(page.getByTestId("timeline-chart")).toHaveAttribute("data-state", "ready");
      await expectNoViolations(page);
      await page.goto(`/${locale}/timeline?country=bf&span=2022-03-01..2022-04-30`);
      await expect(page.getByTestId("timeline-chart")).toHaveAttribute("data-state", "ready");
      await page.getByTestId("timeline-chart").locator("details").first().click();
      await expectNoViolations(page);
    });

    test(`an event page has no WCAG 2.1 A/AA violation`, async ({ page }) => {
      await page.goto(await firstEventPath(page, locale));
      await expect(page.getByTestId("event-facts")).toBeVisible();
      await expectNoViolations(page);
    });

    test(`search has no WCAG 2.1 A/AA violation`, async ({ page }) => {
      await page.goto(`/${locale}/search?q=segou`);
      await expect(page.getByTestId("search-group-events")).toBeVisible();
      await expectNoViolations(page);
    });

    test(`an actor page has no WCAG 2.1 A/AA violation`, async ({ page }) => {
      await page.goto(`/${locale}/actors/jnim`);
      await expect(page.getByTestId("actor-activity")).toBeVisible();
      await expectNoViolations(page);
    });

    test(`the sources and a source page have no WCAG 2.1 A/AA violation`, async ({ page }) => {
      await page.goto(`/${locale}/sources`);
      await expect(page.getByTestId("source-table")).toBeVisible();
      await expectNoViolations(page);
      await page.goto(`/${locale}/sources/ucdp-ged`);
      await expect(page.getByTestId("source-grade")).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
