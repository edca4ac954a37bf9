import { getTranslations } from "next-intl/server";
import { seriesColour } from "@/components/charts/palette";
import { ChartFigure, type FigureSeries } from "@/components/charts/chart-figure";
import { getIndicatorChart, type ChartSeries } from "@/lib/data/indicator-chart";
import type { IndicatorDetail } from "@/lib/data/indicators";
import type { Locale } from "@/lib/i18n/routing";
import type { IndicatorView } from "@/lib/validations/indicator-view";
import { ChartControls } from "./chart-controls";
import { SourcesAndMethodology } from "./sources-methodology";

/** The streamed part of an indicator page: settings, chart, table, sources and methodology. */
export async function IndicatorChartSection({
  indicator,
  view,
  locale,
}: {
  indicator: IndicatorDetail;
  view: IndicatorView;
  locale: Locale;
}) {
  const t = await getTranslations("indicators.page");
  const charts = await getTranslations("charts");
  const chart = await getIndicatorChart(indicator, view, locale);
  const chartType = view.chart ?? "line";
  const eventSeriesLabel = t("eventSeries");

  const labelOf = (series: ChartSeries): { label: string; lang?: string } => {
    if (series.derived === "eventDatabase") return { label: eventSeriesLabel };
    if (series.derived === "sumOfCountries")
      return { label: t("derivedAes", { name: series.label.text }) };
    return {
      label: series.label.text,
      lang: series.label.locale === locale ? undefined : series.label.locale,
    };
  };
  const figureSeries: FigureSeries[] = chart.series.map((series, index) => ({
    key: series.key,
    ...labelOf(series),
    colour: seriesColour(chart.view === "places" ? series.key : `#${index}`, index),
    cells: series.cells,
  }));
  const place = chart.placeOptions.find((option) => option.id === chart.selectedPlaces[0]);
  const caption =
    chart.view === "sources" && place
      ? `${indicator.name.text} — ${place.name}`
      : indicator.name.text;

  return (
    <div className="flex flex-col gap-6">
      {/* On a phone the chart comes first and its settings after it; side by side on a desktop. */}
      <div className="order-2 lg:order-1">
        <ChartControls
          chart={chart}
          view={view}
          chartType={chartType}
          showEventSeries={indicator.kind === "FATALITIES"}
          eventSeriesLabel={eventSeriesLabel}
          locale={locale}
        />
      </div>
      <section aria-labelledby="chart-heading" className="order-1 space-y-3 lg:order-2">
        <h2 id="chart-heading" className="text-xl font-semibold">
          {caption}
        </h2>
        {chart.coarsened ? (
          <p className="text-sm text-muted">
            {t("coarsened", {
              granularity: charts(`granularity.${chart.granularity}`).toLowerCase(),
            })}
          </p>
        ) : null}
        <ChartFigure
          id="indicator-chart"
          caption={caption}
          series={figureSeries}
          rows={chart.rows}
          annotations={chart.annotations}
          type={chartType}
          unit={indicator.unit}
          locale={locale}
        />
      </section>
      <div className="order-3">
        <SourcesAndMethodology
          indicator={indicator}
          chart={chart}
          eventSeriesLabel={eventSeriesLabel}
          locale={locale}
        />
      </div>
    </div>
  );
}
