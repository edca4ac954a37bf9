import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { InstitutionList } from "@/components/home/institution-list";
import { LatestEventList } from "@/components/home/latest-event-list";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";
import { isLocale, routing } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "home" });
  return { title: t("title"), description: t("intro") };
}

export default async function HomePage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  const t = await getTranslations("home");

  return (
    <div className="space-y-10">
      <section>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      </section>
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="latest-events" className="lg:col-span-2">
          <h2 id="latest-events" className="text-xl font-semibold">
            {t("latestEvents")}
          </h2>
          <Suspense fallback={<WidgetSkeleton rows={6} />}>
            <LatestEventList locale={locale} />
          </Suspense>
        </section>
        <section aria-labelledby="institutions">
          <h2 id="institutions" className="text-xl font-semibold">
            {t("institutions")}
          </h2>
          <Suspense fallback={<WidgetSkeleton rows={5} />}>
            <InstitutionList locale={locale} />
          </Suspense>
        </section>
      </div>
    </div>
  );
}
