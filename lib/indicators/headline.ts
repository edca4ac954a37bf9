/**
 * Headline figures from series cells: a total over a window of periods (the last 12 months vs the
 * 12 before) and the latest figure of a series. A place counts in a window only when every period
 * of it is known; the others are named, never silently treated as zero.
 */
import { DRAWN_STATES, type SeriesCell } from "./series";

export interface WindowTotal {
  value: number;
  low: number | null;
  high: number | null;
  provisional: boolean;
  /** Places whose every period in the window is known (and summed). */
  included: string[];
  /** Places with at least one unknown period in the window (left out of the total). */
  excluded: string[];
}

export function windowTotal(
  cellsByPlace: ReadonlyMap<string, readonly SeriesCell[]>,
  window: ReadonlySet<string>,
): WindowTotal | null {
  const included: string[] = [];
  const excluded: string[] = [];
  let value = 0;
  let low: number | null = 0;
  let high: number | null = 0;
  let provisional = false;
  for (const [placeId, cells] of cellsByPlace) {
    const inWindow = cells.filter((cell) => window.has(cell.bucket));
    if (inWindow.length !== window.size || inWindow.some((cell) => !DRAWN_STATES.has(cell.state))) {
      excluded.push(placeId);
      continue;
    }
    included.push(placeId);
    for (const cell of inWindow) {
      value += cell.value ?? 0;
      low = low === null || cell.low === null ? null : low + cell.low;
      high = high === null || cell.high === null ? null : high + cell.high;
      provisional ||= cell.state === "provisional";
    }
  }
  return included.length === 0 ? null : { value, low, high, provisional, included, excluded };
}

/** The latest cell with a drawn figure, and the drawn one before it (for the change). */
export function latestTwo(cells: readonly SeriesCell[]): {
  latest: SeriesCell | null;
  previous: SeriesCell | null;
} {
  const drawn = cells.filter((cell) => DRAWN_STATES.has(cell.state));
  return { latest: drawn.at(-1) ?? null, previous: drawn.at(-2) ?? null };
}
