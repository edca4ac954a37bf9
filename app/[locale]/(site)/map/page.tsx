import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { EventList } from "@/components/events/event-list";
import { EventFilterPanel } from "@/components/filters/event-filter-panel";
import { FilterIssues } from "@/components/filters/filter-issues";
import { MapSection } from "@/components/map/map-section";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";
import { listActorSlugs } from "@/lib/data/actors";
import { listPublishedEvents } from "@/lib/data/events";
import { placeNameMap } from "@/lib/data/place-names";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import {
  parseEventFiltersIgnoringInvalid,
  toSearchParams,
  type EventFilters,
} from "@/lib/validations/event-filters";
import { mapViewToParams, parseMapView, type MapView } from "@/lib/validations/map-view";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "map" });
  return {
    title: t("title"),
    description: t("description"),
    openGraph: { title: t("title"), description: t("description"), type: "website" },
  };
}

/** The map's address with the given filters (and the current map settings). */
function mapHref(filters: EventFilters, view: MapView, hash = ""): string {
  const query = toSearchParams(filters);
  for (const [key, value] of mapViewToParams(view)) query.set(key, value);
  const text = query.toString();
  return `/map${text ? `?${text}` : ""}${hash}`;
}

async function MapEventList({
  filters,
  view,
  locale,
}: {
  filters: EventFilters;
  view: MapView;
  locale: Locale;
}) {
  const page = await listPublishedEvents(filters, view.page, locale);
  const hrefForPage = (number: number) => {
    const href = mapHref(filters, view);
    const separator = href.includes("?") ? "&" : "?";
    return `${number > 1 ? `${href}${separator}page=${number}` : href}#events`;
  };
  return <EventList page={page} locale={locale} hrefForPage={hrefForPage} headingId="events" />;
}

export default async function MapPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  const t = await getTranslations("map");
  const query = await searchParams;
  const { filters, issues } = parseEventFiltersIgnoringInvalid(query, {
    actorSlugs: await listActorSlugs(),
  });
  const { view, issues: viewIssues } = parseMapView(query);
  const names = await placeNameMap(locale);
  const selectedAreas = filters.area.map((id) => names.get(id)?.name ?? id);
  const hrefForArea = (areaId: string | null) =>
    mapHref({ ...filters, area: areaId ? [areaId] : [] }, view, "#events");
  const timelineQuery = toSearchParams(filters).toString();

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <FilterIssues filterIssues={issues} />
      {viewIssues.length > 0 ? (
        <p role="status" className="rounded border border-amber-700 bg-amber-50 px-4 py-2 text-sm">
          {t("ignoredParams", {
            params: viewIssues.map((issue) => `${issue.param}=${issue.value}`).join(", "),
          })}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <aside>
          <Suspense fallback={<WidgetSkeleton rows={8} />}>
            <EventFilterPanel filters={filters} locale={locale} />
          </Suspense>
        </aside>
        <div className="min-w-0 space-y-8">
          <section aria-label={t("mapLabel")}>
            <Suspense fallback={<WidgetSkeleton rows={10} />}>
              <MapSection
                filters={filters}
                view={view}
                locale={locale}
                hrefForArea={hrefForArea}
                filterParams={toSearchParams(filters)}
              />
            </Suspense>
          </section>
          <section aria-labelledby="events" className="scroll-mt-4">
            <h2 id="events" className="text-xl font-semibold">
              {selectedAreas.length > 0
                ? t("listTitleArea", { areas: selectedAreas.join(", ") })
                : t("listTitle")}
            </h2>
            <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
              {selectedAreas.length > 0 ? (
                <Link href={hrefForArea(null)} className="text-accent-strong underline">
                  {t("clearArea")}
                </Link>
              ) : (
                <span className="text-muted">{t("listHint")}</span>
              )}
              <Link
                href={`/timeline${timelineQuery ? `?${timelineQuery}` : ""}`}
                className="text-accent-strong underline"
              >
                {t("openTimeline")}
              </Link>
            </p>
            <div className="mt-3">
              <Suspense fallback={<WidgetSkeleton rows={8} />}>
                <MapEventList filters={filters} view={view} locale={locale} />
              </Suspense>
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
