import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { invalidParameter } from "@/lib/api/errors";
import { cellStateToWire, type SeriesDto, type seriesQuery } from "@/lib/api/schemas/indicators";
import {
  bucketEnd,
  bucketOf,
  bucketStart,
  bucketsBetween,
  isFinerThan,
  isoDay,
  type Granularity,
} from "@/lib/indicators/periods";
import {
  bucketObservations,
  measureOfKind,
  nativeGranularity,
  type ObservationInput,
} from "@/lib/indicators/series";
import { findApiIndicator, observationCondition, observationFilters } from "./indicators";

/**
 * An indicator bucketed by month, quarter or year, per place, with the charts' rules
 * (lib/indicators/series.ts): the server aggregates, the client gets a few thousand cells at most.
 */

export const MAX_SERIES_CELLS = 5000;

interface Row extends ObservationInput {
  placeId: string;
}

export async function getApiSeries(
  idOrSlug: string,
  query: z.output<typeof seriesQuery>,
): Promise<SeriesDto | null> {
  const indicator = await findApiIndicator(idOrSlug);
  if (!indicator) return null;
  const filters = await observationFilters(query);
  const rows = await db.$queryRaw<Row[]>`
    SELECT o.place_id AS "placeId", o.period_start AS "periodStart", o.period_end AS "periodEnd",
           o.value, o.low, o.high, o.data_status AS "dataStatus", o.gap_state AS "gapState",
           o.carried_forward_from AS "carriedForwardFrom", o.rank, o.note
    FROM observations o
    WHERE o.indicator_id = ${indicator.id}::uuid AND ${observationCondition(filters)}
    ORDER BY o.place_id, o.period_end`;
  const measure = measureOfKind(indicator.kind);
  const native = nativeGranularity(rows, measure) ?? "year";
  const aggregation: Granularity = query.aggregation ?? native;
  if (isFinerThan(aggregation, native)) {
    throw invalidParameter(
      "aggregation",
      `the figures of this indicator cannot be split finer than ${native}`,
    );
  }
  const places = [...new Set(rows.map((row) => row.placeId))];
  const buckets = bucketRange(rows, aggregation, measure);
  if (buckets.length * places.length > MAX_SERIES_CELLS) {
    throw invalidParameter(
      "aggregation",
      `more than ${MAX_SERIES_CELLS} cells; narrow with from, to or place, or use a coarser aggregation`,
    );
  }
  return {
    indicator_id: indicator.id,
    aggregation,
    measure,
    places: places.map((placeId) => ({
      place_id: placeId,
      cells: bucketObservations(
        rows.filter((row) => row.placeId === placeId),
        {
          buckets,
          granularity: aggregation,
          measure,
          discontinued: indicator.seriesStatus === "DISCONTINUED",
        },
      ).map((cell) => ({
        bucket: cell.bucket,
        start: isoDay(bucketStart(cell.bucket)),
        end: isoDay(bucketEnd(cell.bucket)),
        state: cellStateToWire(cell.state),
        value: cell.value,
        low: cell.low,
        high: cell.high,
        as_of: cell.asOf,
        carried_forward_from: cell.carriedForwardFrom,
        notes: cell.notes,
      })),
    })),
  };
}

/** Every bucket from the first figure's to the last one's (stocks count at their end date). */
function bucketRange(rows: readonly Row[], granularity: Granularity, measure: "flow" | "stock") {
  if (rows.length === 0) return [];
  const firstDay = Math.min(
    ...rows.map((row) => (measure === "stock" ? row.periodEnd : row.periodStart).getTime()),
  );
  const lastDay = Math.max(...rows.map((row) => row.periodEnd.getTime()));
  try {
    return bucketsBetween(
      bucketOf(new Date(firstDay), granularity),
      bucketOf(new Date(lastDay), granularity),
      MAX_SERIES_CELLS,
    );
  } catch {
    throw invalidParameter(
      "aggregation",
      `more than ${MAX_SERIES_CELLS} periods; use a coarser one`,
    );
  }
}
