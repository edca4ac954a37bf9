/**
 * The public API over HTTP on the production build, and its reference page in both languages:
 * JSON answers with validators, a 304 while nothing changed and fresh data as soon as something is
 * published, JSON errors (never the site's HTML), and an accessible, readable reference page.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/create-client";
import { resolveDatabaseUrl, withDatabaseName } from "@/lib/db/url";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(" "))
          .join(" | ")}`,
    ),
  ).toEqual([]);
}

test.describe("public API over HTTP", () => {
  test("answers JSON with validators, then 304 while nothing changed", async ({ request }) => {
    const first = await request.get("/api/v1/events?country=bf&limit=3");
    expect(first.status()).toBe(200);
    expect(first.headers()["content-type"]).toContain("application/json");
    expect(first.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect(first.headers()["access-control-allow-origin"]).toBe("*");
    const body = (await first.json()) as { data: { location: { country_id: string } }[] };
    expect(body.data).toHaveLength(3);
    expect(body.data.every((event) => event.location.country_id === "BF")).toBe(true);

    const etag = first.headers()["etag"] ?? "";
    const again = await request.get("/api/v1/events?country=bf&limit=3", {
      headers: { "If-None-Match": etag },
    });
    expect(again.status()).toBe(304);
  });

  test("shows a published change to the next request", async ({ request }) => {
    const path = "/api/v1/events?country=ml&limit=1";
    const before = await request.get(path);
    const [event] = ((await before.json()) as { data: { id: string }[] }).data;
    if (!event) throw new Error("no event");
    const db = createPrismaClient(
      withDatabaseName(resolveDatabaseUrl(), `sahel_monitor_e2e_${PORT}`),
      { max: 1 },
    );
    const title = `Corrected title ${Date.now()}`;
    try {
      await db.event.update({
        where: { id: event.id },
        data: { titleEn: title, version: { increment: 1 } },
      });
    } finally {
      await db.$disconnect();
    }
    const after = await request.get(path, {
      headers: { "If-None-Match": before.headers()["etag"] ?? "" },
    });
    expect(after.status()).toBe(200);
    const [changed] = ((await after.json()) as { data: { title: { en: string } }[] }).data;
    expect(changed?.title.en).toBe(title);
  });

  test("answers bad parameters and unknown paths with JSON errors", async ({ request }) => {
    const bad = await request.get("/api/v1/events?country=xx");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: "invalid_parameter", param: "country" },
    });
    const missing = await request.get("/api/v1/no/such/endpoint");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["content-type"]).toContain("application/json");
  });

  test("serves the OpenAPI 3.1 document", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: object };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/events");
  });
});

for (const locale of ["en", "fr"] as const) {
  test.describe(`API reference page (${locale})`, () => {
    test("lists every endpoint and schema, links the document, and is accessible", async ({
      page,
    }) => {
      await page.goto(`/${locale}/api-docs`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        locale === "fr" ? "Référence de l’API publique" : "Public API reference",
      );
      await expect(page.locator("section[id^='list'], section[id^='get']")).toHaveCount(15);
      await expect(page.locator("#schema-Event")).toBeVisible();
      const download = page.getByRole("link", {
        name:
          locale === "fr"
            ? "Télécharger le document OpenAPI 3.1"
            : "Download the OpenAPI 3.1 document",
      });
      await expect(download).toHaveAttribute("href", "/api/v1/openapi.json");
      await page.getByRole("link", { name: "/events/{id}" }).click();
      await expect(page).toHaveURL(/#getEvent$/);
      await expectNoViolations(page);
      await page.screenshot({ path: `test-results/api-docs-${locale}-desktop.png` });
    });

    test("reads on a phone without sideways scrolling of the page", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${locale}/api-docs#listEvents`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/api-docs-${locale}-phone.png` });
    });
  });
}
