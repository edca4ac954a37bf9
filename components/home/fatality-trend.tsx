import { getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/charts/chart-figure";
import { seriesColour } from "@/components/charts/palette";
import { getFatalityTrend } from "@/lib/data/home";
import { placeNameMap } from "@/lib/data/place-names";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** Deaths per quarter from the event database: one line per country, gaps where nothing is known. */
export async function FatalityTrend({ placeId, locale }: { placeId: string; locale: Locale }) {
  const [trend, names] = await Promise.all([getFatalityTrend(placeId), placeNameMap(locale)]);
  const t = await getTranslations("home.trend");
  if (!trend) return <p className="mt-3 text-muted">{t("noData")}</p>;
  const caption = t("caption", { place: names.get(placeId)?.name ?? placeId });
  return (
    <div className="mt-3 space-y-3">
      <ChartFigure
        id="fatality-trend"
        caption={caption}
        series={trend.series.map((item, index) => ({
          key: item.key,
          label: names.get(item.key)?.name ?? item.key,
          colour: seriesColour(item.key, index),
          cells: item.cells,
        }))}
        rows={trend.rows}
        annotations={[]}
        type="line"
        unit={t("unit")}
        locale={locale}
        height={280}
      />
      <p className="text-xs text-muted">
        {t("source")}{" "}
        <Link
          href={`/indicators/ucdp-deaths-all-types?compare=events${
            placeId === "AES" ? "" : `&place=${placeId.toLowerCase()}`
          }`}
          className="text-accent-strong underline"
        >
          {t("explore")}
        </Link>
      </p>
    </div>
  );
}
