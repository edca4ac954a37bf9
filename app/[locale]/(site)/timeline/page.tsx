import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { EventList } from "@/components/events/event-list";
import { EventFilterPanel } from "@/components/filters/event-filter-panel";
import { FilterIssues } from "@/components/filters/filter-issues";
import { readTimelineParams } from "@/components/timeline/timeline-params";
import { TimelineWidget } from "@/components/timeline/timeline-widget";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";
import { listPublishedEvents } from "@/lib/data/events";
import { publicPageMetadata } from "@/lib/events/page-metadata";
import { formatSpan } from "@/lib/events/timeline-scale";
import type { TimelineView } from "@/lib/events/timeline-view";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import { toSearchParams, type EventFilters } from "@/lib/validations/event-filters";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "timeline" });
  return publicPageMetadata(locale, { title: t("title"), description: t("description") });
}

async function EventListWidget(props: {
  filters: EventFilters;
  view: TimelineView;
  locale: Locale;
}) {
  const { filters, view, locale } = props;
  const page = await listPublishedEvents(filters, view.page, locale);
  const hrefForPage = (number: number) => {
    const query = toSearchParams(filters);
    if (view.lanes !== "country") query.set("lanes", view.lanes);
    if (view.span) query.set("span", formatSpan(view.span));
    if (number > 1) query.set("page", String(number));
    const text = query.toString();
    return `/timeline${text ? `?${text}` : ""}#events`;
  };
  return <EventList page={page} locale={locale} hrefForPage={hrefForPage} headingId="events" />;
}

export default async function TimelinePage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  setRequestLocale(locale);
  const t = await getTranslations("timeline");
  const { filters, view, filterIssues, viewIssues } = await readTimelineParams(await searchParams);

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t("description")}</p>
      </header>
      <FilterIssues filterIssues={filterIssues} viewIssues={viewIssues} />
      <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <aside>
          <Suspense fallback={<WidgetSkeleton rows={8} />}>
            <EventFilterPanel filters={filters} lanes={view.lanes} locale={locale} />
          </Suspense>
        </aside>
        <div className="min-w-0 space-y-8">
          <section aria-label={t("chartLabel")}>
            <Suspense fallback={<WidgetSkeleton rows={5} />}>
              <TimelineWidget filters={filters} view={view} locale={locale} />
            </Suspense>
          </section>
          <section aria-labelledby="events" className="scroll-mt-4">
            <h2 id="events" className="text-xl font-semibold">
              {t("listTitle")}
            </h2>
            <p className="text-sm text-muted">{t("listIntro")}</p>
            <Suspense fallback={<WidgetSkeleton rows={8} />}>
              <EventListWidget filters={filters} view={view} locale={locale} />
            </Suspense>
          </section>
        </div>
      </div>
    </div>
  );
}
