/**
 * Choropleth classes. Counts (deaths, events) use fixed powers of ten, so that a map read this year
 * and next means the same thing; other figures use quantiles of the values shown. Pure.
 */

export interface ClassBreaks {
  /** Upper bounds (exclusive) of every class but the last; a value below the first is class 0. */
  thresholds: number[];
  /** Whether zero has a class of its own (counts: "none" differs from "a few"). */
  zeroClass: boolean;
}

export const CLASS_COLOURS = ["#fbeee0", "#f5c99f", "#e89460", "#c65b2b", "#8a2f10"] as const;
export const ZERO_COLOUR = "#ffffff";
export const NO_DATA_COLOUR = "#e5e7eb";

/** 1–9, 10–99, 100–999, 1,000–9,999, 10,000+ (fewer classes when the maximum is small). */
export function countBreaks(max: number): ClassBreaks {
  const thresholds: number[] = [];
  for (
    let bound = 10;
    bound <= Math.max(max, 10) && thresholds.length < CLASS_COLOURS.length - 1;
    bound *= 10
  ) {
    thresholds.push(bound);
  }
  return { thresholds, zeroClass: true };
}

/** Up to five classes holding about as many values each. */
export function quantileBreaks(values: readonly number[]): ClassBreaks {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const classes = Math.min(CLASS_COLOURS.length, sorted.length);
  const thresholds: number[] = [];
  for (let index = 1; index < classes; index++) {
    const bound = sorted[Math.floor((index * sorted.length) / classes)];
    if (bound !== undefined && bound !== thresholds.at(-1)) thresholds.push(bound);
  }
  return { thresholds, zeroClass: false };
}

/** -1 for zero when zero has its own class, else the class index. */
export function classOf(value: number, breaks: ClassBreaks): number {
  if (breaks.zeroClass && value === 0) return -1;
  const index = breaks.thresholds.findIndex((bound) => value < bound);
  return index === -1 ? breaks.thresholds.length : index;
}

export function colourOf(value: number | null, breaks: ClassBreaks): string {
  if (value === null) return NO_DATA_COLOUR;
  const index = classOf(value, breaks);
  if (index === -1) return ZERO_COLOUR;
  // Spread fewer classes over the whole ramp so the darkest always means "the most".
  const total = breaks.thresholds.length + 1;
  const step =
    total === 1 ? CLASS_COLOURS.length - 1 : (index * (CLASS_COLOURS.length - 1)) / (total - 1);
  return CLASS_COLOURS[Math.round(step)] ?? CLASS_COLOURS[0];
}

/** [low, high) of each class, for the legend; the last is open-ended (high null). */
export function classRanges(
  breaks: ClassBreaks,
  min: number,
): { low: number; high: number | null }[] {
  const bounds = [breaks.zeroClass ? 1 : min, ...breaks.thresholds];
  return bounds.map((low, index) => ({ low, high: breaks.thresholds[index] ?? null }));
}

/** Classes and a colour for every area, from a value per area (null = no data). */
export function choropleth<A>(
  areas: readonly A[],
  valueOf: (area: A) => number | null,
  scale: "count" | "quantile",
): { breaks: ClassBreaks; colours: Map<A, string>; min: number } {
  const values = areas.map(valueOf).filter((value): value is number => value !== null);
  // Quantiles of distinct values: areas sharing their country's figure must not skew the classes.
  const breaks =
    scale === "count" ? countBreaks(Math.max(0, ...values)) : quantileBreaks([...new Set(values)]);
  const colours = new Map(areas.map((area) => [area, colourOf(valueOf(area), breaks)]));
  return { breaks, colours, min: values.length ? Math.min(...values) : 0 };
}
