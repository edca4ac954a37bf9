/**
 * The timeline's notion of time: the visible window ("span"), how coarse its buckets are at a given
 * zoom, and where buckets start and end. Pure and shared by the server (which aggregates) and the
 * browser (which draws), so both cut time at the same places. All dates are UTC days.
 */

export const DAY_MS = 86_400_000;

export type Granularity = "day" | "week" | "month" | "quarter" | "year";

export const GRANULARITIES: readonly Granularity[] = ["day", "week", "month", "quarter", "year"];

/** At most this many buckets across the window, so a response stays small at any zoom. */
export const MAX_BUCKETS_PER_LANE = 120;
/** The shortest window one can zoom into, and the longest one can zoom out to. */
export const MIN_SPAN_DAYS = 14;
export const MAX_SPAN_DAYS = 366 * 60;

export interface Span {
  /** Inclusive first day, UTC midnight, in ms. */
  start: number;
  /** Exclusive end (the day after the last visible day), UTC midnight, in ms. */
  end: number;
}

const APPROXIMATE_DAYS: Record<Granularity, number> = {
  day: 1,
  week: 7,
  month: 30.44,
  quarter: 91.31,
  year: 365.25,
};

/** The finest granularity that keeps the window under MAX_BUCKETS_PER_LANE buckets. */
export function chooseGranularity(span: Span): Granularity {
  const days = (span.end - span.start) / DAY_MS;
  return (
    GRANULARITIES.find((unit) => days / APPROXIMATE_DAYS[unit] <= MAX_BUCKETS_PER_LANE) ?? "year"
  );
}

/** The start of the bucket containing `time` (weeks start on Monday, as in ISO 8601). */
export function bucketStart(time: number, unit: Granularity): number {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (unit) {
    case "day":
      return Date.UTC(year, month, date.getUTCDate());
    case "week": {
      const day = Date.UTC(year, month, date.getUTCDate());
      const sinceMonday = (date.getUTCDay() + 6) % 7;
      return day - sinceMonday * DAY_MS;
    }
    case "month":
      return Date.UTC(year, month, 1);
    case "quarter":
      return Date.UTC(year, month - (month % 3), 1);
    case "year":
      return Date.UTC(year, 0, 1);
  }
}

/** `time` moved by `count` units (calendar-aware for months, quarters and years). */
export function addUnits(time: number, unit: Granularity, count: number): number {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  switch (unit) {
    case "day":
      return time + count * DAY_MS;
    case "week":
      return time + count * 7 * DAY_MS;
    case "month":
      return Date.UTC(year, month + count, day);
    case "quarter":
      return Date.UTC(year, month + 3 * count, day);
    case "year":
      return Date.UTC(year + count, month, day);
  }
}

export function bucketEnd(start: number, unit: Granularity): number {
  return addUnits(start, unit, 1);
}

// ───────────────────────────── the span as written in the URL: "2022-01-01..2023-12-31"
// (two dots: readable, and never percent-encoded, unlike a comma)

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: string): number | null {
  if (!DAY_PATTERN.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) return null;
  return time;
}

export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Parses "first..last" (both inclusive days); null when malformed or reversed. */
export function parseSpan(value: string | null | undefined): Span | null {
  if (!value) return null;
  const [first, last, ...rest] = value.split("..");
  if (first === undefined || last === undefined || rest.length > 0) return null;
  const start = parseDay(first.trim());
  const lastDay = parseDay(last.trim());
  if (start === null || lastDay === null || lastDay < start) return null;
  return clampSpan({ start, end: lastDay + DAY_MS });
}

export function formatSpan(span: Span): string {
  return `${isoDay(span.start)}..${isoDay(span.end - DAY_MS)}`;
}

/** Whole days, between MIN_SPAN_DAYS and MAX_SPAN_DAYS long, keeping the centre where it was. */
export function clampSpan(span: Span): Span {
  const length = Math.min(
    MAX_SPAN_DAYS * DAY_MS,
    Math.max(MIN_SPAN_DAYS * DAY_MS, span.end - span.start),
  );
  const centre = (span.start + span.end) / 2;
  const start = Math.round((centre - length / 2) / DAY_MS) * DAY_MS;
  return { start, end: start + Math.round(length / DAY_MS) * DAY_MS };
}

/** Zoom by `factor` (< 1 zooms in) around `anchor` (a time inside the span). */
export function zoomSpan(
  span: Span,
  factor: number,
  anchor: number = (span.start + span.end) / 2,
): Span {
  const start = anchor - (anchor - span.start) * factor;
  const end = anchor + (span.end - anchor) * factor;
  return clampSpan({ start, end });
}

/** Move by a fraction of the span's length (negative = towards the past). */
export function panSpan(span: Span, fraction: number): Span {
  const shift = Math.round(((span.end - span.start) * fraction) / DAY_MS) * DAY_MS;
  return { start: span.start + shift, end: span.end + shift };
}

/** A window around [first, last] with a margin, for the default view of a selection. */
export function spanAround(first: number, last: number): Span {
  const length = Math.max(last - first, MIN_SPAN_DAYS * DAY_MS);
  const margin = Math.round(Math.min(length * 0.03, 90 * DAY_MS) / DAY_MS) * DAY_MS;
  return clampSpan({ start: first - margin, end: last + DAY_MS + margin });
}
