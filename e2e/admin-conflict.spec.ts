/**
 * Two editors edit the same event at once. The second save is refused with a clear message;
 * what the second editor typed stays in the form, next to what changed in the meantime, and
 * they can choose to save over the newer version.
 */
import { expect, test } from "@playwright/test";
import { e2eDatabase, ensureDemoStaff, staffContext } from "./admin-fixtures";

let eventId: string;

test.beforeAll(async () => {
  await ensureDemoStaff();
  const db = e2eDatabase();
  try {
    const source = await db.source.findFirstOrThrow({ where: { status: "APPROVED" } });
    const event = await db.event.create({
      data: {
        titleEn: `Clash near Ménaka ${Date.now()}`,
        category: "BATTLE",
        dateStart: new Date("2026-01-10"),
        dateEnd: new Date("2026-01-10"),
        datePrecision: "DAY",
        countryId: "ML",
        fatalitiesBest: 4,
        citations: { create: { sourceId: source.id, title: "Dispatch" } },
      },
    });
    eventId = event.id;
  } finally {
    await db.$disconnect();
  }
});

test("a stale save is refused, keeps what was typed and shows what changed meanwhile", async ({
  browser,
}) => {
  const first = await staffContext(browser, "editor");
  const second = await staffContext(browser, "editor2");
  await first.page.goto(`/en/admin/events/${eventId}`);
  await second.page.goto(`/en/admin/events/${eventId}`);

  await first.page.getByLabel("Summary (EN)").fill("Army and JNIM fighters clashed near Ménaka.");
  await first.page.getByRole("button", { name: "Save" }).click();
  await expect(first.page.getByText("Saved.", { exact: true })).toBeVisible();

  const best = second.page.getByLabel("Fatalities, best estimate");
  await best.fill("7");
  await second.page.getByRole("button", { name: "Save" }).click();
  const conflict = second.page
    .getByRole("alert")
    .filter({ hasText: "Someone saved while you were editing" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Eda Editor saved a newer version");
  await expect(conflict.getByRole("row", { name: /Summary/ })).toContainText(
    "Army and JNIM fighters",
  );
  await expect(best).toHaveValue("7");

  await conflict.getByRole("button", { name: /Keep my input/ }).click();
  await second.page.getByRole("button", { name: "Save" }).click();
  await expect(second.page.getByText("Saved.", { exact: true })).toBeVisible();
  await second.page.reload();
  await expect(second.page.getByLabel("Fatalities, best estimate")).toHaveValue("7");

  await first.context.close();
  await second.context.close();
});
