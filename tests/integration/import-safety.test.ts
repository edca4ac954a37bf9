/**
 * Acceptance: imports never leave garbage behind.
 * 3. A dry run of every importer leaves a checksum of every table unchanged; a file with broken rows
 *    yields a per-row report and writes nothing for those rows; a malformed file is refused and
 *    changes nothing, even when it breaks after several batches were written.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportRefusedError, runImport, type Importer } from "@/lib/import";
import { idmcImporter } from "@/lib/import/idmc";
import { owidDeathsImporter } from "@/lib/import/owid";
import { ucdpCandidateImporter, ucdpGedImporter } from "@/lib/import/ucdp";
import { unhcrImporter } from "@/lib/import/unhcr";
import { PLACES_DATA_DIR } from "@/lib/places/geojson";
import { seedPlaces } from "@/prisma/seed/places";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

const data = (file: string) => path.join(PLACES_DATA_DIR, file);
const fixture = (file: string) => path.resolve(import.meta.dirname, "../fixtures", file);
const GED_FILE = data("ucdp_ged_events_mali_burkina_faso.csv");

/**
 * md5 of every public table's rows, per table. query_to_xml runs the per-table query inside one
 * static statement; table names come from the catalogue and are quoted by format('%I').
 */
async function databaseChecksum(db: TestDatabase["db"]): Promise<Record<string, string>> {
  const rows = await db.$queryRaw<{ table_name: string; digest: string }[]>`
    SELECT c.relname AS table_name,
           (xpath('/row/digest/text()', query_to_xml(format(
             'SELECT md5(coalesce(string_agg(t::text, %L ORDER BY t::text), %L)) AS digest FROM %I.%I AS t',
             '|', '', n.nspname, c.relname), false, true, '')))[1]::text AS digest
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'
    ORDER BY c.relname`;
  return Object.fromEntries(rows.map((row) => [row.table_name, row.digest]));
}

describe("dry runs", () => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase("import_dry_run");
    await seedPlaces(test.db);
    await runImport(test.db, ucdpGedImporter, { path: GED_FILE });
  });
  afterAll(async () => {
    await test?.drop();
  });

  const cases: [string, Importer, string, { inserted: number; unchanged: number }][] = [
    [
      "ucdp-ged",
      ucdpGedImporter,
      "ucdp_ged_events_mali_burkina_faso.csv",
      { inserted: 0, unchanged: 3624 },
    ],
    [
      "ucdp-candidate",
      ucdpCandidateImporter,
      "ucdp_candidate_events_sahel_2021_2022.csv",
      { inserted: 126, unchanged: 425 },
    ],
    [
      "owid-ucdp-deaths",
      owidDeathsImporter,
      "owid_ucdp_deaths_country_year.csv",
      { inserted: 408, unchanged: 0 },
    ],
    ["idmc-gidd", idmcImporter, "idmc_gidd_conflict_idps.csv", { inserted: 76, unchanged: 0 }],
    [
      "unhcr-population",
      unhcrImporter,
      "unhcr_population_sahel.csv",
      { inserted: 265, unchanged: 0 },
    ],
  ];

  it.each(cases)(
    "%s reports what it would do and changes no table",
    async (_name, importer, file, expected) => {
      const before = await databaseChecksum(test.db);
      const report = await runImport(test.db, importer, { path: data(file) }, { dryRun: true });
      expect(report).toMatchObject({ dryRun: true, importRunId: null });
      expect(report.counts).toMatchObject({ ...expected, updated: 0, rejected: 0 });
      expect(await databaseChecksum(test.db)).toEqual(before);
    },
  );
});

describe("stream input", () => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase("import_stream");
    await seedPlaces(test.db);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("imports from a stream (an upload) exactly as from a path", async () => {
    const file = data("idmc_gidd_conflict_idps.csv");
    const progress: number[] = [];
    const report = await runImport(
      test.db,
      idmcImporter,
      { stream: createReadStream(file), fileName: "upload.csv" },
      { onProgress: (rows) => progress.push(rows) },
    );
    expect(report).toMatchObject({ fileName: "upload.csv", rowsRead: 38 });
    expect(report.counts.inserted).toBe(76);
    expect(progress.at(-1)).toBe(38);
    const run = await test.db.importRun.findUniqueOrThrow({
      where: { id: report.importRunId ?? "" },
    });
    expect(run.checksum).toBe(
      createHash("sha256")
        .update(await readFile(file))
        .digest("hex"),
    );
  });
});

describe("broken rows and malformed files", () => {
  let test: TestDatabase;
  let scratch: string;

  beforeAll(async () => {
    test = await createTestDatabase("import_broken");
    await seedPlaces(test.db);
    scratch = await mkdtemp(path.join(tmpdir(), "sahel-import-"));
  });
  afterAll(async () => {
    await test?.drop();
    await rm(scratch, { recursive: true, force: true });
  });

  it("rejects each broken UCDP row with its row, column and reason, and imports the good ones", async () => {
    const report = await runImport(test.db, ucdpGedImporter, {
      path: fixture("ucdp_ged_broken_rows.csv"),
    });
    expect(report.counts).toEqual({ inserted: 6, updated: 0, unchanged: 0, rejected: 7 });
    expect(
      report.rejectedRows.map(({ row, problems }) => [
        row,
        problems.map((problem) => problem.column),
      ]),
    ).toEqual([
      [5, ["best_est"]],
      [6, ["country"]],
      [7, ["date_start"]],
      [8, ["type_of_violence"]],
      [12, ["latitude"]],
      [13, [null]],
      [14, ["id"]],
    ]);
    expect(report.rejectedRows[0]?.problems[0]).toEqual({
      column: "best_est",
      reason: "is not a whole number",
      value: "many",
    });
    expect(report.rejectedRows[6]?.problems[0]?.reason).toBe("repeats the event of row 2");
  });

  it("writes nothing for a rejected row: no event, external id, citation or actor", async () => {
    expect(await test.db.event.count()).toBe(6);
    expect(await test.db.eventExternalId.count()).toBe(6);
    expect(await test.db.citation.count()).toBe(6);
    expect(
      await test.db.eventExternalId.count({ where: { externalId: { startsWith: "9900" } } }),
    ).toBe(0);
    expect(await test.db.actor.count({ where: { nameEn: { startsWith: "Broken Actor" } } })).toBe(
      0,
    );
    const rerun = await runImport(test.db, ucdpGedImporter, {
      path: fixture("ucdp_ged_broken_rows.csv"),
    });
    expect(rerun.counts).toEqual({ inserted: 0, updated: 0, unchanged: 6, rejected: 7 });
  });

  it("does not write an aggregate that a rejected UNHCR row belongs to", async () => {
    const report = await runImport(test.db, unhcrImporter, {
      path: fixture("unhcr_broken_rows.csv"),
    });
    expect(report.counts).toEqual({ inserted: 4, updated: 0, unchanged: 0, rejected: 5 });
    expect(report.rejectedRows.map((rejected) => rejected.row)).toEqual([5, 8, 9, 10, 11]);
    const stored = await test.db.observation.findMany({
      include: { indicator: { select: { slug: true } } },
      orderBy: [{ placeId: "asc" }, { periodEnd: "asc" }],
    });
    expect(
      stored.map((observation) => [
        observation.indicator.slug,
        observation.placeId,
        observation.periodEnd.getUTCFullYear(),
        observation.value,
        observation.gapState,
      ]),
    ).toEqual([
      ["unhcr-refugees-hosted", "BF", 2020, 20000, "VALUE"],
      ["unhcr-refugees-hosted", "BF", 2021, 25000, "VALUE"],
      ["unhcr-idps", "ML", 2020, 300000, "VALUE"],
      ["unhcr-idps", "NE", 2021, null, "UNKNOWN"],
    ]);
  });

  async function expectRefused(
    importer: Importer,
    file: string,
    message: RegExp,
    onProgress?: (rowsDone: number) => void,
  ) {
    const before = await databaseChecksum(test.db);
    const attempt = runImport(test.db, importer, { path: file }, { onProgress });
    await expect(attempt).rejects.toBeInstanceOf(ImportRefusedError);
    await expect(attempt).rejects.toThrow(message);
    expect(await databaseChecksum(test.db)).toEqual(before);
  }

  it("refuses a file with another dataset's columns", async () => {
    await expectRefused(
      ucdpGedImporter,
      data("owid_ucdp_deaths_country_year.csv"),
      /Missing: "id", "code_status"/,
    );
    await expectRefused(
      ucdpCandidateImporter,
      GED_FILE,
      /Missing: "best", "low", "high", "gwnoa", "gwnob"/,
    );
  });

  it("refuses empty, header-only and non-CSV files", async () => {
    const files = {
      empty: "",
      headerOnly: "entity,year,type_of_violence,best,low_amend,high_amend,number_of_conflicts\n",
      binary: "\u0000\u0001PK\u0003\u0004",
      json: '{"entity": "Mali", "year": 2020}',
    };
    for (const [name, content] of Object.entries(files))
      await writeFile(path.join(scratch, name), content);
    await expectRefused(owidDeathsImporter, path.join(scratch, "empty"), /empty/);
    await expectRefused(owidDeathsImporter, path.join(scratch, "headerOnly"), /no data rows/);
    await expectRefused(
      owidDeathsImporter,
      path.join(scratch, "binary"),
      /not a CSV|does not have the columns/,
    );
    await expectRefused(
      owidDeathsImporter,
      path.join(scratch, "json"),
      /cannot be read as CSV|does not have the columns/,
    );
  });

  it("rolls back batches already written when the file breaks after them", async () => {
    // 1,200 good rows (two full batches are written first), then an unterminated quote.
    const raws: string[] = [];
    parse(await readFile(GED_FILE), {
      raw: true,
      to: 1201,
      on_record: (record, context) => {
        raws.push(context.raw ?? "");
        return record;
      },
    });
    const broken = path.join(scratch, "ged-truncated.csv");
    await writeFile(broken, `${raws.join("")}999999,"unterminated\n`);
    const before = await test.db.event.count();
    const progress: number[] = [];
    await expectRefused(ucdpGedImporter, broken, /cannot be read as CSV/, (rows) =>
      progress.push(rows),
    );
    expect(progress).toEqual([500, 1000]); // both batches had been written inside the transaction
    expect(await test.db.event.count()).toBe(before);
  });
});
