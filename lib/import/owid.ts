/**
 * Our World in Data's UCDP deaths per country, year and type of violence → one FATALITIES indicator
 * per type (and one for all types). value = best, low = low_amend, high = high_amend.
 *
 * Coverage of this OWID extract (GED 21.1 + candidate releases 21.01.21.12 and 22.0.2):
 * - up to 2020 from GED 21.1: FINAL, the calendar year;
 * - 2021 from monthly candidate events: PROVISIONAL (UCDP revises candidates in the next GED);
 * - 2022 from the February 2022 candidate release only: PROVISIONAL, and the period is
 *   1–28 February 2022, not the year — labelling it "2022" would show a collapse in deaths that is
 *   only missing data.
 * A newer OWID file would need these constants revisited (see PROVISIONAL_FROM_YEAR, PARTIAL_YEARS).
 */
import type { CsvRow } from "./csv";
import { defineImporter, collectingWriter, type ImportSession, type ParsedRow } from "./importer";
import { ensureIndicators, type IndicatorDefinition } from "./indicators";
import { writeObservations, yearPeriod, type ObservationDraft } from "./observations";
import { rejectDuplicates, resolveCountries } from "./observation-rows";
import { DATASET_SOURCES, ensureDatasetSource } from "./sources";
import { FieldReader, type RowResult } from "./values";

const SOURCE = DATASET_SOURCES.owidConflictDeaths;
const ATTRIBUTION =
  "Our World in Data, based on the UCDP Georeferenced Event Dataset (Sundberg & Melander 2013, " +
  "Journal of Peace Research 50(4); Davies et al. 2024, JPR 61(4)) and UCDP Candidate events. UCDP, CC BY 4.0.";

const PROVISIONAL_FROM_YEAR = 2021;
const PARTIAL_YEARS: ReadonlyMap<number, { periodStart: Date; periodEnd: Date; note: string }> =
  new Map([
    [
      2022,
      {
        periodStart: new Date(Date.UTC(2022, 1, 1)),
        periodEnd: new Date(Date.UTC(2022, 1, 28)),
        note: "February 2022 only (UCDP candidate release 22.0.2); not a total for 2022.",
      },
    ],
  ]);

const TYPES = {
  "State-based conflict": {
    slug: "ucdp-deaths-state-based",
    en: "state-based conflict",
    fr: "conflits étatiques",
  },
  "Non-state conflict": {
    slug: "ucdp-deaths-non-state",
    en: "non-state conflict",
    fr: "conflits non étatiques",
  },
  "One-sided violence": {
    slug: "ucdp-deaths-one-sided",
    en: "one-sided violence",
    fr: "violences unilatérales",
  },
  "All types of organised violence": {
    slug: "ucdp-deaths-all-types",
    en: "all types of organised violence",
    fr: "toutes formes de violence organisée",
  },
} as const;
type ViolenceType = keyof typeof TYPES;
const TYPE_CODES: ReadonlyMap<string, ViolenceType> = new Map(
  (Object.keys(TYPES) as ViolenceType[]).map((type) => [type, type]),
);

const INDICATORS: IndicatorDefinition[] = Object.values(TYPES).map((type) => ({
  slug: type.slug,
  nameEn: `Deaths in ${type.en} (UCDP)`,
  nameFr: `Morts dans des ${type.fr} (UCDP)`,
  kind: "FATALITIES",
  unit: "deaths",
  descriptionEn: `Deaths per country and year in ${type.en}, as recorded by UCDP and aggregated by Our World in Data.`,
  descriptionFr: `Morts par pays et par an dans des ${type.fr}, enregistrées par l’UCDP et agrégées par Our World in Data.`,
  methodologyEn:
    "Sum of UCDP best estimates of deaths in events located in the country; low and high are OWID's " +
    "low_amend and high_amend columns. Up to 2020 from GED 21.1 (final); 2021 from monthly candidate " +
    "events (provisional); 2022 covers February only.",
  methodologyFr:
    "Somme des estimations centrales (best) de l’UCDP pour les événements situés dans le pays ; bas et " +
    "haut : colonnes low_amend et high_amend d’OWID. Jusqu’en 2020 : GED 21.1 (définitif) ; 2021 : " +
    "événements candidats mensuels (provisoire) ; 2022 : février seulement.",
  producer: "Uppsala Conflict Data Program (UCDP); processed by Our World in Data",
  licence: "CC BY 4.0",
  citationText: ATTRIBUTION,
  updateFrequency: "YEARLY",
  seriesStatus: "STALE",
  seriesStatusNote:
    "This extract ends in February 2022; newer UCDP releases exist and are not imported here.",
}));

interface OwidRow {
  entity: string;
  year: number;
  type: ViolenceType;
  best: number;
  low: number | null;
  high: number | null;
}

function parseOwidRow(row: CsvRow): RowResult<OwidRow> {
  const read = new FieldReader(row);
  const entity = read.requiredText("entity");
  const year = read.integer("year", { min: 1946, max: 2100 });
  const type = read.code("type_of_violence", TYPE_CODES);
  const best = read.integer("best", { min: 0 });
  const low = read.optionalDecimal("low_amend", { min: 0 });
  const high = read.optionalDecimal("high_amend", { min: 0 });
  read.optionalInteger("number_of_conflicts", { min: 0 });
  return read.result(() => ({
    entity,
    year,
    type: type ?? "All types of organised violence",
    best,
    low,
    high,
  }));
}

function toDraft(placeId: string, { value }: ParsedRow<OwidRow>): ObservationDraft {
  const partial = PARTIAL_YEARS.get(value.year);
  return {
    indicatorSlug: TYPES[value.type].slug,
    placeId,
    ...(partial
      ? { periodStart: partial.periodStart, periodEnd: partial.periodEnd }
      : yearPeriod(value.year)),
    series: "",
    value: value.best,
    low: value.low,
    high: value.high,
    dataStatus: value.year >= PROVISIONAL_FROM_YEAR ? "PROVISIONAL" : "FINAL",
    gapState: "VALUE",
    carriedForwardFrom: null,
    note:
      partial?.note ??
      (value.year >= PROVISIONAL_FROM_YEAR ? "From UCDP candidate events (provisional)." : null),
    locator: `entity ${value.entity}, year ${value.year}, type_of_violence ${value.type}`,
  };
}

async function writeOwid(session: ImportSession, rows: ParsedRow<OwidRow>[]): Promise<void> {
  const located = await resolveCountries(session, rows, (row) => row.entity, "entity", "name");
  const unique = rejectDuplicates(
    session,
    located,
    ({ row }) => `${row.value.entity}|${row.value.year}|${row.value.type}`,
  );
  const sourceId = await ensureDatasetSource(session, SOURCE);
  const indicatorIds = await ensureIndicators(session, INDICATORS, sourceId);
  await writeObservations(
    session,
    unique.map(({ placeId, row }) => toDraft(placeId, row)),
    { indicatorIds, sourceId, citationTitle: SOURCE.name },
  );
}

export const owidDeathsImporter = defineImporter<OwidRow>({
  name: "owid-ucdp-deaths",
  dataset: SOURCE.name,
  unit: "observation",
  requiredColumns: [
    "entity",
    "year",
    "type_of_violence",
    "best",
    "low_amend",
    "high_amend",
    "number_of_conflicts",
  ],
  attribution: ATTRIBUTION,
  parseRow: parseOwidRow,
  start: async (session) => collectingWriter((rows) => writeOwid(session, rows)),
});
