/**
 * Indicator charts and the dashboard against the default seed (starter dataset + UCDP, OWID, IDMC,
 * UNHCR imports): uncertainty bands, provisional and carried-forward figures, gaps drawn as gaps,
 * event annotations, freshness, and never anything unpublished.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as HomeModule from "@/lib/data/home";
import type * as ChartModule from "@/lib/data/indicator-chart";
import type * as IndicatorsModule from "@/lib/data/indicators";
import { stableUuid } from "@/lib/db/stable-id";
import {
  DEFAULT_INDICATOR_VIEW,
  parseIndicatorView,
  type IndicatorView,
} from "@/lib/validations/indicator-view";
import { runSeed } from "@/prisma/seed/run-seed";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

let testDb: TestDatabase;
let indicators: typeof IndicatorsModule;
let charts: typeof ChartModule;
let home: typeof HomeModule;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const view = (query: string): IndicatorView =>
  parseIndicatorView(Object.fromEntries(new URLSearchParams(query))).view;

async function chartOf(slug: string, chartView: IndicatorView = DEFAULT_INDICATOR_VIEW) {
  const indicator = await indicators.getIndicator(slug, "en");
  if (!indicator) throw new Error(`no published indicator ${slug}`);
  return charts.getIndicatorChart(indicator, chartView, "en");
}

function cellOf(chart: ChartModule.IndicatorChartData, series: string, bucket: string) {
  const cell = chart.series
    .find((item) => item.key === series)
    ?.cells.find((c) => c.bucket === bucket);
  const row = chart.rows.find((item) => item.bucket === bucket);
  return { cell, point: row?.points[series] };
}

const GAP_SLUG = "test-gappy-indicator";
const MONTHLY_SLUG = "test-monthly-indicator";

beforeAll(async () => {
  testDb = await createTestDatabase("figures_indicators");
  await runSeed(testDb.db, () => undefined);
  const { db } = testDb;
  // A yearly flow with a year missing, a declared unknown, a zero, and unpublished figures.
  const indicator = await db.indicator.create({
    data: {
      slug: GAP_SLUG,
      nameEn: "Test flow with gaps",
      nameFr: "Flux de test avec lacunes",
      kind: "FATALITIES",
      unit: "deaths",
      producer: "Test producer",
      licence: "CC0",
      updateFrequency: "YEARLY",
      status: "PUBLISHED",
    },
  });
  const year = (y: number, fields: Record<string, unknown>) => ({
    indicatorId: indicator.id,
    placeId: "ML",
    periodStart: day(`${y}-01-01`),
    periodEnd: day(`${y}-12-31`),
    ...fields,
  });
  await db.observation.createMany({
    data: [
      year(2018, { value: 40, low: 30, high: 55, status: "PUBLISHED" }),
      year(2019, { value: 0, low: 0, high: 0, status: "PUBLISHED" }),
      // 2020: no observation at all.
      year(2021, { value: null, gapState: "UNKNOWN", status: "PUBLISHED" }),
      year(2022, { value: 70, status: "PUBLISHED", dataStatus: "PROVISIONAL" }),
      year(2020, { value: 99_999, status: "DRAFT", series: "draft" }),
      year(2023, { value: 88_888, status: "IN_REVIEW" }),
    ],
  });
  const monthly = await db.indicator.create({
    data: {
      slug: MONTHLY_SLUG,
      nameEn: "Test monthly flow",
      nameFr: "Flux mensuel de test",
      kind: "NEW_DISPLACEMENTS",
      unit: "people",
      producer: "Test producer",
      licence: "CC0",
      updateFrequency: "MONTHLY",
      status: "PUBLISHED",
    },
  });
  await db.observation.createMany({
    data: Array.from({ length: 20 * 12 }, (_, index) => ({
      indicatorId: monthly.id,
      placeId: "NE",
      periodStart: new Date(Date.UTC(2005, index, 1)),
      periodEnd: new Date(Date.UTC(2005, index + 1, 0)),
      value: 1,
      status: "PUBLISHED" as const,
    })),
  });
  await db.indicator.create({
    data: {
      slug: "test-draft-indicator",
      nameEn: "Unpublished indicator",
      nameFr: "Indicateur non publié",
      kind: "FATALITIES",
      unit: "deaths",
      producer: "Test producer",
      licence: "CC0",
      updateFrequency: "YEARLY",
      status: "DRAFT",
    },
  });
  // A withdrawal still in review must never become an annotation.
  await db.event.create({
    data: {
      titleEn: "Unpublished withdrawal",
      titleFr: "Retrait non publié",
      category: "WITHDRAWAL",
      dateStart: day("2019-06-01"),
      dateEnd: day("2019-06-01"),
      datePrecision: "DAY",
      countryId: "ML",
      status: "IN_REVIEW",
    },
  });
  process.env.DATABASE_URL = testDb.url;
  indicators = await import("@/lib/data/indicators");
  charts = await import("@/lib/data/indicator-chart");
  home = await import("@/lib/data/home");
});

afterAll(async () => {
  await testDb.drop();
});

describe("indicator chart", () => {
  it("shows Burkina Faso's 2024 IDP stock as carried forward, not as fresh data", async () => {
    const chart = await chartOf("idmc-conflict-idps");
    expect(chart.granularity).toBe("year");
    const { cell, point } = cellOf(chart, "BF", "2024");
    expect(cell).toMatchObject({ state: "carriedForward", carriedForwardFrom: "2023-12-31" });
    expect(point?.solid).toBeNull();
    expect(point?.dashed).toBe(cell?.value);
    expect(cellOf(chart, "BF", "2023").cell?.state).toBe("value");
    const indicator = await indicators.getIndicator("idmc-conflict-idps", "en");
    expect(indicator?.seriesStatusNote).toMatch(/stopped in March 2023/);
  });

  it("draws low–high bands and the Bamako summit and ECOWAS withdrawal as annotations", async () => {
    const chart = await chartOf("ucdp-deaths-all-types", view("place=ml"));
    const { point } = cellOf(chart, "ML", "2019");
    expect(point?.band).not.toBeNull();
    expect(point?.band?.[0]).toBeLessThanOrEqual(point?.solid ?? -1);
    const annotated = chart.annotations.flatMap((annotation) => annotation.events.map((e) => e.id));
    for (const key of [
      "bamako-summit-2025",
      "ecowas-withdrawal-announced-2024",
      "ecowas-withdrawal-effective-2025",
    ]) {
      expect(annotated).toContain(stableUuid(`event:${key}`));
    }
    // The axis reaches the latest annotation even though this extract stops in February 2022.
    expect(chart.rows.at(-1)?.bucket).toBe("2025");
    expect(
      chart.annotations.every((annotation) =>
        chart.rows.some((row) => row.bucket === annotation.bucket),
      ),
    ).toBe(true);
  });

  it("marks 2021 provisional and February-only 2022 as partial, never drawn as a collapse", async () => {
    const chart = await chartOf("ucdp-deaths-all-types", view("place=bf"));
    expect(cellOf(chart, "BF", "2021").cell?.state).toBe("provisional");
    const partial = cellOf(chart, "BF", "2022");
    expect(partial.cell?.state).toBe("partial");
    expect(partial.point).toMatchObject({ solid: null, dashed: null });
  });

  it("draws a year without observation as a gap, not as zero, and keeps declared gaps apart", async () => {
    const chart = await chartOf(GAP_SLUG, view("events=none"));
    const states = chart.series[0]?.cells.map((cell) => [cell.bucket, cell.state, cell.value]);
    expect(states).toEqual([
      ["2018", "value", 40],
      ["2019", "value", 0],
      ["2020", "missing", null],
      ["2021", "unknown", null],
      ["2022", "provisional", 70],
    ]);
    expect(cellOf(chart, "ML", "2020").point?.solid).toBeNull();
    expect(cellOf(chart, "ML", "2019").point?.solid).toBe(0);
    expect(chart.annotations).toEqual([]);
  });

  it("never shows unpublished indicators, observations or events", async () => {
    expect(await indicators.getIndicator("test-draft-indicator", "en")).toBeNull();
    const listed = (await indicators.listIndicators("en")).map((item) => item.slug);
    expect(listed).toContain(GAP_SLUG);
    expect(listed).not.toContain("test-draft-indicator");
    const chart = await chartOf(GAP_SLUG, view("events=withdrawal"));
    const values = chart.series.flatMap((series) => series.cells.map((cell) => cell.value));
    expect(values).not.toContain(99_999);
    expect(values).not.toContain(88_888);
    const titles = chart.annotations.flatMap((a) => a.events.map((event) => event.title));
    expect(titles).not.toContain("Unpublished withdrawal");
  });

  it("compares several counts of the same figure for one place, our event database included", async () => {
    const chart = await chartOf(
      "ucdp-deaths-all-types",
      view("place=bf&compare=events,ucdp-deaths-one-sided,not-an-indicator"),
    );
    expect(chart.view).toBe("sources");
    expect(chart.series.map((series) => series.key)).toEqual([
      "ucdp-deaths-all-types",
      "events",
      "ucdp-deaths-one-sided",
    ]);
    const events = chart.series.find((series) => series.key === "events");
    // Burkina Faso's events start in 2016: earlier years are unknown, not zero.
    expect(events?.cells.find((cell) => cell.bucket === "2010")?.state).toBe("missing");
    expect(events?.cells.find((cell) => cell.bucket === "2019")?.state).toBe("value");
    expect(events?.cells.find((cell) => cell.bucket === "2019")?.value).toBeGreaterThan(1000);
  });

  it("aggregates on the server: monthly figures by quarter or year, never split yearly ones", async () => {
    const long = await chartOf(MONTHLY_SLUG, view("per=month&events=none"));
    expect(long.coarsened).toBe(true);
    expect(long.granularity).toBe("quarter");
    expect(long.rows.length).toBeLessThanOrEqual(charts.MAX_BUCKETS);
    // A quarter sums its three months: 1 + 1 + 1.
    expect(cellOf(long, "NE", "2010-Q1").cell?.value).toBe(3);
    const yearly = await chartOf(MONTHLY_SLUG, view("per=year&events=none"));
    expect(cellOf(yearly, "NE", "2010").cell?.value).toBe(12);
    const recent = await chartOf(MONTHLY_SLUG, view("per=month&from=2020&to=2021&events=none"));
    expect(recent.granularity).toBe("month");
    expect(recent.rows).toHaveLength(24);
    // OWID figures are yearly: they cannot be split per month.
    const owid = await chartOf("ucdp-deaths-all-types", view("per=month"));
    expect(owid.granularities).toEqual(["year"]);
    expect(owid.granularity).toBe("year");
  });
});

describe("freshness", () => {
  it("computes up to date / due / overdue from coverage, last update and frequency", async () => {
    const bySlug = new Map(
      (await indicators.listIndicators("en")).map((item) => [item.slug, item]),
    );
    expect(bySlug.get("ucdp-deaths-all-types")?.freshness).toMatchObject({
      status: "overdue",
      coverageEnd: "2022-02-28",
      frequency: "YEARLY",
    });
    expect(bySlug.get("joint-force-announced-strength")?.freshness.status).toBe("irregular");
  });
});

describe("dashboard", () => {
  it("compares the last 12 months of event data with the 12 before, naming what is missing", async () => {
    const headline = await home.getFatalityHeadline("AES");
    expect(headline?.current).toMatchObject({ start: "2023-01-01", end: "2023-12-31" });
    expect(headline?.current.included).toEqual(["ML", "BF"]);
    expect(headline?.current.excluded).toEqual(["NE"]);
    expect(headline?.previous?.start).toBe("2022-01-01");
    expect(headline?.current.value).toBeGreaterThan(0);
  });

  it("gives the AES displaced stock as of its date, flagging Burkina Faso's carried-forward part", async () => {
    const headline = await home.getIndicatorHeadline("idmc-conflict-idps", "AES", "en");
    expect(headline?.latest).toMatchObject({
      bucket: "2024",
      state: "carriedForward",
      asOf: "2024-12-31",
    });
    expect(headline?.carriedPlaces).toEqual(["BF"]);
    const mali = await home.getIndicatorHeadline("idmc-conflict-idps", "ML", "en");
    expect(mali?.latest.state).toBe("value");
  });

  it("lists the freshness of the event datasets and of the indicators for the place", async () => {
    const rows = await home.listSeriesFreshness("en", "NE");
    const keys = rows.map((row) => row.key);
    expect(keys).toContain("ucdp-candidate");
    expect(keys).not.toContain("ucdp-ged");
    expect(keys).toContain("idmc-conflict-idps");
  });
});
