import { getTranslations } from "next-intl/server";
import type { ChartAnnotation } from "@/lib/indicators/annotations";
import type { ChartRow } from "@/lib/indicators/chart-rows";
import { formatDateAtPrecision } from "@/lib/indicators/format";
import { DRAWN_STATES, type SeriesCell } from "@/lib/indicators/series";
import { Link } from "@/lib/i18n/navigation";
import { ChartLegend } from "./chart-legend";
import { CoverageStrip } from "./coverage-strip";
import { SeriesTable } from "./series-table";
import { TimeSeriesChart } from "./time-series-chart";

export interface FigureSeries {
  key: string;
  label: string;
  /** Set when the label is not in the reader's language. */
  lang?: string;
  colour: string;
  cells: SeriesCell[];
}

/**
 * A complete chart: legend, the drawing, numbered event markers with their list, the coverage
 * strip, and the data table as its accessible alternative. Every domain chart renders this.
 */
export async function ChartFigure({
  id,
  caption,
  series,
  rows,
  annotations,
  type,
  unit,
  locale,
  height,
}: {
  id: string;
  caption: string;
  series: FigureSeries[];
  rows: ChartRow[];
  annotations: ChartAnnotation[];
  type: "line" | "bar";
  unit: string;
  locale: string;
  height?: number;
}) {
  const t = await getTranslations("charts");
  const drawn = series.reduce(
    (total, item) => total + item.cells.filter((cell) => DRAWN_STATES.has(cell.state)).length,
    0,
  );
  const markers = annotations.map((annotation) => ({
    number: annotation.number,
    bucket: annotation.bucket,
    label: annotation.events.map((event) => event.title).join(" · "),
  }));
  const summary = t("summary", {
    caption,
    series: series.map((item) => item.label).join(", "),
    count: drawn,
  });
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-3">
      <figcaption id={`${id}-caption`} className="sr-only">
        {summary}
      </figcaption>
      <ChartLegend
        series={series}
        type={type}
        showBands={
          series.length <= 3 && series.some((item) => item.cells.some((cell) => cell.low !== null))
        }
        showGaps={rows.some((row) => row.gap)}
      />
      {drawn === 0 ? (
        <p className="rounded border border-dashed border-line bg-white p-6 text-center text-muted">
          {t("noValues")}
        </p>
      ) : (
        <TimeSeriesChart
          rows={rows}
          series={series.map(({ key, label, colour, cells }) => ({
            key,
            label,
            colour,
            hasRange: cells.some((cell) => cell.low !== null && cell.high !== null),
          }))}
          annotations={markers}
          type={type}
          locale={locale}
          summary={summary}
          height={height}
          labels={{
            range: t("range"),
            carriedForwardFrom: t("carriedForwardFrom", { date: "{date}" }),
            states: {
              value: t("states.value"),
              provisional: t("states.provisional"),
              carriedForward: t("states.carriedForward"),
              partial: t("states.partial"),
              unknown: t("states.unknown"),
              notCollected: t("states.notCollected"),
              discontinued: t("states.discontinued"),
              missing: t("states.missing"),
            },
          }}
        />
      )}
      <CoverageStrip series={series} />
      {annotations.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold">{t("annotations.title")}</h3>
          <ol className="mt-1 space-y-1 text-sm" data-testid="chart-annotations">
            {annotations.map((annotation) =>
              annotation.events.map((event, index) => (
                <li key={event.id} className="flex gap-2">
                  <span className="w-6 shrink-0 text-right font-bold tabular-nums">
                    {index === 0 ? `${annotation.number}.` : ""}
                  </span>
                  <span>
                    <time dateTime={event.dateStart} className="tabular-nums text-muted">
                      {formatDateAtPrecision(
                        new Date(`${event.dateStart}T00:00:00Z`),
                        event.datePrecision,
                        locale,
                      )}
                    </time>{" "}
                    <Link
                      href={`/events/${event.id}`}
                      className="text-accent-strong underline-offset-2 hover:underline"
                      lang={event.titleLocale === locale ? undefined : event.titleLocale}
                    >
                      {event.title}
                    </Link>
                  </span>
                </li>
              )),
            )}
          </ol>
        </div>
      ) : null}
      <details className="rounded border border-line bg-white">
        <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-accent-strong">
          {t("table.show")}
        </summary>
        <div className="px-4 pb-4">
          <SeriesTable caption={caption} series={series} locale={locale} unit={unit} />
        </div>
      </details>
    </figure>
  );
}
