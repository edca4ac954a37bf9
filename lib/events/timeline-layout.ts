/**
 * Pure layout for the timeline drawing: axis ticks for a window and a width, and rows for event
 * marks so that marks (and their labels) in a lane never overlap.
 */
import { addUnits, bucketStart, type Granularity, type Span } from "./timeline-scale";

export interface TickStep {
  unit: Granularity;
  step: number;
}

// From the finest to the coarsest; multi-year steps for windows of decades.
const TICK_STEPS: readonly TickStep[] = [
  { unit: "day", step: 1 },
  { unit: "week", step: 1 },
  { unit: "month", step: 1 },
  { unit: "quarter", step: 1 },
  { unit: "year", step: 1 },
  { unit: "year", step: 2 },
  { unit: "year", step: 5 },
  { unit: "year", step: 10 },
];

const APPROXIMATE_MS: Record<Granularity, number> = {
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30.44 * 86_400_000,
  quarter: 91.31 * 86_400_000,
  year: 365.25 * 86_400_000,
};

/** The finest step whose ticks stay at least `minSpacingPx` apart. */
export function chooseTickStep(span: Span, widthPx: number, minSpacingPx = 84): TickStep {
  const msPerPx = (span.end - span.start) / Math.max(widthPx, 1);
  return (
    TICK_STEPS.find(
      ({ unit, step }) => (APPROXIMATE_MS[unit] * step) / msPerPx >= minSpacingPx,
    ) ?? { unit: "year", step: 20 }
  );
}

/** Tick times inside the span (aligned on calendar units; multi-year steps on multiples). */
export function axisTicks(span: Span, { unit, step }: TickStep): number[] {
  let tick = bucketStart(span.start, unit);
  if (unit === "year" && step > 1) {
    const year = new Date(tick).getUTCFullYear();
    tick = Date.UTC(year - (((year % step) + step) % step), 0, 1);
  }
  const ticks: number[] = [];
  for (let guard = 0; tick < span.end && guard < 500; guard += 1) {
    if (tick >= span.start) ticks.push(tick);
    tick = addUnits(tick, unit, step);
  }
  return ticks;
}

export interface MarkExtent {
  id: string;
  /** Pixel extent of the mark itself. */
  x0: number;
  x1: number;
  /** Pixel width its label needs after x0 (0 when drawn without a label). */
  labelWidth: number;
}

export interface PackedRows {
  rowOf: Map<string, number>;
  rows: number;
  /** Whether labels were kept (they are dropped when they would need more than maxRows). */
  labelled: boolean;
}

const GAP_PX = 6;

function pack(marks: readonly MarkExtent[], withLabels: boolean, maxRows: number) {
  const rowEnds: number[] = [];
  const rowOf = new Map<string, number>();
  for (const mark of [...marks].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1)) {
    const end = Math.max(mark.x1, withLabels ? mark.x0 + mark.labelWidth : mark.x1) + GAP_PX;
    let row = rowEnds.findIndex((rowEnd) => rowEnd <= mark.x0);
    if (row === -1) {
      // No free row: open one, or (past the limit) share the row that frees up first.
      if (rowEnds.length < maxRows) row = rowEnds.length;
      else row = rowEnds.indexOf(Math.min(...rowEnds));
    }
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, end);
    rowOf.set(mark.id, row);
  }
  return { rowOf, rows: rowEnds.length };
}

/** Greedy interval packing; labels are dropped if keeping them would need more than maxRows. */
export function packRows(marks: readonly MarkExtent[], maxRows: number): PackedRows {
  const labelled = pack(marks, true, Number.POSITIVE_INFINITY);
  if (labelled.rows <= maxRows) return { ...labelled, labelled: true };
  return { ...pack(marks, false, maxRows), labelled: false };
}

/** A rough width for a label in px (the SVG cannot measure text before it is drawn). */
export function estimateLabelWidth(text: string, fontPx = 12, maxPx = 220): number {
  return Math.min(maxPx, Math.ceil(text.length * fontPx * 0.55) + 8);
}
