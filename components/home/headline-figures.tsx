import { getTranslations } from "next-intl/server";
import { getFatalityHeadline, getIndicatorHeadline } from "@/lib/data/home";
import { placeNameMap } from "@/lib/data/place-names";
import type { Locale } from "@/lib/i18n/routing";
import { formatBucket, formatDay, formatNumber, percentChange } from "@/lib/indicators/format";
import { HeadlineCard, HeadlineUnavailable } from "./headline-card";

function changeText(current: number, previous: number, locale: string): string | null {
  const change = percentChange(current, previous);
  if (change === null) return null;
  const rounded = Math.round(change);
  const percent = new Intl.NumberFormat(locale, {
    style: "percent",
    signDisplay: "exceptZero",
    maximumFractionDigits: 0,
  }).format(rounded / 100);
  return `${rounded > 0 ? "▲" : rounded < 0 ? "▼" : "="} ${percent}`;
}

function monthSpan(start: string, end: string, locale: string): string {
  return `${formatBucket(start.slice(0, 7), locale, "short")} – ${formatBucket(end.slice(0, 7), locale, "short")}`;
}

/** Deaths over the last 12 months of event data vs the 12 months before. */
export async function FatalityHeadlineCard({
  placeId,
  locale,
}: {
  placeId: string;
  locale: Locale;
}) {
  const [headline, names] = await Promise.all([getFatalityHeadline(placeId), placeNameMap(locale)]);
  const t = await getTranslations("home.headline");
  if (!headline) return <HeadlineUnavailable title={t("fatalities.title")} message={t("noData")} />;
  const { current, previous } = headline;
  const change = previous ? changeText(current.value, previous.value, locale) : null;
  const nameOf = (ids: string[]) => ids.map((id) => names.get(id)?.name ?? id).join(", ");
  const details = [
    current.low !== null && current.high !== null
      ? t("range", {
          low: formatNumber(current.low, locale),
          high: formatNumber(current.high, locale),
        })
      : null,
    previous && change
      ? t("fatalities.change", {
          change,
          previous: formatNumber(previous.value, locale),
          period: monthSpan(previous.start, previous.end, locale),
        })
      : t("fatalities.noComparison"),
    current.excluded.length > 0
      ? t("fatalities.excluded", { places: nameOf(current.excluded) })
      : null,
    current.provisional ? t("provisional") : null,
  ].filter((detail): detail is string => detail !== null);
  return (
    <HeadlineCard
      testId="headline-fatalities"
      title={t("fatalities.title")}
      value={formatNumber(current.value, locale)}
      period={t("fatalities.period", { period: monthSpan(current.start, current.end, locale) })}
      details={details}
      source={t("fatalities.source")}
      sourceHref={`/indicators/ucdp-deaths-all-types?compare=events${
        placeId === "AES" ? "" : `&place=${placeId.toLowerCase()}`
      }`}
    />
  );
}

export const INDICATOR_HEADLINES = [
  { key: "idps", slug: "idmc-conflict-idps", stock: true },
  { key: "newDisplacements", slug: "idmc-conflict-new-displacements", stock: false },
  { key: "refugees", slug: "unhcr-refugees-from", stock: true },
] as const;

/** The latest figure of an indicator for the place (the AES: the sum of its three countries). */
export async function IndicatorHeadlineCard({
  headline: spec,
  placeId,
  locale,
}: {
  headline: (typeof INDICATOR_HEADLINES)[number];
  placeId: string;
  locale: Locale;
}) {
  const [headline, names] = await Promise.all([
    getIndicatorHeadline(spec.slug, placeId, locale),
    placeNameMap(locale),
  ]);
  const t = await getTranslations("home.headline");
  const title = t(`${spec.key}.title`);
  if (!headline) return <HeadlineUnavailable title={title} message={t("noData")} />;
  const { latest, previous } = headline;
  const periodOf = (cell: typeof latest) =>
    spec.stock && cell.asOf ? formatDay(cell.asOf, locale) : formatBucket(cell.bucket, locale);
  const change =
    previous && latest.value !== null && previous.value !== null
      ? changeText(latest.value, previous.value, locale)
      : null;
  const details = [
    latest.state === "carriedForward"
      ? headline.carriedPlaces.length > 0
        ? t("carriedPlaces", {
            places: headline.carriedPlaces.map((id) => names.get(id)?.name ?? id).join(", "),
          })
        : t("carried", {
            date: latest.carriedForwardFrom ? formatDay(latest.carriedForwardFrom, locale) : "",
          })
      : null,
    change && previous
      ? t("change", {
          change,
          period: periodOf(previous),
          previous: formatNumber(previous.value ?? 0, locale),
        })
      : null,
    placeId === "AES" ? t("sumOfCountries") : null,
    latest.state === "provisional" ? t("provisional") : null,
  ].filter((detail): detail is string => detail !== null);
  return (
    <HeadlineCard
      testId={`headline-${spec.key}`}
      title={title}
      value={formatNumber(latest.value ?? 0, locale)}
      period={
        spec.stock
          ? t("asOf", { date: periodOf(latest) })
          : t("during", { period: periodOf(latest) })
      }
      details={details}
      source={t("source", { producer: headline.producer })}
      sourceHref={`/indicators/${spec.slug}${placeId === "AES" ? "" : `?place=${placeId.toLowerCase()}`}`}
    />
  );
}
