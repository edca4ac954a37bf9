/**
 * One UCDP event row (GED or Candidate release), read and validated. Pure: what needs the database
 * (country and area resolution, actors) happens in ucdp-event.ts.
 */
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { CsvRow } from "./csv";
import { FieldReader, type RowResult } from "./values";

export type UcdpRelease = "ged" | "candidate";

/** The columns both releases share that the importer reads. */
const COMMON_COLUMNS = [
  "id",
  "code_status",
  "type_of_violence",
  "side_a",
  "side_b",
  "number_of_sources",
  "source_article",
  "where_prec",
  "where_coordinates",
  "adm_1",
  "latitude",
  "longitude",
  "country",
  "country_id",
  "date_prec",
  "date_start",
  "date_end",
  "deaths_a",
  "deaths_b",
  "deaths_civilians",
  "deaths_unknown",
] as const;

/** The death estimates are named differently per release; Candidate files also carry gwnoa / gwnob. */
export const ESTIMATE_COLUMNS = {
  ged: { best: "best_est", low: "low_est", high: "high_est" },
  candidate: { best: "best", low: "low", high: "high" },
} as const satisfies Record<UcdpRelease, { best: string; low: string; high: string }>;

export function ucdpRequiredColumns(release: UcdpRelease): string[] {
  const estimates = Object.values(ESTIMATE_COLUMNS[release]);
  return [...COMMON_COLUMNS, ...estimates, ...(release === "candidate" ? ["gwnoa", "gwnob"] : [])];
}

export const DATE_PRECISION_BY_CODE: ReadonlyMap<string, DatePrecision> = new Map([
  ["1", "DAY"], // exact day
  ["2", "DAYS"], // two to six days
  ["3", "WEEK"],
  ["4", "MONTH"],
  ["5", "YEAR"],
]);

const VIOLENCE_TYPE_BY_CODE: ReadonlyMap<string, 1 | 2 | 3> = new Map([
  ["1", 1], // state-based
  ["2", 2], // non-state
  ["3", 3], // one-sided
]);

export interface UcdpEventRow {
  ucdpId: string;
  violenceType: 1 | 2 | 3;
  /** Each side as UCDP names it ("GATIA, MSA") and split into its actors. */
  sideA: { name: string; actors: string[] };
  sideB: { name: string; actors: string[] };
  dateStart: Date;
  dateEnd: Date;
  datePrecision: DatePrecision;
  countryName: string;
  /** UCDP's country_id: the Gleditsch–Ward number. */
  countryGwCode: number;
  adm1: string | null;
  locationName: string | null;
  latitude: number | null;
  longitude: number | null;
  geoPrecision: number;
  deathsSideA: number;
  deathsSideB: number;
  deathsCivilians: number;
  deathsUnknown: number;
  best: number;
  low: number;
  high: number;
  numberOfSources: number | null;
  sourceArticle: string | null;
  codeStatus: string | null;
}

/** UCDP lists joint actors of one side as "GATIA, MSA". */
function splitSide(name: string): string[] {
  return name
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export function parseUcdpRow(row: CsvRow, release: UcdpRelease): RowResult<UcdpEventRow> {
  const read = new FieldReader(row);
  const estimates = ESTIMATE_COLUMNS[release];

  const ucdpId = read.requiredText("id");
  if (ucdpId !== "" && !/^\d+$/.test(ucdpId))
    read.fail("id", "is not a UCDP event id (digits)", ucdpId);
  const violenceType = read.code("type_of_violence", VIOLENCE_TYPE_BY_CODE);
  const sideAName = read.requiredText("side_a");
  const sideBName = read.requiredText("side_b");
  const dateStart = read.date("date_start");
  const dateEnd = read.date("date_end");
  if (dateEnd.getTime() < dateStart.getTime())
    read.fail("date_end", "is before date_start", row.text("date_end"));
  const datePrecision = read.code("date_prec", DATE_PRECISION_BY_CODE);
  const countryName = read.requiredText("country");
  const countryGwCode = read.integer("country_id", { min: 1 });
  const latitude = read.optionalDecimal("latitude", { min: -90, max: 90 });
  const longitude = read.optionalDecimal("longitude", { min: -180, max: 180 });
  if ((latitude === null) !== (longitude === null)) {
    read.fail(
      latitude === null ? "latitude" : "longitude",
      "is empty while the other coordinate is given",
    );
  }
  const geoPrecision = read.integer("where_prec", { min: 1, max: 7 });
  const deaths = { min: 0 };
  const deathsSideA = read.integer("deaths_a", deaths);
  const deathsSideB = read.integer("deaths_b", deaths);
  const deathsCivilians = read.integer("deaths_civilians", deaths);
  const deathsUnknown = read.integer("deaths_unknown", deaths);
  const best = read.integer(estimates.best, deaths);
  const low = read.integer(estimates.low, deaths);
  const high = read.integer(estimates.high, deaths);
  // UCDP codes "not recorded" as -1 (older events): that is an unknown, not a count.
  const sourcesCode = read.optionalInteger("number_of_sources", { min: -1 });
  const numberOfSources = sourcesCode === -1 ? null : sourcesCode;

  return read.result(() => ({
    ucdpId,
    violenceType: violenceType ?? 1,
    sideA: { name: sideAName, actors: splitSide(sideAName) },
    sideB: { name: sideBName, actors: splitSide(sideBName) },
    dateStart,
    dateEnd,
    datePrecision: datePrecision ?? "DAY",
    countryName,
    countryGwCode,
    adm1: read.optionalText("adm_1"),
    locationName: read.optionalText("where_coordinates"),
    latitude,
    longitude,
    geoPrecision,
    deathsSideA,
    deathsSideB,
    deathsCivilians,
    deathsUnknown,
    best,
    low,
    high,
    numberOfSources,
    sourceArticle: read.optionalText("source_article"),
    codeStatus: read.optionalText("code_status"),
  }));
}
