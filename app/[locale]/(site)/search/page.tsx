import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { SearchResults } from "@/components/search/search-results";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";
import { publicPageMetadata } from "@/lib/events/page-metadata";
import { isLocale, routing } from "@/lib/i18n/routing";
import { MAX_QUERY_LENGTH } from "@/lib/validations/event-filters";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function readQuery(raw: string | string[] | undefined): string {
  const value = [raw ?? []].flat().at(-1) ?? "";
  return value.trim().slice(0, MAX_QUERY_LENGTH);
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  const query = readQuery((await searchParams).q);
  const t = await getTranslations({ locale, namespace: "search" });
  const title = query ? t("resultsFor", { query }) : t("title");
  const metadata = await publicPageMetadata(locale, { title, description: t("description") });
  // Result pages are endless variations of one page: keep them out of search engines.
  return query ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  const query = readQuery((await searchParams).q);
  const t = await getTranslations("search");

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">
          {query ? t("resultsFor", { query }) : t("title")}
        </h1>
        <p className="max-w-3xl text-muted">{t("description")}</p>
      </header>
      <form role="search" method="get" action={`/${locale}/search`} className="max-w-2xl space-y-1">
        <label htmlFor="search-q" className="font-medium">
          {t("label")}
        </label>
        <div className="flex gap-2">
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={query}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={t("placeholder")}
            aria-describedby="search-hint"
            className="min-w-0 flex-1 rounded border border-muted bg-white px-3 py-2"
          />
          <button
            type="submit"
            className="rounded bg-accent-strong px-4 py-2 font-medium text-white hover:bg-accent"
          >
            {t("submit")}
          </button>
        </div>
        <p id="search-hint" className="text-sm text-muted">
          {t("hint")}
        </p>
      </form>
      {query ? (
        <Suspense key={query} fallback={<WidgetSkeleton rows={8} />}>
          <SearchResults query={query} locale={locale} />
        </Suspense>
      ) : (
        <p>{t("empty")}</p>
      )}
    </div>
  );
}
