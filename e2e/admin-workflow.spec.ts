/**
 * The editorial story, in real browsers, one per member: a contributor drafts an event with a
 * citation, an editor submits it and cannot publish it, a reviewer publishes it, the public
 * page shows it; an editor corrects the toll (the public still sees the old one) and a reviewer
 * publishes the correction, which the corrections log records; an admin reverts it.
 */
import { expect, test, type Page } from "@playwright/test";
import { ensureDemoStaff, staffContext } from "./admin-fixtures";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  await ensureDemoStaff();
});

const TITLE = `E2E convoy attack near Djibo ${Date.now()}`;

async function pickFirstSource(page: Page) {
  await page.getByRole("button", { name: "Add a citation" }).click();
  const search = page.getByLabel("Find the source");
  await search.fill("UCDP");
  await page.getByRole("list", { name: "Find the source" }).getByRole("button").first().click();
}

async function publicDeaths(page: Page, id: string) {
  await page.goto(`/en/events/${id}`);
  return page.getByTestId("event-deaths");
}

test("from a contributor's draft to a published, corrected and reverted event", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const contributor = await staffContext(browser, "contributor");
  const editor = await staffContext(browser, "editor");
  const reviewer = await staffContext(browser, "reviewer");
  const admin = await staffContext(browser, "admin");
  const reader = await browser.newPage();

  // 1. A contributor drafts the event, with a citation.
  const draft = contributor.page;
  await draft.goto("/en/admin/events/new");
  await draft.getByLabel("Title (EN)").fill(TITLE);
  await draft.getByLabel("Category").selectOption("ATTACK");
  await draft.getByLabel("Day").fill("2026-02-20");
  await draft.getByLabel("Country").selectOption("BF");
  await draft.getByLabel("Fatalities, low estimate").fill("10");
  await draft.getByLabel("Fatalities, best estimate").fill("12");
  await draft.getByLabel("Fatalities, high estimate").fill("15");
  await pickFirstSource(draft);
  await draft.getByLabel("Document title").fill("Field report from Djibo");
  await draft.getByRole("button", { name: "Create the draft" }).click();
  await expect(draft).toHaveURL(/\/en\/admin\/events\/[0-9a-f-]{36}$/);
  const id = draft.url().split("/").pop() ?? "";
  await expect(draft.getByTestId("workflow-state")).toContainText("draft");
  // A contributor cannot send it for review.
  await expect(draft.getByRole("button", { name: "Send for review" })).toHaveCount(0);

  // 2. An editor submits it, and cannot publish it.
  await editor.page.goto(`/en/admin/events/${id}`);
  await editor.page.getByRole("button", { name: "Send for review" }).click();
  await expect(editor.page.getByTestId("workflow-state")).toContainText("in review");
  await expect(editor.page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expect(editor.page.getByText("Waiting for a reviewer to publish it.")).toBeVisible();
  await expect(await publicDeaths(reader, id)).toHaveCount(0);
  await expect(reader.getByRole("heading", { name: "Page not found" })).toBeVisible();

  // 3. A reviewer publishes it; the public page shows it.
  await reviewer.page.goto(`/en/admin/events/${id}`);
  await reviewer.page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(reviewer.page.getByTestId("workflow-state")).toContainText("published");
  await expect(await publicDeaths(reader, id)).toContainText("12 deaths");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(TITLE);

  // 4. An editor corrects the toll and adds a source: the public keeps the published version.
  await editor.page.goto(`/en/admin/events/${id}`);
  await editor.page.getByLabel("Fatalities, best estimate").fill("19");
  await editor.page.getByLabel("Fatalities, high estimate").fill("25");
  await pickFirstSource(editor.page);
  await editor.page.getByLabel("Document title").last().fill("Governor's statement");
  await editor.page.getByLabel("Why this change (optional)").fill("New toll from the governor");
  await editor.page.getByRole("button", { name: "Save" }).click();
  await expect(editor.page.getByText("Saved as a pending change.")).toBeVisible();
  await expect(await publicDeaths(reader, id)).toContainText("12 deaths");
  await editor.page.getByRole("button", { name: "Send for review" }).click();
  await expect(editor.page.getByTestId("workflow-state")).toContainText(
    "A change to it is in review",
  );
  await expect(await publicDeaths(reader, id)).toContainText("12 deaths");

  // 5. A reviewer publishes the change; the corrections log records it.
  await reviewer.page.goto(`/en/admin/events/${id}`);
  await reviewer.page.getByRole("button", { name: "Publish the change" }).click();
  await expect(reviewer.page.getByTestId("workflow-state")).toHaveText("Status: published.");
  await expect(await publicDeaths(reader, id)).toContainText("19 deaths");
  // Readers see the correction on the public page too.
  await expect(reader.getByTestId("corrections-log")).toContainText(
    "Fatalities, best estimate 12 → 19",
  );
  await reviewer.page.goto(`/en/admin/events/${id}/history`);
  const log = reviewer.page.getByTestId("corrections-log");
  await expect(log).toContainText("Fatalities, best estimate 12 → 19");
  await expect(log).toContainText("source added");

  // 6. An admin reverts to the first published version: itself a new, public revision.
  await admin.page.goto(`/en/admin/events/${id}/history`);
  const firstPublication = admin.page.getByRole("listitem").filter({ hasText: "Published" }).last();
  await firstPublication.getByRole("button", { name: /Restore revision/ }).click();
  await expect(admin.page.getByRole("heading", { name: /· Restored/ }).first()).toBeVisible();
  await expect(await publicDeaths(reader, id)).toContainText("12 deaths");
  await expect(admin.page.getByTestId("corrections-log")).toContainText("19 → 12");

  for (const member of [contributor, editor, reviewer, admin]) await member.context.close();
  await reader.close();
});
