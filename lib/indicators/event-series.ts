/**
 * Fatalities counted from the events in our database, as a series like any indicator's. A month
 * with no event is a true zero only where an imported dataset covers that country and month; outside
 * every dataset's coverage nothing is known, and the month stays a gap.
 */
import { bucketOf, bucketsBetween, utcDay } from "./periods";
import type { ObservationInput } from "./series";

export interface CoverageRange {
  placeId: string;
  /** First and last event dates a dataset holds for the place. */
  first: Date;
  last: Date;
}

export interface MonthlyFatalities {
  placeId: string;
  /** "2023-05" */
  month: string;
  events: number;
  best: number;
  low: number;
  high: number;
  provisionalEvents: number;
}

/** The months each place is covered by at least one dataset (whole months, first to last event). */
export function coveredMonths(ranges: readonly CoverageRange[]): Map<string, Set<string>> {
  const covered = new Map<string, Set<string>>();
  for (const range of ranges) {
    const months = covered.get(range.placeId) ?? new Set<string>();
    for (const month of bucketsBetween(
      bucketOf(range.first, "month"),
      bucketOf(range.last, "month"),
    ))
      months.add(month);
    covered.set(range.placeId, months);
  }
  return covered;
}

function monthPeriod(month: string): { periodStart: Date; periodEnd: Date } {
  const [year, monthNumber] = month.split("-").map(Number);
  return {
    periodStart: utcDay(year ?? 0, (monthNumber ?? 1) - 1, 1),
    periodEnd: utcDay(year ?? 0, monthNumber ?? 1, 0),
  };
}

/**
 * One monthly observation per covered month of `placeId` (zero when no event), ready for
 * `bucketObservations` with the "flow" measure.
 */
export function eventObservations(
  placeId: string,
  monthly: readonly MonthlyFatalities[],
  covered: ReadonlyMap<string, ReadonlySet<string>>,
): ObservationInput[] {
  const months = covered.get(placeId) ?? new Set<string>();
  const byMonth = new Map(
    monthly.filter((row) => row.placeId === placeId).map((row) => [row.month, row]),
  );
  return [...months].sort().map((month) => {
    const row = byMonth.get(month);
    return {
      ...monthPeriod(month),
      value: row?.best ?? 0,
      low: row?.low ?? 0,
      high: row?.high ?? 0,
      dataStatus: row && row.provisionalEvents > 0 ? "PROVISIONAL" : "FINAL",
      gapState: "VALUE",
      carriedForwardFrom: null,
      rank: "NORMAL",
      note: null,
    };
  });
}

/** The latest covered month across places (where a "last 12 months" window ends). */
export function latestCoveredMonth(
  covered: ReadonlyMap<string, ReadonlySet<string>>,
  placeIds: readonly string[],
): string | null {
  let latest: string | null = null;
  for (const placeId of placeIds) {
    for (const month of covered.get(placeId) ?? [])
      if (latest === null || month > latest) latest = month;
  }
  return latest;
}

export type CoverageStatus = "full" | "partial" | "none";

/** How much of the months from `first` to `last` the datasets cover for a place. */
export function coverageStatus(
  covered: ReadonlyMap<string, ReadonlySet<string>>,
  placeId: string,
  first: string,
  last: string,
): CoverageStatus {
  const months = covered.get(placeId) ?? new Set<string>();
  const wanted = bucketsBetween(first, last);
  const held = wanted.filter((month) => months.has(month)).length;
  return held === 0 ? "none" : held === wanted.length ? "full" : "partial";
}

/** The first and last covered month over all places (the span "all dates" means). */
export function coveredSpan(
  covered: ReadonlyMap<string, ReadonlySet<string>>,
): { first: string; last: string } | null {
  const all = [...covered.values()].flatMap((months) => [...months]).sort();
  const first = all[0];
  const last = all.at(-1);
  return first && last ? { first, last } : null;
}
