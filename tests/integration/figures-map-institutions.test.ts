/**
 * The map's layers and the institution lifecycle against the default seed: aggregation in the
 * database, coverage-aware shading, territorial control at a date, and published records only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as InstitutionsModule from "@/lib/data/institutions";
import type * as MapModule from "@/lib/data/map";
import { stableUuid } from "@/lib/db/stable-id";
import { EMPTY_EVENT_FILTERS, type EventFilters } from "@/lib/validations/event-filters";
import { runSeed } from "@/prisma/seed/run-seed";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

let testDb: TestDatabase;
let map: typeof MapModule;
let institutions: typeof InstitutionsModule;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const filters = (patch: Partial<EventFilters>): EventFilters => ({
  ...EMPTY_EVENT_FILTERS,
  ...patch,
});

beforeAll(async () => {
  testDb = await createTestDatabase("figures_map");
  await runSeed(testDb.db, () => undefined);
  const { db } = testDb;
  const assess = (areaId: string, assessedOn: string, category: string, status = "PUBLISHED") => ({
    areaId,
    assessedOn: day(assessedOn),
    datePrecision: "DAY" as const,
    category: category as "CONTESTED",
    confidence: "MEDIUM" as const,
    status: status as "PUBLISHED",
  });
  await db.territorialAssessment.createMany({
    data: [
      assess("ML-MOPTI", "2023-01-01", "CONTESTED"),
      assess("ML-MOPTI", "2024-06-01", "ARMED_GROUP_SUPPORT_ZONE"),
      assess("ML-MOPTI", "2024-09-01", "GOVERNMENT_CONTROL", "DRAFT"),
      assess("BF-SAHEL", "2024-01-01", "ARMED_GROUP_ATTACK_ZONE"),
    ],
  });
  // An unpublished, very deadly event in Mopti, and an unpublished institution and milestone.
  await db.event.create({
    data: {
      titleEn: "Unpublished massacre",
      titleFr: "Massacre non publié",
      category: "VIOLENCE_AGAINST_CIVILIANS",
      dateStart: day("2023-05-01"),
      dateEnd: day("2023-05-01"),
      datePrecision: "DAY",
      countryId: "ML",
      areaId: "ML-MOPTI",
      latitude: 14.5,
      longitude: -4.2,
      geoPrecision: 1,
      fatalitiesBest: 50_000,
      status: "DRAFT",
      institutions: { create: { institutionId: stableUuid("institution:fu-aes") } },
    },
  });
  await db.institution.create({
    data: { slug: "draft-body", nameEn: "Draft body", nameFr: "Organe brouillon", status: "DRAFT" },
  });
  await db.milestone.create({
    data: {
      institutionId: stableUuid("institution:pc-aes"),
      stage: "OPERATIONAL",
      date: day("2026-01-01"),
      datePrecision: "DAY",
      status: "IN_REVIEW",
    },
  });
  process.env.DATABASE_URL = testDb.url;
  map = await import("@/lib/data/map");
  institutions = await import("@/lib/data/institutions");
});

afterAll(async () => {
  await testDb.drop();
});

describe("map geometry", () => {
  it("draws every admin-1 area that has a shape, from the shipped GeoJSON", async () => {
    const geometry = await map.loadMapGeometry();
    expect(geometry.areas).toHaveLength(30);
    expect(geometry.areas.map((area) => area.placeId)).not.toContain("ML-MENAKA");
    for (const area of geometry.areas) expect(area.path).toMatch(/^M\d+ \d+l/);
    expect(geometry.countryBorders.length).toBeGreaterThan(1000);
    // Small enough to inline in every page.
    const size = geometry.areas.reduce((total, area) => total + area.path.length, 0);
    expect(size).toBeLessThan(60_000);
  });
});

describe("map layers", () => {
  it("totals published events per area in the database and ignores the area filter", async () => {
    const all = await map.getAreaTotals(filters({ from: "2023-01-01", to: "2023-12-31" }));
    const picked = await map.getAreaTotals(
      filters({ from: "2023-01-01", to: "2023-12-31", area: ["ML-MOPTI"] }),
    );
    expect(picked).toEqual(all);
    const mopti = all.find((row) => row.areaId === "ML-MOPTI");
    expect(mopti?.events).toBeGreaterThan(0);
    expect(mopti?.fatalities).toBeLessThan(50_000);
    const [count] = await testDb.db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM events WHERE status = 'PUBLISHED' AND area_id = 'ML-MOPTI'
        AND date_end >= '2023-01-01' AND date_start <= '2023-12-31'`;
    expect(mopti?.events).toBe(Number(count?.n));
  });

  it("groups events into at most a few hundred marks inside the map", async () => {
    const { marks, groups } = await map.getEventMarks(EMPTY_EVENT_FILTERS);
    expect(marks.length).toBeLessThanOrEqual(map.MAX_MARKS);
    expect(groups).toBeGreaterThan(marks.length);
    const geometry = await map.loadMapGeometry();
    for (const mark of marks) {
      expect(mark.x).toBeGreaterThanOrEqual(-20);
      expect(mark.x).toBeLessThanOrEqual(geometry.width + 20);
      expect(mark.y).toBeLessThanOrEqual(geometry.height + 20);
    }
    expect(marks.every((mark) => mark.fatalities < 50_000)).toBe(true);
  });

  it("tells covered, partly covered and uncovered periods apart per country", async () => {
    const year2023 = await map.getEventCoverage(filters({ from: "2023-01-01", to: "2023-12-31" }));
    expect(year2023.get("ML")?.status).toBe("full");
    expect(year2023.get("NE")?.status).toBe("none");
    const allTime = await map.getEventCoverage(EMPTY_EVENT_FILTERS);
    expect(allTime.get("NE")).toMatchObject({
      status: "partial",
      first: "2021-01",
      last: "2022-02",
    });
  });

  it("shows each area's latest published territorial-control assessment at the chosen date", async () => {
    const early = await map.getControlLayer("2023-06-30", "en");
    expect(early.range).toEqual({ first: "2023-01-01", last: "2024-06-01" });
    expect(early.assessments).toEqual([
      expect.objectContaining({
        areaId: "ML-MOPTI",
        category: "CONTESTED",
        assessedOn: "2023-01-01",
      }),
    ]);
    const late = await map.getControlLayer("2024-12-31", "en");
    const byArea = new Map(late.assessments.map((item) => [item.areaId, item.category]));
    expect(byArea.get("ML-MOPTI")).toBe("ARMED_GROUP_SUPPORT_ZONE");
    expect(byArea.get("BF-SAHEL")).toBe("ARMED_GROUP_ATTACK_ZONE");
    expect((await map.getControlLayer(null, "en")).asOf).toBe("2024-06-01");
  });

  it("gives an indicator's latest figure per country up to the selected end date", async () => {
    const layer = await map.getIndicatorLayer(
      "idmc-conflict-idps",
      filters({ to: "2023-12-31" }),
      "en",
    );
    expect(layer?.level).toBe("COUNTRY");
    expect(layer?.values.get("BF")).toEqual({ value: 2_062_534, asOf: "2023-12-31" });
    expect(await map.getIndicatorLayer("no-such-indicator", EMPTY_EVENT_FILTERS, "en")).toBeNull();
  });
});

describe("institutions", () => {
  it("builds each published institution's lifecycle from published milestones only", async () => {
    const tracks = await institutions.listInstitutionTracks("en");
    expect(tracks.map((track) => track.slug)).not.toContain("draft-body");
    expect(tracks).toHaveLength(7);
    const levy = tracks.find((track) => track.slug === "pc-aes");
    const operational = levy?.lifecycle.steps.find((step) => step.stage === "OPERATIONAL");
    expect(operational?.status).not.toBe("done");
  });

  it("counts the days from announcement to operation, with evidence and related events", async () => {
    const force = await institutions.getInstitution("fu-aes", "en");
    expect(force?.lifecycle.gap).toEqual({ days: 387, operational: true, approximate: true });
    const announced = force?.lifecycle.steps.find((step) => step.stage === "ANNOUNCED");
    expect(announced?.milestones[0]?.evidence.length).toBeGreaterThan(0);
    expect(force?.events.map((event) => event.title.text)).not.toContain("Unpublished massacre");
    expect(force?.events.length).toBeGreaterThanOrEqual(2);
    expect(await institutions.getInstitution("draft-body", "en")).toBeNull();
  });

  it("falls back visibly to the other language", async () => {
    await testDb.db.institution.update({
      where: { slug: "aes-tv" },
      data: { descriptionFr: null },
    });
    const tv = await institutions.getInstitution("aes-tv", "fr");
    expect(tv?.description).toMatchObject({ locale: "en" });
    expect(tv?.name.locale).toBe("fr");
  });
});
