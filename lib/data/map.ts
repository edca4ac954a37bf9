import "server-only";
import path from "node:path";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { ControlCategory, Confidence } from "@/lib/generated/prisma/enums";
import { pickLocalized, type Localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { coverageStatus, coveredSpan, type CoverageStatus } from "@/lib/indicators/event-series";
import { bucketOf, isoDay } from "@/lib/indicators/periods";
import { buildMapGeometry, project, type MapGeometry } from "@/lib/map/geometry";
import { ADMIN1_MAP_FILE, PLACES_DATA_DIR, readFeatureCollection } from "@/lib/places/geojson";
import type { EventFilters } from "@/lib/validations/event-filters";
import { countriesOf, loadEventFatalitySource } from "./event-fatalities";
import { publishedEventCondition } from "./events";
import { listPlaces } from "./place-names";

/**
 * The map's data, aggregated in PostgreSQL: totals per area, events grouped into at most a few
 * hundred marks, an indicator's latest figure per place, and territorial-control assessments.
 * Only published records are read. The layers ignore the `area` filter (the map stays a way to
 * pick an area); the event list beside it applies every filter.
 */

let geometryMemo: { signature: string; geometry: Promise<MapGeometry> } | null = null;

/** The projected map, built once per process (and again if the places' map codes change). */
export const loadMapGeometry = cache(async (): Promise<MapGeometry> => {
  const places = (await listPlaces("en")).filter((place) => place.kind === "ADMIN1");
  const signature = places
    .map((place) => `${place.id}:${place.mapCode}:${place.latitude}:${place.longitude}`)
    .join("|");
  if (geometryMemo?.signature !== signature) {
    const geometry = readFeatureCollection(path.join(PLACES_DATA_DIR, ADMIN1_MAP_FILE)).then(
      (features) => buildMapGeometry(features, places),
    );
    geometryMemo = { signature, geometry };
    geometry.catch(() => {
      geometryMemo = null;
    });
  }
  return geometryMemo.geometry;
});

function withoutArea(filters: EventFilters): EventFilters {
  return { ...filters, area: [] };
}

export interface AreaTotal {
  areaId: string | null;
  countryId: string;
  events: number;
  fatalities: number;
  /** Events located only to the area or more vaguely (UCDP where_prec above 3). */
  imprecise: number;
}

export const getAreaTotals = cache(async (filters: EventFilters): Promise<AreaTotal[]> => {
  return db.$queryRaw<AreaTotal[]>`
    SELECT e.area_id AS "areaId", e.country_id AS "countryId", count(*)::int AS events,
           coalesce(sum(e.fatalities_best), 0)::int AS fatalities,
           (count(*) FILTER (WHERE e.geo_precision > 3))::int AS imprecise
    FROM events e
    WHERE ${publishedEventCondition(withoutArea(filters))}
    GROUP BY 1, 2`;
});

export interface CountryCoverage {
  status: CoverageStatus;
  /** The months the datasets cover for the country ("2021-01"), whatever the period. */
  first: string | null;
  last: string | null;
}

/**
 * Whether the imported event datasets cover the selected period for each country: where they do
 * not, no event means "unknown", not "none" (Niger has no GED file here, only Candidate events).
 */
export const getEventCoverage = cache(
  async (filters: EventFilters): Promise<Map<string, CountryCoverage>> => {
    const { covered } = await loadEventFatalitySource();
    const span = coveredSpan(covered);
    const result = new Map<string, CountryCoverage>();
    for (const country of countriesOf("AES")) {
      const months = [...(covered.get(country) ?? [])].sort();
      const first = filters.from
        ? bucketOf(new Date(`${filters.from}T00:00:00Z`), "month")
        : span?.first;
      const last = filters.to ? bucketOf(new Date(`${filters.to}T00:00:00Z`), "month") : span?.last;
      result.set(country, {
        status:
          first && last && first <= last ? coverageStatus(covered, country, first, last) : "none",
        first: months[0] ?? null,
        last: months.at(-1) ?? null,
      });
    }
    return result;
  },
);

export interface EventMark {
  x: number;
  y: number;
  events: number;
  fatalities: number;
}

/** Precisely located events grouped on a 0.2° grid (about 20 km), largest first. */
export const MARK_GRID_DEGREES = 0.2;
export const MAX_MARKS = 400;

export const getEventMarks = cache(
  async (filters: EventFilters): Promise<{ marks: EventMark[]; groups: number }> => {
    const [geometry, rows] = await Promise.all([
      loadMapGeometry(),
      db.$queryRaw<
        {
          longitude: number;
          latitude: number;
          events: number;
          fatalities: number;
          groups: number;
        }[]
      >`
        SELECT avg(e.longitude) AS longitude, avg(e.latitude) AS latitude, count(*)::int AS events,
               coalesce(sum(e.fatalities_best), 0)::int AS fatalities,
               (count(*) OVER ())::int AS groups
        FROM events e
        WHERE ${publishedEventCondition(withoutArea(filters))}
          AND e.longitude IS NOT NULL AND e.latitude IS NOT NULL
          AND (e.geo_precision IS NULL OR e.geo_precision <= 3)
        GROUP BY round(e.longitude / ${MARK_GRID_DEGREES}), round(e.latitude / ${MARK_GRID_DEGREES})
        ORDER BY fatalities DESC, events DESC
        LIMIT ${MAX_MARKS}`,
    ]);
    return {
      groups: rows[0]?.groups ?? 0,
      marks: rows.map((row) => {
        const [x, y] = project(geometry.projection, row.longitude, row.latitude);
        return {
          x: Math.round(x * 10) / 10,
          y: Math.round(y * 10) / 10,
          events: row.events,
          fatalities: row.fatalities,
        };
      }),
    };
  },
);

export interface IndicatorLayer {
  slug: string;
  name: Localized;
  unit: string;
  /** Latest figure per place (countries, or admin-1 areas when the indicator has them). */
  values: Map<string, { value: number; asOf: string }>;
  level: "COUNTRY" | "ADMIN1";
}

/** Indicators with figures for countries or areas, for the layer picker. */
export const listMapIndicators = cache(async (locale: Locale) => {
  const rows = await db.indicator.findMany({
    where: {
      status: "PUBLISHED",
      observations: {
        some: {
          status: "PUBLISHED",
          gapState: "VALUE",
          place: { kind: { in: ["COUNTRY", "ADMIN1"] } },
        },
      },
    },
    orderBy: { slug: "asc" },
    select: { slug: true, nameEn: true, nameFr: true },
  });
  return rows.map((row) => ({
    slug: row.slug,
    name: pickLocalized(locale, row.nameEn, row.nameFr),
  }));
});

export const getIndicatorLayer = cache(
  async (slug: string, filters: EventFilters, locale: Locale): Promise<IndicatorLayer | null> => {
    const indicator = await db.indicator.findFirst({
      where: { slug, status: "PUBLISHED" },
      select: { id: true, nameEn: true, nameFr: true, unit: true },
    });
    if (!indicator) return null;
    const until = filters.to ? new Date(`${filters.to}T00:00:00Z`) : new Date();
    const rows = await db.$queryRaw<{ placeId: string; kind: string; value: number; asOf: Date }[]>`
      SELECT DISTINCT ON (o.place_id) o.place_id AS "placeId", p.kind::text AS kind,
             o.value, o.period_end AS "asOf"
      FROM observations o JOIN places p ON p.id = o.place_id
      WHERE o.indicator_id = ${indicator.id}::uuid AND o.status = 'PUBLISHED'
        AND o.gap_state = 'VALUE' AND o.value IS NOT NULL AND o.rank <> 'DEPRECATED'
        AND p.kind IN ('COUNTRY', 'ADMIN1') AND o.period_end <= ${until}
      ORDER BY o.place_id, o.period_end DESC, (o.rank = 'PREFERRED') DESC`;
    const level = rows.some((row) => row.kind === "ADMIN1") ? "ADMIN1" : "COUNTRY";
    return {
      slug,
      name: pickLocalized(locale, indicator.nameEn, indicator.nameFr),
      unit: indicator.unit,
      level,
      values: new Map(
        rows
          .filter((row) => row.kind === level)
          .map((row) => [row.placeId, { value: row.value, asOf: isoDay(row.asOf) }]),
      ),
    };
  },
);

export interface ControlAssessment {
  areaId: string;
  category: ControlCategory;
  confidence: Confidence;
  assessedOn: string;
  actorName: string | null;
}

export interface ControlLayer {
  /** First and last assessment dates (the slider's range); null when there is none. */
  range: { first: string; last: string } | null;
  /** The day shown. */
  asOf: string;
  /** The latest assessment of each area on or before `asOf`. */
  assessments: ControlAssessment[];
}

export const getControlLayer = cache(
  async (date: string | null, locale: Locale): Promise<ControlLayer> => {
    const [bounds] = await db.$queryRaw<{ first: Date | null; last: Date | null }[]>`
      SELECT min(assessed_on) AS first, max(assessed_on) AS last
      FROM territorial_assessments WHERE status = 'PUBLISHED'`;
    const range =
      bounds?.first && bounds.last
        ? { first: isoDay(bounds.first), last: isoDay(bounds.last) }
        : null;
    const asOf = date ?? range?.last ?? isoDay(new Date());
    const rows = await db.$queryRaw<
      (Omit<ControlAssessment, "assessedOn" | "actorName"> & {
        assessedOn: Date;
        nameEn: string | null;
        nameFr: string | null;
      })[]
    >`
      SELECT DISTINCT ON (t.area_id) t.area_id AS "areaId", t.category, t.confidence,
             t.assessed_on AS "assessedOn", a.name_en AS "nameEn", a.name_fr AS "nameFr"
      FROM territorial_assessments t LEFT JOIN actors a ON a.id = t.actor_id
      WHERE t.status = 'PUBLISHED' AND t.assessed_on <= ${asOf}::date
      ORDER BY t.area_id, t.assessed_on DESC, t.id`;
    return {
      range,
      asOf,
      assessments: rows.map((row) => ({
        areaId: row.areaId,
        category: row.category,
        confidence: row.confidence,
        assessedOn: isoDay(row.assessedOn),
        actorName:
          row.nameEn || row.nameFr ? pickLocalized(locale, row.nameEn, row.nameFr).text : null,
      })),
    };
  },
);
