import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { openCsv, type CsvRow } from "./csv";
import { parseUcdpRow, ucdpRequiredColumns, type UcdpRelease } from "./ucdp-row";
import { isoDay } from "./values";

const GED_ROW: Record<string, string> = {
  id: "219115",
  code_status: "Clear",
  type_of_violence: "1",
  side_a: "Government of Mali",
  side_b: "JNIM",
  number_of_sources: "2",
  source_article: '"Agence France Presse,2016-01-16,Attack"',
  where_prec: "1",
  where_coordinates: "Diabaly town",
  adm_1: "Segou region",
  latitude: "14.6872",
  longitude: "-6.0155",
  country: "Mali",
  country_id: "432",
  date_prec: "1",
  date_start: "2016-01-15",
  date_end: "2016-01-16",
  deaths_a: "2",
  deaths_b: "3",
  deaths_civilians: "0",
  deaths_unknown: "1",
  best_est: "6",
  low_est: "5",
  high_est: "8",
};

const CANDIDATE_ROW: Record<string, string> = {
  ...Object.fromEntries(Object.entries(GED_ROW).filter(([key]) => !key.endsWith("_est"))),
  best: "6",
  low: "5",
  high: "8",
  gwnoa: "432",
  gwnob: "",
};

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

async function csvRow(cells: Record<string, string>): Promise<CsvRow> {
  const columns = Object.keys(cells);
  const text = `${columns.join(",")}\n${columns.map((column) => quote(cells[column] ?? "")).join(",")}\n`;
  const csv = await openCsv({ stream: Readable.from([text]), fileName: "t.csv" }, [], "Test");
  for await (const row of csv.rows()) return row;
  throw new Error("no row");
}

async function parse(release: UcdpRelease, overrides: Record<string, string> = {}) {
  const base = release === "ged" ? GED_ROW : CANDIDATE_ROW;
  return parseUcdpRow(await csvRow({ ...base, ...overrides }), release);
}

describe("ucdpRequiredColumns", () => {
  it("tells the two releases apart by their estimate columns", () => {
    expect(ucdpRequiredColumns("ged")).toEqual(
      expect.arrayContaining(["best_est", "low_est", "high_est"]),
    );
    expect(ucdpRequiredColumns("ged")).not.toContain("best");
    expect(ucdpRequiredColumns("candidate")).toEqual(
      expect.arrayContaining(["best", "low", "high", "gwnoa", "gwnob"]),
    );
  });
});

describe("parseUcdpRow", () => {
  it("reads a GED row", async () => {
    const parsed = await parse("ged");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const row = parsed.value;
    expect(row).toMatchObject({
      ucdpId: "219115",
      violenceType: 1,
      sideA: { name: "Government of Mali", actors: ["Government of Mali"] },
      datePrecision: "DAY",
      countryName: "Mali",
      countryGwCode: 432,
      adm1: "Segou region",
      locationName: "Diabaly town",
      latitude: 14.6872,
      longitude: -6.0155,
      geoPrecision: 1,
      best: 6,
      low: 5,
      high: 8,
      deathsSideA: 2,
      numberOfSources: 2,
      codeStatus: "Clear",
    });
    expect(isoDay(row.dateStart)).toBe("2016-01-15");
    expect(isoDay(row.dateEnd)).toBe("2016-01-16");
  });

  it("reads a Candidate row with its own estimate names", async () => {
    const parsed = await parse("candidate", { best: "9", code_status: "Check deaths" });
    expect(parsed.ok && parsed.value).toMatchObject({ best: 9, codeStatus: "Check deaths" });
  });

  it("maps date_prec 1–5 to the schema's precisions", async () => {
    const precisions = [];
    for (const code of ["1", "2", "3", "4", "5"]) {
      const parsed = await parse("ged", { date_prec: code });
      precisions.push(parsed.ok ? parsed.value.datePrecision : null);
    }
    expect(precisions).toEqual(["DAY", "DAYS", "WEEK", "MONTH", "YEAR"]);
  });

  it("splits a side that lists joint actors", async () => {
    const parsed = await parse("ged", { side_b: "GATIA, MSA" });
    expect(parsed.ok && parsed.value.sideB).toEqual({
      name: "GATIA, MSA",
      actors: ["GATIA", "MSA"],
    });
  });

  it("reads UCDP's -1 sources as unknown and keeps best outside [low, high] as given", async () => {
    const parsed = await parse("ged", { number_of_sources: "-1", best_est: "10", high_est: "8" });
    expect(parsed.ok && parsed.value).toMatchObject({ numberOfSources: null, best: 10, high: 8 });
  });

  it("rejects bad values with their columns", async () => {
    const parsed = await parse("ged", {
      best_est: "many",
      date_start: "2016-02-30",
      type_of_violence: "4",
      where_prec: "9",
      latitude: "",
      side_a: "",
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((problem) => problem.column).sort()).toEqual(
      ["best_est", "date_start", "latitude", "side_a", "type_of_violence", "where_prec"].sort(),
    );
  });

  it("rejects an end date before the start date", async () => {
    const parsed = await parse("ged", { date_end: "2016-01-01" });
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      { column: "date_end", reason: "is before date_start", value: "2016-01-01" },
    ]);
  });
});
