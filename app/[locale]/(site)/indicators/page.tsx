import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { ListingHeader, listingMetadata } from "@/components/indicators/listing-page";
import { IndicatorIndex } from "@/components/indicators/indicator-index";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";
import { isLocale, routing } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata((await params).locale, "indicators");
}

export default async function IndicatorsPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  return (
    <div className="space-y-8">
      <ListingHeader namespace="indicators" />
      <Suspense fallback={<WidgetSkeleton rows={8} />}>
        <IndicatorIndex locale={locale} />
      </Suspense>
    </div>
  );
}
