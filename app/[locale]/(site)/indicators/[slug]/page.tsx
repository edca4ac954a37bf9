import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { IndicatorChartSection } from "@/components/indicators/indicator-chart-section";
import { IndicatorHeader } from "@/components/indicators/indicator-header";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";
import { getIndicator } from "@/lib/data/indicators";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, routing } from "@/lib/i18n/routing";
import { parseIndicatorView } from "@/lib/validations/indicator-view";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  const indicator = await getIndicator(slug, locale);
  if (!indicator) return {};
  const t = await getTranslations({ locale, namespace: "indicators.page" });
  const description = t("metaDescription", { name: indicator.name.text });
  return {
    title: indicator.name.text,
    description,
    openGraph: { title: indicator.name.text, description, type: "article" },
  };
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  const { locale: raw, slug } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  const indicator = await getIndicator(slug, locale);
  if (!indicator) notFound();
  const { view, issues } = parseIndicatorView(await searchParams);
  const t = await getTranslations("indicators.page");

  return (
    <div className="space-y-8">
      <nav aria-label={t("back")} className="text-sm">
        <Link href="/indicators" className="text-accent-strong underline">
          ← {t("back")}
        </Link>
      </nav>
      <IndicatorHeader indicator={indicator} locale={locale} />
      {issues.length > 0 ? (
        <p role="status" className="rounded border border-amber-700 bg-amber-50 px-4 py-2 text-sm">
          {t("ignoredParams", {
            params: issues.map((issue) => `${issue.param}=${issue.value}`).join(", "),
          })}
        </p>
      ) : null}
      <Suspense fallback={<WidgetSkeleton rows={8} />}>
        <IndicatorChartSection indicator={indicator} view={view} locale={locale} />
      </Suspense>
    </div>
  );
}
