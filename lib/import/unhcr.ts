/**
 * UNHCR Refugee Population Statistics → three end-of-year stock indicators per country-year,
 * aggregated from (origin, asylum) rows:
 * - refugees from the country: rows with origin = the country and asylum elsewhere, summed;
 * - refugees hosted in the country: rows with asylum = the country and origin elsewhere, summed;
 * - IDPs: the row where origin = asylum = the country (UNHCR's convention for IDPs).
 *
 * Empty cells mean "not available" (UNHCR). An empty cell adds nothing to a sum; if every row of an
 * aggregate is empty the observation is stored with value null and gapState UNKNOWN (UNHCR was asked
 * and had no figure — not a zero); if only some are, the sum is stored with a note that it is a
 * lower bound. A rejected row makes every aggregate it could belong to unwritten (reported), so no
 * sum silently misses a row.
 */
import type { CsvRow } from "./csv";
import { collectingWriter, defineImporter, type ImportSession, type ParsedRow } from "./importer";
import { ensureIndicators, type IndicatorDefinition } from "./indicators";
import {
  markCarriedForward,
  writeObservations,
  yearEndStock,
  type ObservationDraft,
} from "./observations";
import { loadCountries } from "./observation-rows";
import { DATASET_SOURCES, ensureDatasetSource } from "./sources";
import { FieldReader, type RowResult } from "./values";

const SOURCE = DATASET_SOURCES.unhcrPopulation;
const ATTRIBUTION =
  "UNHCR Refugee Population Statistics Database (UNHCR, the UN Refugee Agency), CC BY 4.0.";

const SLUGS = {
  from: "unhcr-refugees-from",
  hosted: "unhcr-refugees-hosted",
  idps: "unhcr-idps",
} as const;
type Aggregate = keyof typeof SLUGS;

const COMMON = {
  unit: "people",
  producer: "UNHCR, the UN Refugee Agency",
  licence: "CC BY 4.0",
  citationText: ATTRIBUTION,
  updateFrequency: "YEARLY",
  seriesStatus: "ACTIVE",
} as const;
const END_YEAR_EN = "UNHCR end-year figures (31 December).";
const END_YEAR_FR = "Chiffres de fin d’année du HCR (31 décembre).";

const INDICATORS: IndicatorDefinition[] = [
  {
    ...COMMON,
    slug: SLUGS.from,
    nameEn: "Refugees from the country (UNHCR)",
    nameFr: "Réfugiés originaires du pays (HCR)",
    kind: "REFUGEES",
    descriptionEn: "Refugees whose country of origin is the country, in all countries of asylum.",
    descriptionFr: "Réfugiés originaires du pays, tous pays d’asile confondus.",
    methodologyEn: `Sum of the refugees column over the rows with this country of origin and another country of asylum. ${END_YEAR_EN}`,
    methodologyFr: `Somme de la colonne refugees sur les lignes ayant ce pays d’origine et un autre pays d’asile. ${END_YEAR_FR}`,
    seriesStatusNote: null,
  },
  {
    ...COMMON,
    slug: SLUGS.hosted,
    nameEn: "Refugees hosted in the country (UNHCR)",
    nameFr: "Réfugiés accueillis dans le pays (HCR)",
    kind: "REFUGEES",
    descriptionEn: "Refugees living in the country, whatever their country of origin.",
    descriptionFr: "Réfugiés vivant dans le pays, quel que soit leur pays d’origine.",
    methodologyEn: `Sum of the refugees column over the rows with this country of asylum and another origin (unknown origin included). ${END_YEAR_EN}`,
    methodologyFr: `Somme de la colonne refugees sur les lignes ayant ce pays d’asile et une autre origine (origine inconnue comprise). ${END_YEAR_FR}`,
    seriesStatusNote: null,
  },
  {
    ...COMMON,
    slug: SLUGS.idps,
    nameEn: "Internally displaced people (UNHCR)",
    nameFr: "Personnes déplacées internes (HCR)",
    kind: "DISPLACEMENT_STOCK",
    descriptionEn: "Internally displaced people protected or assisted by UNHCR.",
    descriptionFr: "Personnes déplacées internes protégées ou assistées par le HCR.",
    methodologyEn: `The idps column of the row whose origin and asylum are both the country. ${END_YEAR_EN}`,
    methodologyFr: `Colonne idps de la ligne dont l’origine et l’asile sont tous deux le pays. ${END_YEAR_FR}`,
    seriesStatusNote:
      "Burkina Faso: UNHCR repeats the last official figure (end of 2023) for 2024 and 2025; marked as carried forward.",
  },
];

interface UnhcrRow {
  year: number;
  origin: string;
  asylum: string;
  refugees: number | null;
  idps: number | null;
}

function readIso3(read: FieldReader, column: string): string {
  const code = read.requiredText(column);
  if (code !== "" && !/^[A-Za-z]{3}$/.test(code))
    read.fail(column, "is not an ISO 3166 alpha-3 code", code);
  return code.toUpperCase();
}

function parseUnhcrRow(row: CsvRow): RowResult<UnhcrRow> {
  const read = new FieldReader(row);
  const year = read.integer("year", { min: 1950, max: 2100 });
  const origin = readIso3(read, "coo_iso");
  const asylum = readIso3(read, "coa_iso");
  const refugees = read.optionalInteger("refugees", { min: 0 });
  const idps = read.optionalInteger("idps", { min: 0 });
  return read.result(() => ({ year, origin, asylum, refugees, idps }));
}

interface Group {
  aggregate: Aggregate;
  placeId: string;
  year: number;
  sum: number;
  reported: number;
  missing: number;
}

/** The aggregates a row feeds, by the AES countries it names (none: the row is not ours). */
function aggregatesOf(
  originId: string | null,
  asylumId: string | null,
): { aggregate: Aggregate; placeId: string }[] {
  if (originId && originId === asylumId) return [{ aggregate: "idps", placeId: originId }];
  return [
    ...(originId ? [{ aggregate: "from" as const, placeId: originId }] : []),
    ...(asylumId ? [{ aggregate: "hosted" as const, placeId: asylumId }] : []),
  ];
}

async function writeUnhcr(
  session: ImportSession,
  rows: ParsedRow<UnhcrRow>[],
  rejected: CsvRow[],
): Promise<void> {
  const { report } = session;
  const places = await loadCountries(session);
  const countryOf = (iso3: string) => places.countryIdByIso3(iso3);
  const groups = new Map<string, Group>();
  // "aggregate|place|year", with year "*" when a rejected row's year could not be read.
  const tainted = new Set<string>();
  const taint = (origin: string, asylum: string, year: string) => {
    for (const { aggregate, placeId } of aggregatesOf(countryOf(origin), countryOf(asylum))) {
      tainted.add(`${aggregate}|${placeId}|${/^\d{4}$/.test(year) ? year : "*"}`);
    }
  };
  for (const row of rejected)
    taint(row.text("coo_iso").trim(), row.text("coa_iso").trim(), row.text("year").trim());

  const firstRow = new Map<string, number>();
  for (const { row, value } of rows) {
    const pairKey = `${value.year}|${value.origin}|${value.asylum}`;
    const first = firstRow.get(pairKey);
    if (first !== undefined) {
      report.reject(row, [
        { column: null, reason: `repeats row ${first} (same year, origin and asylum)` },
      ]);
      taint(value.origin, value.asylum, String(value.year));
      continue;
    }
    firstRow.set(pairKey, row);
    const targets = aggregatesOf(countryOf(value.origin), countryOf(value.asylum));
    if (targets.length === 0) {
      report.reject(row, [
        {
          column: "coo_iso",
          reason: "neither origin nor asylum is a country we follow",
          value: value.origin,
        },
      ]);
      continue;
    }
    for (const { aggregate, placeId } of targets) {
      const key = `${aggregate}|${placeId}|${value.year}`;
      const group = groups.get(key) ?? {
        aggregate,
        placeId,
        year: value.year,
        sum: 0,
        reported: 0,
        missing: 0,
      };
      groups.set(key, group);
      const cell = aggregate === "idps" ? value.idps : value.refugees;
      if (cell === null) group.missing += 1;
      else {
        group.sum += cell;
        group.reported += 1;
      }
    }
  }

  const drafts: ObservationDraft[] = [];
  for (const group of groups.values()) {
    const scope = `${group.aggregate}|${group.placeId}`;
    if (tainted.has(`${scope}|${group.year}`) || tainted.has(`${scope}|*`)) {
      report.tally("aggregates not written: a row they need was rejected");
      continue;
    }
    const rowCount = group.reported + group.missing;
    const note =
      group.reported === 0
        ? "UNHCR gives no figure (empty cell)."
        : group.missing > 0
          ? `Lower bound: ${group.missing} of ${rowCount} rows have no figure.`
          : null;
    drafts.push({
      indicatorSlug: SLUGS[group.aggregate],
      placeId: group.placeId,
      ...yearEndStock(group.year),
      series: "",
      value: group.reported === 0 ? null : group.sum,
      low: null,
      high: null,
      dataStatus: "FINAL",
      gapState: group.reported === 0 ? "UNKNOWN" : "VALUE",
      carriedForwardFrom: null,
      note,
      locator: `${group.aggregate === "hosted" ? "coa_iso" : "coo_iso"} ${places.find(group.placeId)?.iso3 ?? group.placeId}, year ${group.year} (${rowCount} row${rowCount === 1 ? "" : "s"})`,
    });
  }
  const marked = markCarriedForward(drafts);
  report.tally(
    "carried forward",
    marked.filter((draft) => draft.carriedForwardFrom !== null).length,
  );
  const sourceId = await ensureDatasetSource(session, SOURCE);
  const indicatorIds = await ensureIndicators(session, INDICATORS, sourceId);
  await writeObservations(session, marked, { indicatorIds, sourceId, citationTitle: SOURCE.name });
}

export const unhcrImporter = defineImporter<UnhcrRow>({
  name: "unhcr-population",
  dataset: SOURCE.name,
  unit: "observation",
  requiredColumns: ["year", "coo_name", "coo_iso", "coa_name", "coa_iso", "refugees", "idps"],
  attribution: ATTRIBUTION,
  parseRow: parseUnhcrRow,
  start: async (session) => {
    const rejected: CsvRow[] = [];
    return collectingWriter(
      (rows) => writeUnhcr(session, rows, rejected),
      (row) => rejected.push(row),
    );
  },
});
