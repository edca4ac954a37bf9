import { getTranslations } from "next-intl/server";
import type { IndicatorChartData } from "@/lib/data/indicator-chart";
import { categoryToParam } from "@/lib/validations/event-filters";
import {
  ANNOTATION_CATEGORIES,
  EVENTS_SERIES,
  type IndicatorView,
} from "@/lib/validations/indicator-view";

/**
 * The chart's settings as a plain GET form: works without JavaScript, and the resulting address is
 * a permalink to the exact view.
 */
export async function ChartControls({
  chart,
  view,
  chartType,
  showEventSeries,
  eventSeriesLabel,
  locale,
}: {
  chart: IndicatorChartData;
  view: IndicatorView;
  chartType: "line" | "bar";
  showEventSeries: boolean;
  eventSeriesLabel: string;
  locale: string;
}) {
  const t = await getTranslations("indicators.controls");
  const charts = await getTranslations("charts");
  const fieldset = "min-w-0 space-y-1.5";
  const legend = "text-sm font-semibold";
  const option = "flex items-center gap-2 text-sm";
  const box = "h-4 w-4 accent-accent-strong";
  const compareOptions = [
    ...(showEventSeries ? [{ slug: EVENTS_SERIES, label: eventSeriesLabel, lang: undefined }] : []),
    ...chart.compareOptions.map((option) => ({
      slug: option.slug,
      label: option.name.text,
      lang: option.name.locale === locale ? undefined : option.name.locale,
    })),
  ];
  return (
    <form method="get" className="rounded border border-line bg-white p-4" aria-label={t("legend")}>
      <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
        <fieldset className={fieldset}>
          <legend className={legend}>{t("places")}</legend>
          {chart.placeOptions.map((place) => (
            <label key={place.id} className={option}>
              <input
                type="checkbox"
                name="place"
                value={place.id.toLowerCase()}
                defaultChecked={chart.selectedPlaces.includes(place.id)}
                className={box}
              />
              {place.name}
            </label>
          ))}
        </fieldset>
        <div className="space-y-4">
          <fieldset className={fieldset}>
            <legend className={legend}>{t("chart")}</legend>
            {(["line", "bar"] as const).map((type) => (
              <label key={type} className={option}>
                <input
                  type="radio"
                  name="chart"
                  value={type}
                  defaultChecked={chartType === type}
                  className={box}
                />
                {t(type)}
              </label>
            ))}
          </fieldset>
          <label className="block text-sm">
            <span className={legend}>{t("per")}</span>
            <select
              name="per"
              defaultValue={chart.granularity}
              className="mt-1 block w-full rounded border border-line bg-white px-2 py-1"
            >
              {chart.granularities.map((granularity) => (
                <option key={granularity} value={granularity}>
                  {charts(`granularity.${granularity}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="flex gap-3">
            {(["from", "to"] as const).map((bound) => (
              <label key={bound} className="block text-sm">
                <span className={legend}>{t(bound)}</span>
                <input
                  type="number"
                  name={bound}
                  min={1946}
                  max={2100}
                  inputMode="numeric"
                  defaultValue={view[bound] ?? undefined}
                  className="mt-1 block w-24 rounded border border-line bg-white px-2 py-1"
                />
              </label>
            ))}
          </div>
        </div>
        <fieldset className={fieldset}>
          <legend className={legend}>{t("annotations")}</legend>
          {/* Sent even when every box is unticked, so that "no markers" differs from "default". */}
          <input type="hidden" name="events" value="none" />
          {ANNOTATION_CATEGORIES.map((category) => (
            <label key={category} className={option}>
              <input
                type="checkbox"
                name="events"
                value={categoryToParam(category)}
                defaultChecked={chart.annotationCategories.includes(category)}
                className={box}
              />
              {charts(`categories.${category}`)}
            </label>
          ))}
        </fieldset>
        {compareOptions.length > 0 ? (
          <fieldset className={fieldset}>
            <legend className={legend}>{t("compare")}</legend>
            {compareOptions.map((candidate) => (
              <label key={candidate.slug} className={option}>
                <input
                  type="checkbox"
                  name="compare"
                  value={candidate.slug}
                  defaultChecked={chart.compared.includes(candidate.slug)}
                  className={box}
                />
                <span lang={candidate.lang}>{candidate.label}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded bg-accent-strong px-4 py-2 text-sm font-medium text-white hover:bg-accent"
        >
          {t("apply")}
        </button>
        <a href="?" className="text-sm text-accent-strong underline">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
