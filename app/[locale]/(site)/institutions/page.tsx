import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { ListingHeader, listingMetadata } from "@/components/indicators/listing-page";
import { InstitutionIndex } from "@/components/institutions/institution-index";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";
import { isLocale, routing } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata((await params).locale, "institutions");
}

export default async function InstitutionsPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  return (
    <div className="space-y-8">
      <ListingHeader namespace="institutions" />
      <Suspense fallback={<WidgetSkeleton rows={7} />}>
        <InstitutionIndex locale={locale} />
      </Suspense>
    </div>
  );
}
