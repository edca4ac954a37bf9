/**
 * Acceptance: UCDP GED and Candidate imports against a real PostgreSQL.
 * 1. GED import, then re-import: 0 inserted / 0 updated; 3,624 events; yearly best sums per
 *    country in SQL equal the sums computed straight from the CSV.
 * 2. Candidate after GED keeps GED's values and adds the Niger events; GED after Candidate
 *    supersedes the candidate values.
 * 4. Every adm_1 of both files resolves or is flagged, and the flagged names are exactly the
 *    genuinely unknown ones.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "@/lib/import";
import { ucdpCandidateImporter, ucdpGedImporter } from "@/lib/import/ucdp";
import { PLACES_DATA_DIR } from "@/lib/places/geojson";
import { isMissingAreaName } from "@/lib/places/resolve";
import { seedPlaces } from "@/prisma/seed/places";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

const GED_FILE = path.join(PLACES_DATA_DIR, "ucdp_ged_events_mali_burkina_faso.csv");
const CANDIDATE_FILE = path.join(PLACES_DATA_DIR, "ucdp_candidate_events_sahel_2021_2022.csv");
const COUNTRY_IDS: Record<string, string> = { Mali: "ML", "Burkina Faso": "BF", Niger: "NE" };

/** adm_1 values of the shared UCDP files that name no admin-1 area we know. Grow it only knowingly. */
const GENUINELY_UNKNOWN_ADM1 = ["Timetrine region"];

type CsvRecord = Record<string, string>;

async function readCsv(file: string): Promise<CsvRecord[]> {
  return parse(await readFile(file), { columns: true, bom: true }) as CsvRecord[];
}

async function eventSnapshot(db: TestDatabase["db"]) {
  const [row] = await db.$queryRaw<{ count: bigint; versions: bigint; last_update: Date }[]>`
    SELECT count(*) AS count, sum(version) AS versions, max(updated_at) AS last_update FROM events`;
  return row;
}

describe("UCDP GED then Candidate", () => {
  let test: TestDatabase;
  let ged: CsvRecord[];
  let candidate: CsvRecord[];

  beforeAll(async () => {
    test = await createTestDatabase("import_ucdp");
    await seedPlaces(test.db);
    [ged, candidate] = await Promise.all([readCsv(GED_FILE), readCsv(CANDIDATE_FILE)]);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("imports the GED file, well under 10 s", async () => {
    const report = await runImport(test.db, ucdpGedImporter, { path: GED_FILE });
    expect(report.counts).toEqual({ inserted: 3624, updated: 0, unchanged: 0, rejected: 0 });
    expect(report.rowsRead).toBe(3624);
    expect(report.durationMs).toBeLessThan(10_000);
    expect(report.tallies["flag BEST_OUTSIDE_RANGE"]).toBe(55);
    expect(await test.db.event.count()).toBe(3624);
  });

  it("records the import run with the file's sha256, counts and attribution", async () => {
    const run = await test.db.importRun.findFirstOrThrow({ where: { importer: "ucdp-ged" } });
    const sha256 = createHash("sha256")
      .update(await readFile(GED_FILE))
      .digest("hex");
    expect(run).toMatchObject({
      status: "SUCCEEDED",
      fileName: "ucdp_ged_events_mali_burkina_faso.csv",
      checksum: sha256,
      inserted: 3624,
      updated: 0,
      rejected: 0,
    });
    expect(run.attribution).toContain("Sundberg & Melander 2013");
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await eventSnapshot(test.db);
    const report = await runImport(test.db, ucdpGedImporter, { path: GED_FILE });
    expect(report.counts).toEqual({ inserted: 0, updated: 0, unchanged: 3624, rejected: 0 });
    expect(await eventSnapshot(test.db)).toEqual(before);
    expect(await test.db.importRun.count({ where: { importer: "ucdp-ged" } })).toBe(2);
  });

  it("stores yearly best fatalities per country exactly as the CSV sums them", async () => {
    const fromCsv = new Map<string, number>();
    for (const row of ged) {
      const key = `${COUNTRY_IDS[row.country ?? ""]}|${(row.date_start ?? "").slice(0, 4)}`;
      fromCsv.set(key, (fromCsv.get(key) ?? 0) + Number(row.best_est));
    }
    const fromSql = await test.db.$queryRaw<{ country_id: string; year: number; best: bigint }[]>`
      SELECT country_id, extract(year FROM date_start)::int AS year, sum(fatalities_best) AS best
      FROM events GROUP BY 1, 2`;
    expect(
      new Map(fromSql.map((row) => [`${row.country_id}|${row.year}`, Number(row.best)])),
    ).toEqual(fromCsv);
  });

  it("maps one event completely: actors, external id, citation, flags, status", async () => {
    const event = await test.db.event.findFirstOrThrow({
      where: { externalIds: { some: { system: "UCDP", externalId: "219115" } } },
      include: {
        actors: { include: { actor: true } },
        externalIds: true,
        citations: { include: { source: true } },
      },
    });
    expect(event).toMatchObject({
      category: "VIOLENCE_AGAINST_CIVILIANS",
      ucdpViolenceType: 3,
      countryId: "BF",
      areaId: "BF-CENTRE",
      status: "PUBLISHED",
      dataStatus: "FINAL",
      sourceCodeStatus: "Clear",
      numberOfSources: 5,
      titleEn: "Violence against civilians by AQIM in the Centre region",
    });
    expect(event.publishedAt).not.toBeNull();
    expect(event.sourceText).toContain("Al-Qaeda attack on Burkina hotel kills 20");
    expect(
      event.actors.map((link) => [link.role, link.actor.nameEn, link.actor.kind]).sort(),
    ).toEqual([
      ["SIDE_A", "AQIM", "ARMED_GROUP"],
      ["SIDE_B", "Civilians", "CIVILIANS"],
    ]);
    expect(event.externalIds).toMatchObject([
      { system: "UCDP", externalId: "219115", release: "GED 24.1" },
    ]);
    expect(event.citations).toMatchObject([
      {
        title: "GED 24.1",
        quote: null,
        source: { slug: "ucdp-ged", kind: "DATASET", status: "APPROVED" },
      },
    ]);
    const state = await test.db.actor.findFirstOrThrow({ where: { nameEn: "Government of Mali" } });
    expect(state).toMatchObject({
      kind: "STATE_FORCE",
      countryId: "ML",
      nameFr: "Gouvernement du Mali",
    });
  });

  it("keeps GED's values when the Candidate file comes after, and adds the Niger events", async () => {
    const overlapping = candidate.filter((row) => ged.some((gedRow) => gedRow.id === row.id));
    expect(overlapping).toHaveLength(425);
    const report = await runImport(test.db, ucdpCandidateImporter, { path: CANDIDATE_FILE });
    expect(report.counts).toEqual({ inserted: 126, updated: 0, unchanged: 425, rejected: 0 });

    const gedById = new Map(ged.map((row) => [row.id, row]));
    const events = await test.db.event.findMany({
      where: {
        externalIds: {
          some: { system: "UCDP", externalId: { in: overlapping.map((row) => row.id ?? "") } },
        },
      },
      include: { externalIds: true, citations: { include: { source: true } } },
    });
    expect(events).toHaveLength(425);
    for (const event of events) {
      const gedRow = gedById.get(event.externalIds[0]?.externalId);
      expect(event.dataStatus).toBe("FINAL");
      expect(event.fatalitiesBest).toBe(Number(gedRow?.best_est));
      expect(event.fatalitiesHigh).toBe(Number(gedRow?.high_est));
      expect(event.externalIds[0]?.release).toBe("GED 24.1");
      expect(event.citations.map((citation) => citation.source.slug)).toEqual(["ucdp-ged"]);
    }
    const niger = await test.db.event.findMany({ where: { countryId: "NE" } });
    expect(niger).toHaveLength(92);
    expect(
      niger.every((event) => event.dataStatus === "PROVISIONAL" && event.status === "PUBLISHED"),
    ).toBe(true);
    expect(await test.db.event.count({ where: { countryId: "NE", areaId: "NE-TILLABERI" } })).toBe(
      48,
    );
  });

  it("resolves every adm_1 of both files to an area or flags it, and only the genuinely unknown are flagged", async () => {
    // For ids in both files the event holds GED's values: read the Candidate file first, GED over it.
    const expectedName = new Map<string, string | null>();
    for (const row of [...candidate, ...ged]) {
      expectedName.set(row.id ?? "", isMissingAreaName(row.adm_1) ? null : (row.adm_1 ?? null));
    }
    const events = await test.db.event.findMany({
      select: {
        areaId: true,
        areaName: true,
        qualityFlags: true,
        externalIds: { select: { externalId: true } },
      },
    });
    expect(events).toHaveLength(expectedName.size);
    const flagged = new Set<string>();
    for (const event of events) {
      const adm1 = expectedName.get(event.externalIds[0]?.externalId ?? "");
      const unresolved = event.qualityFlags.includes("UNRESOLVED_AREA");
      if (adm1 === null || adm1 === undefined) {
        expect(event.areaId === null && !unresolved).toBe(true);
      } else if (unresolved) {
        expect(event.areaId).toBeNull();
        expect(event.areaName).toBe(adm1);
        flagged.add(adm1);
      } else {
        expect(event.areaId, adm1).not.toBeNull();
      }
    }
    expect([...flagged].sort()).toEqual(GENUINELY_UNKNOWN_ADM1);
  });
});

describe("UCDP Candidate then GED", () => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase("import_ucdp_supersede");
    await seedPlaces(test.db);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("overwrites the candidate values with GED's and marks them FINAL", async () => {
    await runImport(test.db, ucdpCandidateImporter, { path: CANDIDATE_FILE });
    const before = await test.db.event.findFirstOrThrow({
      where: { externalIds: { some: { externalId: "374352" } } },
      include: { citations: true },
    });
    expect(before).toMatchObject({ dataStatus: "PROVISIONAL", version: 1 });

    const report = await runImport(test.db, ucdpGedImporter, { path: GED_FILE });
    expect(report.counts).toMatchObject({ inserted: 3624 - 425, updated: 425, rejected: 0 });
    expect(report.tallies["provisional events superseded by GED"]).toBe(425);

    const after = await test.db.event.findFirstOrThrow({
      where: { id: before.id },
      include: { citations: { include: { source: true } }, externalIds: true },
    });
    expect(after).toMatchObject({ dataStatus: "FINAL", version: 2, status: "PUBLISHED" });
    expect(after.publishedAt).toEqual(before.publishedAt);
    expect(after.citations.map((citation) => [citation.source.slug, citation.title])).toEqual([
      ["ucdp-ged", "GED 24.1"],
    ]);
    expect(after.externalIds[0]?.release).toBe("GED 24.1");
    expect(await test.db.event.count({ where: { dataStatus: "PROVISIONAL" } })).toBe(126);
  });
});
