import { getTranslations } from "next-intl/server";
import { CELL_STATES, type CellState, type SeriesCell } from "@/lib/indicators/series";

/**
 * One thin band per series under the chart, aligned with its time axis: what every period holds —
 * a figure, a provisional or carried-forward one, a partial period, a declared gap (unknown, not
 * collected, discontinued) or nothing. Makes "unknown", "zero" and "stopped" visibly different.
 */

const PLOT_INSET = { left: 52, right: 12 }; // the chart's margin + y-axis width, to align bands

function fillOf(state: CellState, colour: string, patternId: string): string {
  switch (state) {
    case "value":
      return colour;
    case "provisional":
      return `url(#${patternId})`;
    case "carriedForward":
      return `url(#${patternId}-cf)`;
    case "partial":
      return "#d9dde5";
    case "unknown":
      return "#9aa3b2";
    case "notCollected":
      return "#5b6474";
    case "discontinued":
      return "#1d2330";
    case "missing":
      return "#ffffff";
  }
}

export async function CoverageStrip({
  series,
}: {
  series: { key: string; label: string; lang?: string; colour: string; cells: SeriesCell[] }[];
}) {
  const t = await getTranslations("charts");
  const present = new Set(series.flatMap((item) => item.cells.map((cell) => cell.state)));
  const legendSeries = series[0];
  return (
    <div className="mt-3 space-y-1.5" data-testid="coverage-strip">
      <p className="text-xs font-medium text-muted">{t("coverage.title")}</p>
      {series.map((item) => {
        const counts = CELL_STATES.map((state) => ({
          state,
          count: item.cells.filter((cell) => cell.state === state).length,
        })).filter(({ count }) => count > 0);
        const summary = `${item.label}: ${counts
          .map(({ state, count }) => `${t(`states.${state}`)} ${count}`)
          .join(", ")}`;
        const patternId = `strip-${item.key}`;
        return (
          <div
            key={item.key}
            style={{ paddingLeft: PLOT_INSET.left, paddingRight: PLOT_INSET.right }}
          >
            <span className="block text-xs text-muted" lang={item.lang}>
              {item.label}
            </span>
            <svg
              role="img"
              aria-label={summary}
              viewBox={`0 0 ${Math.max(item.cells.length, 1)} 1`}
              preserveAspectRatio="none"
              className="block h-2.5 w-full rounded-sm border border-line"
            >
              <defs>
                <pattern id={patternId} width="0.5" height="0.5" patternUnits="userSpaceOnUse">
                  <rect width="0.5" height="0.5" fill={item.colour} fillOpacity="0.45" />
                </pattern>
                <pattern id={`${patternId}-cf`} width="1" height="1" patternUnits="userSpaceOnUse">
                  <rect width="1" height="1" fill="#fff" />
                  <rect width="1" height="0.5" fill={item.colour} fillOpacity="0.7" />
                </pattern>
              </defs>
              {item.cells.map((cell, index) => (
                <rect
                  key={cell.bucket}
                  x={index}
                  y={0}
                  width={1}
                  height={1}
                  fill={fillOf(cell.state, item.colour, patternId)}
                />
              ))}
            </svg>
          </div>
        );
      })}
      {legendSeries ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 pt-1 text-xs text-muted" aria-hidden="true">
          {CELL_STATES.filter((state) => present.has(state)).map((state) => (
            <li key={state} className="flex items-center gap-1.5">
              <svg viewBox="0 0 1 1" className="h-3 w-3 border border-line">
                <defs>
                  <pattern
                    id={`legend-${state}`}
                    width="0.5"
                    height="0.5"
                    patternUnits="userSpaceOnUse"
                  >
                    <rect width="0.5" height="0.5" fill="#1d2330" fillOpacity="0.45" />
                  </pattern>
                  <pattern
                    id={`legend-${state}-cf`}
                    width="1"
                    height="1"
                    patternUnits="userSpaceOnUse"
                  >
                    <rect width="1" height="1" fill="#fff" />
                    <rect width="1" height="0.5" fill="#1d2330" fillOpacity="0.7" />
                  </pattern>
                </defs>
                <rect width="1" height="1" fill={fillOf(state, "#1d2330", `legend-${state}`)} />
              </svg>
              {t(`states.${state}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
