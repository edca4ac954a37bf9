import { getTranslations } from "next-intl/server";
import type { IndicatorDetail } from "@/lib/data/indicators";
import { FreshnessBadge, FreshnessDetails } from "./freshness-badge";

export async function IndicatorHeader({
  indicator,
  locale,
}: {
  indicator: IndicatorDetail;
  locale: string;
}) {
  const t = await getTranslations("indicators");
  const lang = (value: { locale: string }) => (value.locale === locale ? undefined : value.locale);
  const english = (chunks: React.ReactNode) => (
    <span lang={locale === "en" ? undefined : "en"}>{chunks}</span>
  );
  return (
    <header className="space-y-3">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">
        {t(`kinds.${indicator.kind}`)}
      </p>
      <h1 className="text-3xl font-bold tracking-tight" lang={lang(indicator.name)}>
        {indicator.name.text}
      </h1>
      {indicator.description ? (
        <p className="max-w-3xl text-lg text-muted" lang={lang(indicator.description)}>
          {indicator.description.text}
        </p>
      ) : null}
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <FreshnessBadge freshness={indicator.freshness} />
        {/* Producers and units are stored in English only: marked so for other readers. */}
        <span>{t.rich("page.producer", { producer: indicator.producer, value: english })}</span>
        <span aria-hidden="true">·</span>
        <span>{t.rich("page.unit", { unit: indicator.unit, value: english })}</span>
      </p>
      <p className="text-sm text-muted">
        <FreshnessDetails freshness={indicator.freshness} locale={locale} />
      </p>
    </header>
  );
}
