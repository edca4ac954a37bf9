import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { FatalityTrend } from "@/components/home/fatality-trend";
import {
  FatalityHeadlineCard,
  INDICATOR_HEADLINES,
  IndicatorHeadlineCard,
} from "@/components/home/headline-figures";
import { InstitutionTracker } from "@/components/home/institution-tracker";
import { LatestEventList } from "@/components/home/latest-event-list";
import { PlaceSwitcher } from "@/components/home/place-switcher";
import { SeriesFreshnessTable } from "@/components/home/series-freshness";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";
import { DASHBOARD_PLACES } from "@/lib/data/home";
import { placeNameMap } from "@/lib/data/place-names";
import { isLocale, routing } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** `?place=ml` → "ML"; anything else is the whole AES. */
function dashboardPlace(raw: string | string[] | undefined): { placeId: string; invalid: boolean } {
  const value = typeof raw === "string" ? raw.trim().toUpperCase() : "";
  if (value === "") return { placeId: "AES", invalid: raw !== undefined };
  return DASHBOARD_PLACES.includes(value)
    ? { placeId: value, invalid: false }
    : { placeId: "AES", invalid: true };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  const { placeId } = dashboardPlace((await searchParams).place);
  const t = await getTranslations({ locale, namespace: "home" });
  const site = await getTranslations({ locale, namespace: "site" });
  const place = (await placeNameMap(locale)).get(placeId)?.name ?? placeId;
  // The layout's title template applies to child segments only: this page is the layout's own.
  const title = `${placeId === "AES" ? t("title") : t("titleFor", { place })} · ${site("name")}`;
  return {
    title: { absolute: title },
    description: t("intro"),
    openGraph: { title, description: t("intro") },
  };
}

function Widget({
  id,
  title,
  rows,
  children,
  className,
}: {
  id: string;
  title: string;
  rows: number;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <Suspense fallback={<WidgetSkeleton rows={rows} />}>{children}</Suspense>
    </section>
  );
}

export default async function HomePage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  const { placeId, invalid } = dashboardPlace((await searchParams).place);
  const t = await getTranslations("home");
  const names = await placeNameMap(locale);
  const places = DASHBOARD_PLACES.map((id) => ({ id, name: names.get(id)?.name ?? id }));
  const placeName = names.get(placeId)?.name ?? placeId;

  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
          <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
        </div>
        <PlaceSwitcher places={places} current={placeId} />
        {invalid ? (
          <p role="status" className="text-sm text-muted">
            {t("unknownPlace")}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="headlines">
        <h2 id="headlines" className="text-xl font-semibold">
          {t("headlines", { place: placeName })}
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Suspense fallback={<WidgetSkeleton rows={3} />}>
            <FatalityHeadlineCard placeId={placeId} locale={locale} />
          </Suspense>
          {INDICATOR_HEADLINES.map((headline) => (
            <Suspense key={headline.key} fallback={<WidgetSkeleton rows={3} />}>
              <IndicatorHeadlineCard headline={headline} placeId={placeId} locale={locale} />
            </Suspense>
          ))}
        </div>
      </section>
      <Widget id="trend" title={t("trend.title")} rows={6}>
        <FatalityTrend placeId={placeId} locale={locale} />
      </Widget>
      <div className="grid gap-8 lg:grid-cols-3">
        <Widget id="latest-events" title={t("latestEvents")} rows={6} className="lg:col-span-2">
          <LatestEventList locale={locale} placeId={placeId} />
        </Widget>
        <Widget id="institutions" title={t("institutions")} rows={5}>
          <InstitutionTracker locale={locale} />
        </Widget>
      </div>
      <Widget id="freshness" title={t("freshness.title")} rows={5}>
        <SeriesFreshnessTable placeId={placeId} locale={locale} />
      </Widget>
    </div>
  );
}
