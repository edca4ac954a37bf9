import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { UpdateFrequency } from "@/lib/generated/prisma/enums";
import {
  coveredMonths,
  eventObservations,
  type CoverageRange,
  type MonthlyFatalities,
} from "@/lib/indicators/event-series";
import type { Granularity } from "@/lib/indicators/periods";
import { bucketObservations, type SeriesCell } from "@/lib/indicators/series";
import { CONFEDERATION_ID, COUNTRIES } from "@/lib/places/catalog";

/**
 * Fatalities counted from the events of imported datasets (UCDP GED and Candidate), aggregated by
 * month in PostgreSQL. Hand-entered events are left out so that no death is counted twice, and a
 * month counts as zero only inside a dataset's coverage (see lib/indicators/event-series.ts).
 */

/** How often each event dataset is released, for its freshness. */
export const EVENT_DATASETS: Readonly<Record<string, UpdateFrequency>> = {
  "ucdp-ged": "YEARLY",
  "ucdp-candidate": "MONTHLY",
};

const COUNTRY_IDS = COUNTRIES.map((country) => country.id as string);

/** The countries a place stands for: the AES is its three members. */
export function countriesOf(placeId: string): string[] {
  return placeId === CONFEDERATION_ID ? COUNTRY_IDS : [placeId];
}

export interface EventDatasetCoverage extends CoverageRange {
  importer: string;
  finishedAt: Date | null;
}

export const loadEventCoverage = cache(async (): Promise<EventDatasetCoverage[]> => {
  return db.$queryRaw<EventDatasetCoverage[]>`
    SELECT e.country_id AS "placeId", r.importer, max(r.finished_at) AS "finishedAt",
           min(e.date_start) AS first, max(e.date_start) AS last
    FROM events e JOIN import_runs r ON r.id = e.import_run_id
    WHERE e.status = 'PUBLISHED' AND r.status = 'SUCCEEDED'
    GROUP BY e.country_id, r.importer
    ORDER BY e.country_id, r.importer`;
});

export const loadMonthlyFatalities = cache(async (): Promise<MonthlyFatalities[]> => {
  // At most one row per country and month: a few hundred rows whatever the number of events.
  return db.$queryRaw<MonthlyFatalities[]>`
    SELECT e.country_id AS "placeId", to_char(e.date_start, 'YYYY-MM') AS month,
           count(*)::int AS events,
           coalesce(sum(e.fatalities_best), 0)::int AS best,
           coalesce(sum(coalesce(e.fatalities_low, e.fatalities_best)), 0)::int AS low,
           coalesce(sum(coalesce(e.fatalities_high, e.fatalities_best)), 0)::int AS high,
           (count(*) FILTER (WHERE e.data_status = 'PROVISIONAL'))::int AS "provisionalEvents"
    FROM events e JOIN import_runs r ON r.id = e.import_run_id
    WHERE e.status = 'PUBLISHED' AND r.status = 'SUCCEEDED'
    GROUP BY 1, 2`;
});

export interface EventFatalitySource {
  covered: Map<string, Set<string>>;
  monthly: MonthlyFatalities[];
}

export const loadEventFatalitySource = cache(async (): Promise<EventFatalitySource> => {
  const [coverage, monthly] = await Promise.all([loadEventCoverage(), loadMonthlyFatalities()]);
  return { covered: coveredMonths(coverage), monthly };
});

/** Cells of one country's event fatalities over `buckets` (the AES: use sumSeries on countries). */
export function eventFatalityCells(
  source: EventFatalitySource,
  countryId: string,
  buckets: readonly string[],
  granularity: Granularity,
): SeriesCell[] {
  return bucketObservations(eventObservations(countryId, source.monthly, source.covered), {
    buckets,
    granularity,
    measure: "flow",
  });
}

/** First and last covered month over the countries of `placeId`. */
export function eventCoverageSpan(
  source: EventFatalitySource,
  placeId: string,
): { first: string; last: string } | null {
  const months = countriesOf(placeId).flatMap((country) => [
    ...(source.covered.get(country) ?? []),
  ]);
  if (months.length === 0) return null;
  months.sort();
  return { first: months[0] ?? "", last: months.at(-1) ?? "" };
}
