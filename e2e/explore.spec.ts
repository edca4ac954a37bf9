import { expect, test, type Page } from "@playwright/test";

const FILTERED_QUERY =
  "country=bf&category=violence-against-civilians&from=2022-01-01&to=2023-12-31";

const digits = (text: string) => Number(text.replace(/\D/g, ""));

function chart(page: Page) {
  return page.getByTestId("timeline-chart");
}

async function waitForChart(page: Page, query: string) {
  await expect(chart(page)).toHaveAttribute("data-query", query);
  await expect(chart(page)).toHaveAttribute("data-state", "ready");
}

test.describe("exploring the events", () => {
  test("a French reader filters the timeline, reloads, opens an event and its citation, then reads it in English", async ({
    page,
  }) => {
    // A whole reading journey (a dozen page loads): more than the default 30 s on a loaded machine.
    test.setTimeout(90_000);
    await page.goto("/fr");
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Chronologie" })
      .click();
    await expect(page).toHaveURL(/\/fr\/timeline$/);
    await expect(page.getByRole("heading", { level: 1, name: "Chronologie" })).toBeVisible();
    await expect(page).toHaveTitle(/Chronologie/);

    const filters = page.getByRole("form", { name: "Filtres" });
    await filters.getByRole("checkbox", { name: "Burkina Faso" }).check();
    await expect(page).toHaveURL(/country=bf/);
    await filters.getByRole("checkbox", { name: "Violences contre des civils" }).check();
    await expect(page).toHaveURL(/category=violence-against-civilians/);
    await filters.getByLabel("Du", { exact: true }).fill("2022-01-01");
    await expect(page).toHaveURL(/from=2022-01-01/);
    await filters.getByLabel("Au", { exact: true }).fill("2023-12-31");
    await expect(page).toHaveURL(new RegExp(`\\?${FILTERED_QUERY}$`));
    await waitForChart(page, FILTERED_QUERY);

    const summary = await page.getByTestId("timeline-summary").innerText();
    expect(summary).toMatch(/^\d[\d\u202f\u00a0 ]* événements du /);
    const list = page.getByTestId("event-list");
    const firstTitle = await list.getByRole("listitem").first().getByRole("link").innerText();
    const total = await list.locator("p").first().innerText();

    // The URL is the whole state: a reload shows the same view.
    await page.reload();
    await waitForChart(page, FILTERED_QUERY);
    await expect(page.getByTestId("timeline-summary")).toHaveText(summary);
    await expect(filters.getByRole("checkbox", { name: "Burkina Faso" })).toBeChecked();
    await expect(
      filters.getByRole("checkbox", { name: "Violences contre des civils" }),
    ).toBeChecked();
    await expect(filters.getByRole("checkbox", { name: "Mali" })).not.toBeChecked();
    await expect(filters.getByLabel("Du", { exact: true })).toHaveValue("2022-01-01");
    await expect(list.locator("p").first()).toHaveText(total);
    await expect(list.getByRole("listitem").first().getByRole("link")).toHaveText(firstTitle);

    // Every listed event belongs to the selection.
    for (const line of await list.getByRole("listitem").allInnerTexts()) {
      expect(line).toContain("Violences contre des civils");
      expect(line).toMatch(/202[23]/);
    }

    await list.getByRole("listitem").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/fr\/events\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstTitle);
    await expect(page.getByTestId("event-facts")).toContainText("Burkina Faso");
    await page.getByRole("link", { name: /^Sources \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/#sources$/);
    const citations = page.getByTestId("event-citations");
    await expect(citations).toBeInViewport();
    await expect(citations.getByRole("listitem").first()).toContainText(/UCDP/);
    await citations.getByRole("link", { name: /UCDP/ }).first().click();
    await expect(page).toHaveURL(/\/fr\/sources\/ucdp-(ged|candidate)$/);
    await expect(page.getByTestId("source-grade")).toBeVisible();

    // Back through the source, the citations anchor and the event, to the filtered timeline.
    for (let step = 0; step < 4 && !/\/fr\/timeline\?/.test(page.url()); step += 1) {
      await page.goBack();
    }
    await waitForChart(page, FILTERED_QUERY);
    await page.getByRole("link", { name: "Read in English" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/timeline\\?${FILTERED_QUERY}$`));
    await waitForChart(page, FILTERED_QUERY);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const english = page.getByRole("form", { name: "Filters" });
    await expect(english.getByRole("checkbox", { name: "Burkina Faso" })).toBeChecked();
    await expect(
      english.getByRole("checkbox", { name: "Violence against civilians" }),
    ).toBeChecked();
    await expect(page.getByTestId("timeline-summary")).toHaveText(/events from .+ 2021 to .+ 2024/);
    const englishTotal = await page.getByTestId("event-list").locator("p").first().innerText();
    expect(englishTotal).toMatch(/events$/);
    expect(digits(englishTotal)).toBe(digits(total));
  });

  test("the timeline zooms, pans and opens events from the keyboard", async ({ page }) => {
    await page.goto(`/en/timeline?${FILTERED_QUERY}`);
    await waitForChart(page, FILTERED_QUERY);
    const frame = page.getByRole("group", { name: "Timeline of the selected events" });
    const before = await page.getByTestId("timeline-summary").innerText();

    await frame.focus();
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/span=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
    await expect(chart(page)).toHaveAttribute("data-state", "ready");
    await expect(page.getByTestId("timeline-summary")).not.toHaveText(before);

    // Zoomed in far enough, the events themselves are drawn: Tab enters them, arrows move, Enter opens.
    const zoomedUrl = page.url();
    await page.keyboard.press("Tab");
    const first = page.locator(":focus");
    await expect(first).toHaveAttribute("data-item-id", /.+/);
    const label = await first.getAttribute("aria-label");
    expect(label).toBeTruthy();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("timeline-details")).not.toHaveText(/Point at/);
    await page.keyboard.press("Escape");
    await expect(frame).toBeFocused();

    // A reload keeps the zoomed window.
    await page.reload();
    await expect(chart(page)).toHaveAttribute("data-state", "ready");
    expect(page.url()).toBe(zoomedUrl);

    await frame.focus();
    await page.keyboard.press("ArrowDown");
    const item = page.locator(":focus");
    const isEvent = (await item.evaluate((element) => element.tagName.toLowerCase())) === "a";
    if (isEvent) {
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/en\/events\/[0-9a-f-]{36}$/);
    } else {
      // A bucket: Enter zooms into its period.
      await page.keyboard.press("Enter");
      await expect(page).not.toHaveURL(zoomedUrl);
    }
  });

  test("buttons zoom and pan, and lanes switch to event types", async ({ page }) => {
    await page.goto("/en/timeline");
    await expect(chart(page)).toHaveAttribute("data-state", "ready");
    await page.getByRole("button", { name: "Zoom in", exact: true }).click();
    await expect(page).toHaveURL(/span=/);
    const zoomed = page.url();
    await page.getByRole("button", { name: /Earlier/ }).click();
    await expect(page).not.toHaveURL(zoomed);
    await page.getByRole("radio", { name: "By type of event" }).check();
    await expect(page).toHaveURL(/lanes=category/);
    await expect(chart(page)).toHaveAttribute("data-lanes", "category");
    // The kept window after switching lanes.
    await expect(page).toHaveURL(/span=/);
  });

  test("bad filters in a link are named, and the window API refuses them", async ({
    page,
    request,
  }) => {
    await page.goto("/en/timeline?country=fr&category=battle");
    await expect(page.getByTestId("filter-issues")).toContainText(
      "Country: “fr” is not a known value.",
    );
    await waitForChart(page, "category=battle");

    const refused = await request.get("/en/timeline/window?country=fr&span=2022-01-01..2022-12-31");
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error.issues[0]).toContain("country");
  });

  test("the window API sends aggregates, never thousands of rows", async ({ request }) => {
    const wide = await request.get("/en/timeline/window?span=1989-01-01..2026-12-31");
    expect(wide.ok()).toBe(true);
    const body = await wide.json();
    expect(body.selectionTotal).toBeGreaterThan(3000);
    expect(body.events).toBeNull();
    expect(body.buckets.length).toBeLessThanOrEqual(body.lanes.length * 120);
    expect((await wide.body()).length).toBeLessThan(40_000);

    const narrow = await request.get(
      `/fr/timeline/window?${FILTERED_QUERY}&span=2022-03-01..2022-03-31`,
    );
    const close = await narrow.json();
    expect(close.events.length).toBeGreaterThan(0);
    expect(close.events.length).toBeLessThanOrEqual(150);
    expect(close.events[0].dateLabel).toMatch(/mars 2022/);
  });

  test("search finds Ségou by 'segou' and JNIM under its aliases", async ({ page }) => {
    await page.goto("/en/search?q=segou");
    await expect(page).toHaveTitle(/Results for “segou”/);
    const events = page.getByTestId("search-group-events");
    await expect(events).toContainText("Ségou");
    await expect(
      events.getByRole("link", { name: /See all \d+ events in the timeline/ }),
    ).toBeVisible();

    for (const alias of ["jnim", "GSIM", "Groupe de soutien a l islam", "Jama'at Nusrat"]) {
      await page.goto(`/fr/search?q=${encodeURIComponent(alias)}`);
      await expect(
        page.getByTestId("search-group-actors").getByRole("link").first(),
      ).toHaveAttribute("href", "/fr/actors/jnim");
    }
    await page.getByTestId("search-group-actors").getByRole("link").first().click();
    await expect(page.getByTestId("actor-aliases")).toContainText("JNIM");
    await expect(page.getByTestId("actor-activity").getByRole("img")).toBeVisible();
  });
});
