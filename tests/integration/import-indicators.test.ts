/**
 * Acceptance: OWID, IDMC and UNHCR importers (5). Each re-import changes nothing; Burkina Faso's
 * 2024 IDP stock is marked as carried forward from 2023; OWID's partial 2022 is labelled as such.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport, type Importer } from "@/lib/import";
import { idmcImporter } from "@/lib/import/idmc";
import { owidDeathsImporter } from "@/lib/import/owid";
import { unhcrImporter } from "@/lib/import/unhcr";
import { isoDay } from "@/lib/import/values";
import { PLACES_DATA_DIR } from "@/lib/places/geojson";
import { seedPlaces } from "@/prisma/seed/places";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

const data = (file: string) => path.join(PLACES_DATA_DIR, file);

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase("import_indicators");
  await seedPlaces(test.db);
});
afterAll(async () => {
  await test?.drop();
});

async function observationSnapshot() {
  const [row] = await test.db.$queryRaw<
    { count: bigint; versions: bigint; last_update: Date | null }[]
  >`
    SELECT count(*) AS count, sum(version) AS versions, max(updated_at) AS last_update FROM observations`;
  return row;
}

async function importTwice(importer: Importer, file: string, observations: number) {
  const first = await runImport(test.db, importer, { path: data(file) });
  expect(first.counts).toEqual({ inserted: observations, updated: 0, unchanged: 0, rejected: 0 });
  const before = await observationSnapshot();
  const second = await runImport(test.db, importer, { path: data(file) });
  expect(second.counts).toEqual({ inserted: 0, updated: 0, unchanged: observations, rejected: 0 });
  expect(await observationSnapshot()).toEqual(before);
}

function observationsOf(slug: string, placeId: string) {
  return test.db.observation.findMany({
    where: { indicator: { slug }, placeId },
    orderBy: { periodEnd: "asc" },
    include: { citations: { include: { source: true } } },
  });
}

describe("OWID UCDP deaths", () => {
  it("imports one observation per country, year and type of violence, idempotently", async () => {
    await importTwice(owidDeathsImporter, "owid_ucdp_deaths_country_year.csv", 408);
    expect(await test.db.indicator.count({ where: { slug: { startsWith: "ucdp-deaths-" } } })).toBe(
      4,
    );
  });

  it("keeps best, low and high, and labels 2021 provisional and 2022 as February only", async () => {
    const mali = await observationsOf("ucdp-deaths-all-types", "ML");
    const byYear = new Map(
      mali.map((observation) => [observation.periodStart.getUTCFullYear(), observation]),
    );
    expect(byYear.get(2020)).toMatchObject({
      value: 1484,
      low: 1373,
      high: 1672,
      dataStatus: "FINAL",
      status: "PUBLISHED",
    });
    expect(byYear.get(2021)).toMatchObject({ value: 1308, dataStatus: "PROVISIONAL" });
    const february = byYear.get(2022);
    expect(february).toMatchObject({ value: 196, dataStatus: "PROVISIONAL" });
    expect([
      isoDay(february?.periodStart ?? new Date()),
      isoDay(february?.periodEnd ?? new Date()),
    ]).toEqual(["2022-02-01", "2022-02-28"]);
    expect(february?.note).toContain("February 2022 only");
    expect(mali.every((observation) => observation.citations.length === 1)).toBe(true);
    expect(mali[0]?.citations[0]?.source.slug).toBe("owid-ucdp-conflict-deaths");
  });
});

describe("IDMC GIDD", () => {
  it("imports a year-end stock and a yearly flow per country-year, idempotently", async () => {
    await importTwice(idmcImporter, "idmc_gidd_conflict_idps.csv", 76);
  });

  it("marks Burkina Faso's 2024 stock as carried forward from 2023, not as fresh data", async () => {
    const stocks = await observationsOf("idmc-conflict-idps", "BF");
    const byYear = new Map(
      stocks.map((observation) => [observation.periodEnd.getUTCFullYear(), observation]),
    );
    const stock2024 = byYear.get(2024);
    expect(stock2024?.value).toBe(2062534);
    expect(isoDay(stock2024?.periodStart ?? new Date())).toBe("2024-12-31");
    expect(isoDay(stock2024?.carriedForwardFrom ?? new Date(0))).toBe("2023-12-31");
    expect(stock2024?.note).toContain("carried forward");
    expect(byYear.get(2023)?.carriedForwardFrom).toBeNull();
    const flow = await observationsOf("idmc-conflict-new-displacements", "BF");
    expect(
      flow.find((observation) => observation.periodEnd.getUTCFullYear() === 2024),
    ).toMatchObject({
      value: 379980,
      carriedForwardFrom: null,
    });
    const indicator = await test.db.indicator.findUniqueOrThrow({
      where: { slug: "idmc-conflict-idps" },
    });
    expect(indicator.seriesStatusNote).toContain("stopped in March 2023");
  });
});

describe("UNHCR population statistics", () => {
  it("aggregates rows into country-year observations per indicator, idempotently", async () => {
    await importTwice(unhcrImporter, "unhcr_population_sahel.csv", 265);
  });

  it("sums refugees by origin and by asylum, and reads IDPs from origin = asylum rows", async () => {
    const idps = await observationsOf("unhcr-idps", "BF");
    expect(
      idps.map((observation) => [observation.periodEnd.getUTCFullYear(), observation.value]),
    ).toEqual([
      [2017, 2350],
      [2018, 47030],
      [2019, 560033],
      [2020, 1074993],
      [2021, 1579976],
      [2022, 1882391],
      [2023, 2062534],
      [2024, 2062534],
      [2025, 2062534],
    ]);
    expect(
      idps.slice(-2).map((observation) => isoDay(observation.carriedForwardFrom ?? new Date(0))),
    ).toEqual(["2023-12-31", "2023-12-31"]);
    const rows = parse(await readFile(data("unhcr_population_sahel.csv")), {
      columns: true,
    }) as Record<string, string>[];
    const expectedFromMali2020 = rows
      .filter((row) => row.year === "2020" && row.coo_iso === "MLI" && row.coa_iso !== "MLI")
      .reduce((sum, row) => sum + Number(row.refugees), 0);
    const [fromMali] = await test.db.$queryRaw<{ value: number }[]>`
      SELECT o.value FROM observations o JOIN indicators i ON i.id = o.indicator_id
      WHERE i.slug = 'unhcr-refugees-from' AND o.place_id = 'ML' AND o.period_end = '2020-12-31'`;
    expect(fromMali?.value).toBe(expectedFromMali2020);
  });
});

describe("import runs", () => {
  it("records every run, re-imports included", async () => {
    const runs = await test.db.importRun.groupBy({
      by: ["importer", "status"],
      _count: true,
      orderBy: { importer: "asc" },
    });
    expect(runs.map((run) => [run.importer, run.status, run._count])).toEqual([
      ["idmc-gidd", "SUCCEEDED", 2],
      ["owid-ucdp-deaths", "SUCCEEDED", 2],
      ["unhcr-population", "SUCCEEDED", 2],
    ]);
  });
});
