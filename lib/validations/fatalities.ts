/**
 * Fatality figures: a low / best / high estimate and a split by party. Errors make no sense
 * (low above high) and block a save; warnings are plausible but worth a second look (best
 * outside its own range, a split that does not add up) and are stored as quality flags.
 */
import type { QualityFlag } from "@/lib/generated/prisma/enums";

export interface FatalityFigures {
  fatalitiesLow: number | null;
  fatalitiesBest: number | null;
  fatalitiesHigh: number | null;
  fatalitiesSideA: number | null;
  fatalitiesSideB: number | null;
  fatalitiesCivilians: number | null;
  fatalitiesUnknown: number | null;
}

export const FATALITY_FIELDS = [
  "fatalitiesLow",
  "fatalitiesBest",
  "fatalitiesHigh",
  "fatalitiesSideA",
  "fatalitiesSideB",
  "fatalitiesCivilians",
  "fatalitiesUnknown",
] as const satisfies readonly (keyof FatalityFigures)[];

export type FatalityWarning = "bestOutsideRange" | "splitMismatch";

/** Field → `validation.*` key for figures that cannot be saved. */
export function fatalityErrors(
  figures: FatalityFigures,
): Partial<Record<keyof FatalityFigures, string>> {
  const { fatalitiesLow: low, fatalitiesHigh: high } = figures;
  if (low !== null && high !== null && low > high) return { fatalitiesHigh: "lowAboveHigh" };
  return {};
}

export function fatalityWarnings(figures: FatalityFigures): FatalityWarning[] {
  const warnings: FatalityWarning[] = [];
  const { fatalitiesLow: low, fatalitiesBest: best, fatalitiesHigh: high } = figures;
  if (best !== null && ((low !== null && best < low) || (high !== null && best > high))) {
    warnings.push("bestOutsideRange");
  }
  const split = [
    figures.fatalitiesSideA,
    figures.fatalitiesSideB,
    figures.fatalitiesCivilians,
    figures.fatalitiesUnknown,
  ].filter((value): value is number => value !== null);
  if (best !== null && split.length > 0 && split.reduce((sum, value) => sum + value, 0) !== best) {
    warnings.push("splitMismatch");
  }
  return warnings;
}

const FLAG_BY_WARNING: Record<FatalityWarning, QualityFlag> = {
  bestOutsideRange: "BEST_OUTSIDE_RANGE",
  splitMismatch: "DEATHS_SPLIT_MISMATCH",
};

/** The record's quality flags with the fatality ones recomputed and the others kept. */
export function withFatalityFlags(
  existing: QualityFlag[],
  figures: FatalityFigures,
): QualityFlag[] {
  const computed = new Set(Object.values(FLAG_BY_WARNING));
  const kept = existing.filter((flag) => !computed.has(flag));
  return [...kept, ...fatalityWarnings(figures).map((warning) => FLAG_BY_WARNING[warning])];
}
