/**
 * Observations → one cell per calendar bucket, with an explicit state: a value, a provisional
 * value, a figure carried forward from an earlier date, a partial period, a gap the producer
 * declared (unknown / not collected / discontinued), or no observation at all. Charts draw only
 * real values; everything else stays visible as a state, never as a zero.
 *
 * Stocks (people displaced, refugees, shares) are "as of" a date: a bucket shows the latest figure
 * dated inside it. Flows (deaths, new displacements) cover a period: a bucket sums figures for
 * distinct periods inside it and is complete only when they cover every day of it.
 */
import type {
  DataStatus,
  GapState,
  IndicatorKind,
  StatementRank,
} from "@/lib/generated/prisma/enums";
import {
  bucketOf,
  daysInclusive,
  finestGranularityHolding,
  isFinerThan,
  isoDay,
  periodsCoverBucket,
  type Granularity,
} from "./periods";

export type Measure = "flow" | "stock";

const FLOW_KINDS: ReadonlySet<IndicatorKind> = new Set<IndicatorKind>([
  "FATALITIES",
  "CASUALTIES",
  "NEW_DISPLACEMENTS",
]);

export function measureOfKind(kind: IndicatorKind): Measure {
  return FLOW_KINDS.has(kind) ? "flow" : "stock";
}

export interface ObservationInput {
  periodStart: Date;
  periodEnd: Date;
  value: number | null;
  low: number | null;
  high: number | null;
  dataStatus: DataStatus;
  gapState: GapState;
  carriedForwardFrom: Date | null;
  rank: StatementRank;
  note: string | null;
}

export const CELL_STATES = [
  "value",
  "provisional",
  "carriedForward",
  "partial",
  "unknown",
  "notCollected",
  "discontinued",
  "missing",
] as const;
export type CellState = (typeof CELL_STATES)[number];

/** States whose value is drawn on a chart (the others are shown as gaps with their reason). */
export const DRAWN_STATES: ReadonlySet<CellState> = new Set<CellState>([
  "value",
  "provisional",
  "carriedForward",
]);

export interface SeriesCell {
  bucket: string;
  state: CellState;
  /** The figure; for a partial period the sum of what exists (shown in tables, never drawn). */
  value: number | null;
  low: number | null;
  high: number | null;
  /** ISO day a stock is measured at. */
  asOf: string | null;
  /** ISO day of the earlier figure a carried-forward value repeats. */
  carriedForwardFrom: string | null;
  notes: string[];
}

const GAP_STATE: Readonly<Record<Exclude<GapState, "VALUE">, CellState>> = {
  UNKNOWN: "unknown",
  NOT_COLLECTED: "notCollected",
  DISCONTINUED: "discontinued",
};
// When several gaps meet in one bucket, the most final reason wins.
const GAP_SEVERITY: readonly CellState[] = ["discontinued", "notCollected", "unknown"];

const RANK_ORDER: Readonly<Record<StatementRank, number>> = {
  PREFERRED: 0,
  NORMAL: 1,
  DEPRECATED: 2,
};

function hasValue(observation: ObservationInput): boolean {
  return observation.gapState === "VALUE" && observation.value !== null;
}

function gapStateOf(observation: ObservationInput): CellState {
  return observation.gapState === "VALUE" ? "unknown" : GAP_STATE[observation.gapState];
}

/** Preferred rank first, then observations with a value, then the more recently dated. */
function byPreference(a: ObservationInput, b: ObservationInput): number {
  return (
    RANK_ORDER[a.rank] - RANK_ORDER[b.rank] ||
    Number(hasValue(b)) - Number(hasValue(a)) ||
    b.periodEnd.getTime() - a.periodEnd.getTime()
  );
}

/**
 * The finest granularity worth drawing. A flow must fit in one bucket (a yearly figure cannot be
 * drawn per month; null when some figure spans several years). A stock is drawn at the spacing of
 * its dates: year-end figures per year, so that consecutive figures join into a line.
 */
export function nativeGranularity(
  observations: readonly Pick<ObservationInput, "periodStart" | "periodEnd">[],
  measure: Measure,
): Granularity | null {
  if (measure === "stock") return stockGranularity(observations);
  let finest: Granularity = "month";
  for (const observation of observations) {
    const holding = finestGranularityHolding(observation.periodStart, observation.periodEnd);
    if (holding === null) return null;
    if (isFinerThan(finest, holding)) finest = holding;
  }
  return finest;
}

const YEARLY_SPACING_DAYS = 300;
const QUARTERLY_SPACING_DAYS = 80;

function stockGranularity(
  observations: readonly Pick<ObservationInput, "periodEnd">[],
): Granularity {
  const dates = [
    ...new Set(observations.map((observation) => observation.periodEnd.getTime())),
  ].sort((a, b) => a - b);
  let closest = Infinity;
  for (let index = 1; index < dates.length; index++) {
    closest = Math.min(closest, ((dates[index] ?? 0) - (dates[index - 1] ?? 0)) / 86_400_000);
  }
  if (closest >= YEARLY_SPACING_DAYS) return "year";
  return closest >= QUARTERLY_SPACING_DAYS ? "quarter" : "month";
}

function bucketOfObservation(
  observation: ObservationInput,
  granularity: Granularity,
  measure: Measure,
): string | null {
  if (measure === "stock") return bucketOf(observation.periodEnd, granularity);
  const first = bucketOf(observation.periodStart, granularity);
  return first === bucketOf(observation.periodEnd, granularity) ? first : null;
}

function emptyCell(bucket: string, state: CellState): SeriesCell {
  return {
    bucket,
    state,
    value: null,
    low: null,
    high: null,
    asOf: null,
    carriedForwardFrom: null,
    notes: [],
  };
}

function notesOf(observations: readonly ObservationInput[]): string[] {
  return [...new Set(observations.flatMap((observation) => observation.note ?? []))];
}

function stockCell(bucket: string, candidates: ObservationInput[]): SeriesCell {
  const latest = Math.max(...candidates.map((candidate) => candidate.periodEnd.getTime()));
  const [chosen] = candidates
    .filter((candidate) => candidate.periodEnd.getTime() === latest)
    .sort(byPreference);
  if (!chosen) return emptyCell(bucket, "missing");
  const cell: SeriesCell = {
    ...emptyCell(bucket, "value"),
    asOf: isoDay(chosen.periodEnd),
    notes: notesOf([chosen]),
  };
  if (!hasValue(chosen)) return { ...cell, state: gapStateOf(chosen) };
  return {
    ...cell,
    state: chosen.carriedForwardFrom
      ? "carriedForward"
      : chosen.dataStatus === "PROVISIONAL"
        ? "provisional"
        : "value",
    value: chosen.value,
    low: chosen.low,
    high: chosen.high,
    carriedForwardFrom: chosen.carriedForwardFrom ? isoDay(chosen.carriedForwardFrom) : null,
  };
}

/** One figure per distinct period (the preferred one), longest periods first, without overlaps. */
function distinctPeriods(candidates: ObservationInput[]): ObservationInput[] {
  const byPeriod = new Map<string, ObservationInput>();
  for (const candidate of [...candidates].sort(byPreference)) {
    const key = `${isoDay(candidate.periodStart)}/${isoDay(candidate.periodEnd)}`;
    if (!byPeriod.has(key)) byPeriod.set(key, candidate);
  }
  const chosen: ObservationInput[] = [];
  const longestFirst = [...byPeriod.values()].sort(
    (a, b) => daysInclusive(b.periodStart, b.periodEnd) - daysInclusive(a.periodStart, a.periodEnd),
  );
  for (const candidate of longestFirst) {
    const overlaps = chosen.some(
      (kept) => candidate.periodStart <= kept.periodEnd && kept.periodStart <= candidate.periodEnd,
    );
    if (!overlaps) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime());
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const value of values) {
    if (value === null) return null;
    total += value;
  }
  return total;
}

function flowCell(bucket: string, candidates: ObservationInput[]): SeriesCell {
  const parts = distinctPeriods(candidates);
  const valued = parts.filter(hasValue);
  const notes = notesOf(parts);
  const periods = (list: ObservationInput[]) =>
    list.map((part) => ({ start: part.periodStart, end: part.periodEnd }));

  if (valued.length === 0) {
    const gaps = new Set(parts.map(gapStateOf));
    const state = periodsCoverBucket(periods(parts), bucket)
      ? (GAP_SEVERITY.find((gap) => gaps.has(gap)) ?? "unknown")
      : "missing";
    return { ...emptyCell(bucket, state), notes };
  }
  const value = sumOrNull(valued.map((part) => part.value));
  const complete = valued.length === parts.length && periodsCoverBucket(periods(valued), bucket);
  const carriedFrom = valued.find((part) => part.carriedForwardFrom)?.carriedForwardFrom ?? null;
  const state: CellState = !complete
    ? "partial"
    : carriedFrom
      ? "carriedForward"
      : valued.some((part) => part.dataStatus === "PROVISIONAL")
        ? "provisional"
        : "value";
  return {
    bucket,
    state,
    value,
    low: complete ? sumOrNull(valued.map((part) => part.low)) : null,
    high: complete ? sumOrNull(valued.map((part) => part.high)) : null,
    asOf: null,
    carriedForwardFrom: carriedFrom ? isoDay(carriedFrom) : null,
    notes,
  };
}

export interface BucketOptions {
  buckets: readonly string[];
  granularity: Granularity;
  measure: Measure;
  /** The producer stopped the series: buckets after its last figure are "discontinued". */
  discontinued?: boolean;
}

export function bucketObservations(
  observations: readonly ObservationInput[],
  { buckets, granularity, measure, discontinued = false }: BucketOptions,
): SeriesCell[] {
  const grouped = new Map<string, ObservationInput[]>();
  for (const observation of observations) {
    if (observation.rank === "DEPRECATED") continue;
    const bucket = bucketOfObservation(observation, granularity, measure);
    if (bucket === null) continue;
    grouped.set(bucket, [...(grouped.get(bucket) ?? []), observation]);
  }
  const lastObserved = [...grouped.keys()].sort().at(-1);
  return buckets.map((bucket) => {
    const candidates = grouped.get(bucket);
    if (!candidates) {
      const stopped = discontinued && lastObserved !== undefined && bucket > lastObserved;
      return emptyCell(bucket, stopped ? "discontinued" : "missing");
    }
    return measure === "stock" ? stockCell(bucket, candidates) : flowCell(bucket, candidates);
  });
}

/**
 * Cell-by-cell sum of several places' series (the AES as the sum of its three countries). A bucket
 * is drawn only when every part has a drawn value; otherwise it is partial (or the shared gap).
 */
export function sumSeries(parts: readonly (readonly SeriesCell[])[]): SeriesCell[] {
  const [first] = parts;
  if (!first) return [];
  return first.map((cell, index) => {
    const cells = parts.map((part) => part[index] ?? emptyCell(cell.bucket, "missing"));
    const notes = [...new Set(cells.flatMap((part) => part.notes))];
    const states = new Set(cells.map((part) => part.state));
    if (cells.every((part) => !DRAWN_STATES.has(part.state) && part.state !== "partial")) {
      const shared = states.size === 1 ? cell.state : "missing";
      return { ...emptyCell(cell.bucket, shared), notes };
    }
    const value = cells.reduce((total, part) => total + (part.value ?? 0), 0);
    const complete = cells.every((part) => DRAWN_STATES.has(part.state));
    const carriedFrom = cells.find((part) => part.carriedForwardFrom)?.carriedForwardFrom ?? null;
    const asOfDates = new Set(cells.map((part) => part.asOf));
    return {
      bucket: cell.bucket,
      state: !complete
        ? "partial"
        : states.has("carriedForward")
          ? "carriedForward"
          : states.has("provisional")
            ? "provisional"
            : "value",
      value,
      low: complete ? sumOrNull(cells.map((part) => part.low)) : null,
      high: complete ? sumOrNull(cells.map((part) => part.high)) : null,
      asOf: asOfDates.size === 1 ? (cells[0]?.asOf ?? null) : null,
      carriedForwardFrom: carriedFrom,
      notes,
    };
  });
}
