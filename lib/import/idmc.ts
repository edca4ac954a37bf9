/**
 * IDMC Global Internal Displacement Database (conflict) → two indicators per country-year:
 * - the IDP stock as of 31 December (total_displacement), periodStart = periodEnd = 31 Dec;
 * - new displacements during the year (new_displacement), a flow over [1 Jan, 31 Dec].
 * The exact figures are used (the *_rounded columns are IDMC's presentation of the same numbers).
 *
 * An empty cell is "not available": the observation is kept with value null and gapState UNKNOWN,
 * so a chart shows a gap rather than a zero. A stock equal to the previous year's is marked carried
 * forward (Burkina Faso 2024 repeats 2023: the official series stopped in March 2023).
 */
import type { CsvRow } from "./csv";
import { collectingWriter, defineImporter, type ImportSession, type ParsedRow } from "./importer";
import { ensureIndicators, type IndicatorDefinition } from "./indicators";
import {
  appendNote,
  markCarriedForward,
  writeObservations,
  yearEndStock,
  yearPeriod,
  type ObservationDraft,
} from "./observations";
import { rejectDuplicates, resolveCountries } from "./observation-rows";
import { DATASET_SOURCES, ensureDatasetSource } from "./sources";
import { FieldReader, type RowResult } from "./values";

const SOURCE = DATASET_SOURCES.idmcGidd;
const ATTRIBUTION =
  "IDMC Global Internal Displacement Database (Internal Displacement Monitoring Centre), CC BY-IGO.";
const STOCK_SLUG = "idmc-conflict-idps";
const FLOW_SLUG = "idmc-conflict-new-displacements";

const COMMON = {
  unit: "people",
  producer: "Internal Displacement Monitoring Centre (IDMC)",
  licence: "CC BY-IGO",
  citationText: ATTRIBUTION,
  updateFrequency: "YEARLY",
} as const;

const INDICATORS: IndicatorDefinition[] = [
  {
    ...COMMON,
    slug: STOCK_SLUG,
    nameEn: "Internally displaced people, conflict (IDMC)",
    nameFr: "Personnes déplacées internes, conflits (IDMC)",
    kind: "DISPLACEMENT_STOCK",
    descriptionEn:
      "People internally displaced by conflict and violence, as of 31 December of each year.",
    descriptionFr:
      "Personnes déplacées internes du fait des conflits et de la violence, au 31 décembre de chaque année.",
    methodologyEn:
      "IDMC's year-end stock (total_displacement), compiled from governments, UN agencies (IOM DTM, OCHA, " +
      "UNHCR) and other sources. A figure identical to the previous year's is marked as carried forward.",
    methodologyFr:
      "Stock en fin d’année publié par l’IDMC (total_displacement), compilé à partir des gouvernements, des " +
      "agences onusiennes (DTM de l’OIM, OCHA, HCR) et d’autres sources. Un chiffre identique à celui de " +
      "l’année précédente est signalé comme reporté.",
    seriesStatus: "ACTIVE",
    seriesStatusNote:
      "Burkina Faso: the government's official IDP figures stopped in March 2023; IDMC repeats the 2023 " +
      "figure for 2024, marked as carried forward (no fresh data since).",
  },
  {
    ...COMMON,
    slug: FLOW_SLUG,
    nameEn: "New internal displacements, conflict (IDMC)",
    nameFr: "Nouveaux déplacements internes, conflits (IDMC)",
    kind: "NEW_DISPLACEMENTS",
    descriptionEn:
      "Movements of people forced to flee within the country because of conflict and violence during the year.",
    descriptionFr:
      "Mouvements de personnes contraintes de fuir à l’intérieur du pays du fait des conflits et de la violence au cours de l’année.",
    methodologyEn:
      "IDMC's new_displacement: a count of movements (one person may be counted more than once), not of people.",
    methodologyFr:
      "new_displacement de l’IDMC : un nombre de mouvements (une personne peut être comptée plusieurs fois), pas de personnes.",
    seriesStatus: "ACTIVE",
    seriesStatusNote: null,
  },
];

interface IdmcRow {
  iso3: string;
  year: number;
  newDisplacement: number | null;
  newDisplacementRounded: number | null;
  stock: number | null;
}

function parseIdmcRow(row: CsvRow): RowResult<IdmcRow> {
  const read = new FieldReader(row);
  const iso3 = read.requiredText("iso3");
  if (iso3 !== "" && !/^[A-Za-z]{3}$/.test(iso3))
    read.fail("iso3", "is not an ISO 3166 alpha-3 code", iso3);
  const year = read.integer("year", { min: 1900, max: 2100 });
  const newDisplacement = read.optionalInteger("new_displacement", { min: 0 });
  const newDisplacementRounded = read.optionalInteger("new_displacement_rounded", { min: 0 });
  const stock = read.optionalInteger("total_displacement", { min: 0 });
  read.optionalInteger("total_displacement_rounded", { min: 0 });
  return read.result(() => ({
    iso3: iso3.toUpperCase(),
    year,
    newDisplacement,
    newDisplacementRounded,
    stock,
  }));
}

function figure(value: number | null): Pick<ObservationDraft, "value" | "gapState" | "note"> {
  return value === null
    ? { value: null, gapState: "UNKNOWN", note: "No figure in the IDMC file for this year." }
    : { value, gapState: "VALUE", note: null };
}

function toDrafts(placeId: string, { value: row }: ParsedRow<IdmcRow>): ObservationDraft[] {
  const common = {
    placeId,
    series: "",
    low: null,
    high: null,
    dataStatus: "FINAL" as const,
    carriedForwardFrom: null,
    locator: `iso3 ${row.iso3}, year ${row.year}`,
  };
  const flow = {
    ...common,
    ...yearPeriod(row.year),
    indicatorSlug: FLOW_SLUG,
    ...figure(row.newDisplacement),
  };
  // IDMC leaves the rounded figure blank where the exact one is 0: say so rather than assert "none".
  if (row.newDisplacement === 0 && row.newDisplacementRounded === null) {
    flow.note = appendNote(
      flow.note,
      "IDMC gives 0 with no rounded figure: possibly not reported rather than none.",
    );
  }
  return [
    flow,
    { ...common, ...yearEndStock(row.year), indicatorSlug: STOCK_SLUG, ...figure(row.stock) },
  ];
}

async function writeIdmc(session: ImportSession, rows: ParsedRow<IdmcRow>[]): Promise<void> {
  const located = await resolveCountries(session, rows, (row) => row.iso3, "iso3", "iso3");
  const unique = rejectDuplicates(
    session,
    located,
    ({ row }) => `${row.value.iso3}|${row.value.year}`,
  );
  const drafts = markCarriedForward(unique.flatMap(({ placeId, row }) => toDrafts(placeId, row)));
  session.report.tally(
    "carried forward",
    drafts.filter((draft) => draft.carriedForwardFrom !== null).length,
  );
  const sourceId = await ensureDatasetSource(session, SOURCE);
  const indicatorIds = await ensureIndicators(session, INDICATORS, sourceId);
  await writeObservations(session, drafts, { indicatorIds, sourceId, citationTitle: SOURCE.name });
}

export const idmcImporter = defineImporter<IdmcRow>({
  name: "idmc-gidd",
  dataset: SOURCE.name,
  unit: "observation",
  requiredColumns: [
    "iso3",
    "country_name",
    "year",
    "new_displacement",
    "new_displacement_rounded",
    "total_displacement",
    "total_displacement_rounded",
  ],
  attribution: ATTRIBUTION,
  parseRow: parseIdmcRow,
  start: async (session) => collectingWriter((rows) => writeIdmc(session, rows)),
});
