/**
 * From a validated UCDP row to the event we store: country and area resolved, quality flags raised
 * (never corrections: values are kept as UCDP gives them), titles generated. Pure given the place
 * directory and country outlines, so the mapping is unit-tested without a database.
 */
import type {
  DataStatus,
  DatePrecision,
  EventCategory,
  QualityFlag,
} from "@/lib/generated/prisma/enums";
import { findAreaDefinition, findCountryDefinition } from "@/lib/places/catalog";
import type { CountryOutlines, PlaceDirectory } from "@/lib/places/directory";
import type { UcdpEventRow } from "./ucdp-row";
import { ucdpEventTitles } from "./ucdp-titles";
import type { RowResult } from "./values";

export interface UcdpEventContext {
  places: Pick<PlaceDirectory, "countryIdByName" | "resolveArea" | "find">;
  outlines: CountryOutlines;
  dataStatus: DataStatus;
}

/** The Event columns an import sets (and compares, to tell updated from unchanged). */
export interface UcdpEventFields {
  titleEn: string;
  titleFr: string;
  category: EventCategory;
  ucdpViolenceType: number;
  dateStart: Date;
  dateEnd: Date;
  datePrecision: DatePrecision;
  countryId: string;
  areaId: string | null;
  areaName: string | null;
  locationName: string | null;
  latitude: number | null;
  longitude: number | null;
  geoPrecision: number;
  fatalitiesLow: number;
  fatalitiesBest: number;
  fatalitiesHigh: number;
  fatalitiesSideA: number;
  fatalitiesSideB: number;
  fatalitiesCivilians: number;
  fatalitiesUnknown: number;
  dataStatus: DataStatus;
  qualityFlags: QualityFlag[];
  sourceText: string | null;
  numberOfSources: number | null;
  sourceCodeStatus: string | null;
}

export interface UcdpEventDraft {
  ucdpId: string;
  fields: UcdpEventFields;
  sideA: readonly string[];
  sideB: readonly string[];
}

// Declaration order of the enum, so that stored and computed flag lists compare equal.
const FLAG_ORDER: readonly QualityFlag[] = [
  "BEST_OUTSIDE_RANGE",
  "COORDINATES_OUTSIDE_COUNTRY",
  "UNRESOLVED_AREA",
  "DEATHS_SPLIT_MISMATCH",
];

// UCDP type_of_violence: 1 state-based and 2 non-state are armed clashes; 3 one-sided is violence
// against civilians. The exact type stays in ucdpViolenceType.
const CATEGORY_BY_VIOLENCE_TYPE: Readonly<Record<1 | 2 | 3, EventCategory>> = {
  1: "BATTLE",
  2: "BATTLE",
  3: "VIOLENCE_AGAINST_CIVILIANS",
};

function where(context: UcdpEventContext, countryId: string, areaId: string | null) {
  const area = areaId ? findAreaDefinition(areaId) : undefined;
  if (area) return { whereEn: area.inEn, whereFr: area.inFr };
  const storedArea = areaId ? context.places.find(areaId) : undefined;
  if (storedArea) return { whereEn: `in ${storedArea.nameEn}`, whereFr: `à ${storedArea.nameFr}` };
  const country = findCountryDefinition(countryId);
  if (country) return { whereEn: country.inEn, whereFr: country.inFr };
  const storedCountry = context.places.find(countryId);
  return {
    whereEn: `in ${storedCountry?.nameEn ?? countryId}`,
    whereFr: `en ${storedCountry?.nameFr ?? countryId}`,
  };
}

export function buildUcdpEvent(
  row: UcdpEventRow,
  context: UcdpEventContext,
): RowResult<UcdpEventDraft> {
  const countryId = context.places.countryIdByName(row.countryName);
  if (!countryId) {
    return {
      ok: false,
      problems: [{ column: "country", reason: "is not a known country", value: row.countryName }],
    };
  }
  const knownCountry = findCountryDefinition(countryId);
  if (knownCountry && knownCountry.gwCode !== row.countryGwCode) {
    return {
      ok: false,
      problems: [
        {
          column: "country_id",
          reason: `does not match country "${row.countryName}" (expected ${knownCountry.gwCode})`,
          value: String(row.countryGwCode),
        },
      ],
    };
  }

  const flags = new Set<QualityFlag>();
  const area = context.places.resolveArea(countryId, row.adm1);
  if (area.kind === "unresolved") flags.add("UNRESOLVED_AREA");
  const areaId = area.kind === "resolved" ? area.areaId : null;
  if (row.best < row.low || row.best > row.high) flags.add("BEST_OUTSIDE_RANGE");
  if (row.deathsSideA + row.deathsSideB + row.deathsCivilians + row.deathsUnknown !== row.best) {
    flags.add("DEATHS_SPLIT_MISMATCH");
  }
  if (row.latitude !== null && row.longitude !== null) {
    const inside = context.outlines.contains(countryId, {
      latitude: row.latitude,
      longitude: row.longitude,
    });
    if (inside === false) flags.add("COORDINATES_OUTSIDE_COUNTRY");
  }

  const titles = ucdpEventTitles({
    violenceType: row.violenceType,
    sideA: row.sideA.actors,
    sideB: row.sideB.actors,
    ...where(context, countryId, areaId),
  });

  return {
    ok: true,
    value: {
      ucdpId: row.ucdpId,
      sideA: row.sideA.actors,
      sideB: row.sideB.actors,
      fields: {
        ...titles,
        category: CATEGORY_BY_VIOLENCE_TYPE[row.violenceType],
        ucdpViolenceType: row.violenceType,
        dateStart: row.dateStart,
        dateEnd: row.dateEnd,
        datePrecision: row.datePrecision,
        countryId,
        areaId,
        // Kept as written when it did not resolve, so a curator can add the missing alias.
        areaName: area.kind === "unresolved" ? area.name : null,
        locationName: row.locationName,
        latitude: row.latitude,
        longitude: row.longitude,
        geoPrecision: row.geoPrecision,
        fatalitiesLow: row.low,
        fatalitiesBest: row.best,
        fatalitiesHigh: row.high,
        fatalitiesSideA: row.deathsSideA,
        fatalitiesSideB: row.deathsSideB,
        fatalitiesCivilians: row.deathsCivilians,
        fatalitiesUnknown: row.deathsUnknown,
        dataStatus: context.dataStatus,
        qualityFlags: FLAG_ORDER.filter((flag) => flags.has(flag)),
        sourceText: row.sourceArticle,
        numberOfSources: row.numberOfSources,
        sourceCodeStatus: row.codeStatus,
      },
    },
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

/** The names of the fields whose stored value differs from the imported one. */
export function changedEventFields(
  stored: { [K in keyof UcdpEventFields]: unknown },
  wanted: UcdpEventFields,
): (keyof UcdpEventFields)[] {
  return (Object.keys(wanted) as (keyof UcdpEventFields)[]).filter(
    (key) => !sameValue(stored[key], wanted[key]),
  );
}
