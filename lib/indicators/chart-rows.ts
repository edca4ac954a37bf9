/**
 * Series cells → the small rows the chart wrapper draws (one row per bucket, one point per series).
 * Solid lines join final values; dashed segments lead into and out of provisional or carried-forward
 * values; anything else is a break in the line — a gap is never drawn as zero.
 */
import { DRAWN_STATES, type CellState, type SeriesCell } from "./series";

export interface ChartPoint {
  state: CellState;
  value: number | null;
  low: number | null;
  high: number | null;
  /** On the solid line (final values). */
  solid: number | null;
  /** On the dashed line (provisional or carried-forward values, and the neighbours they join). */
  dashed: number | null;
  /** Low–high range drawn as a band or whiskers. */
  band: [number, number] | null;
  carriedForwardFrom: string | null;
  asOf: string | null;
}

export interface ChartRow {
  bucket: string;
  points: Record<string, ChartPoint>;
  /** No series has a drawn value here: the chart shades the bucket as a gap. */
  gap: boolean;
}

const DASHED_STATES: ReadonlySet<CellState> = new Set<CellState>(["provisional", "carriedForward"]);

function drawnValue(cell: SeriesCell | undefined): number | null {
  return cell && DRAWN_STATES.has(cell.state) ? cell.value : null;
}

function pointsOf(cells: readonly SeriesCell[]): ChartPoint[] {
  return cells.map((cell, index) => {
    const drawn = drawnValue(cell);
    const dashedHere = DASHED_STATES.has(cell.state);
    const neighbourDashed = [cells[index - 1], cells[index + 1]].some(
      (neighbour) => neighbour !== undefined && DASHED_STATES.has(neighbour.state),
    );
    return {
      state: cell.state,
      value: cell.value,
      low: cell.low,
      high: cell.high,
      solid: cell.state === "value" ? drawn : null,
      // A final value next to a dashed one is repeated on the dashed line so the two join.
      dashed: dashedHere || (drawn !== null && neighbourDashed) ? drawn : null,
      band:
        drawn !== null && cell.low !== null && cell.high !== null ? [cell.low, cell.high] : null,
      carriedForwardFrom: cell.carriedForwardFrom,
      asOf: cell.asOf,
    };
  });
}

/** @param series series key → cells, all over the same buckets in the same order */
export function toChartRows(series: ReadonlyMap<string, readonly SeriesCell[]>): ChartRow[] {
  const entries = [...series.entries()].map(([key, cells]) => [key, pointsOf(cells)] as const);
  const [first] = series.values();
  return (first ?? []).map((cell, index) => {
    const points: Record<string, ChartPoint> = {};
    for (const [key, seriesPoints] of entries) {
      const point = seriesPoints[index];
      if (point) points[key] = point;
    }
    return {
      bucket: cell.bucket,
      points,
      gap: Object.values(points).every((point) => point.solid === null && point.dashed === null),
    };
  });
}
