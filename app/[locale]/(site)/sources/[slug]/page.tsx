import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { EventList } from "@/components/events/event-list";
import { CitingRecords } from "@/components/sources/citing-records";
import { ReliabilityBadge } from "@/components/sources/reliability-badge";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";
import { getPublicSource, listEventsCitingSource, type PublicSource } from "@/lib/data/sources";
import { formatDay } from "@/lib/events/precision";
import { parseTimelineView } from "@/lib/events/timeline-view";
import { publicPageMetadata } from "@/lib/events/page-metadata";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Props["params"]) {
  const { locale: raw, slug } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  return { locale, source: await getPublicSource(slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, source } = await load(params);
  if (!source) return {};
  const t = await getTranslations({ locale, namespace: "source" });
  const description = t("metaDescription", {
    name: source.name,
    grade: source.reliability ? t(`grades.${source.reliability}`) : t("notGraded"),
    count: source.citationCounts.total,
  });
  return publicPageMetadata(locale, { title: source.name, description });
}

async function CitingEvents({
  source,
  page,
  locale,
}: {
  source: PublicSource;
  page: number;
  locale: Locale;
}) {
  const events = await listEventsCitingSource(source.id, page, locale);
  return (
    <EventList
      page={events}
      locale={locale}
      hrefForPage={(number) =>
        `/sources/${source.slug}${number > 1 ? `?page=${number}` : ""}#citing-events`
      }
    />
  );
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { locale, source } = await load(params);
  if (!source) notFound();
  setRequestLocale(locale);
  const [t, kinds] = await Promise.all([getTranslations("source"), getTranslations("sourceKind")]);
  const { view } = parseTimelineView(await searchParams);
  const counts = source.citationCounts;

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-muted">{kinds(source.kind)}</p>
        <h1 className="text-3xl font-bold tracking-tight">{source.name}</h1>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {source.publisher ? (
            <>
              <dt className="font-semibold">{t("publisher")}</dt>
              <dd>{source.publisher}</dd>
            </>
          ) : null}
          {source.language ? (
            <>
              <dt className="font-semibold">{t("language")}</dt>
              <dd>{source.language}</dd>
            </>
          ) : null}
          {source.homepageUrl ? (
            <>
              <dt className="font-semibold">{t("homepage")}</dt>
              <dd>
                <a
                  href={source.homepageUrl}
                  rel="noopener noreferrer"
                  className="text-accent-strong underline"
                >
                  {source.homepageUrl}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      </header>
      <section aria-labelledby="reliability" className="rounded border border-line bg-white p-4">
        <h2 id="reliability" className="text-xl font-semibold">
          {t("grade")}
        </h2>
        <p className="mt-2" data-testid="source-grade">
          <ReliabilityBadge grade={source.reliability} />
        </p>
        {source.reliability === null ? (
          <p className="mt-2 text-sm text-muted">{t("notGradedHint")}</p>
        ) : null}
        {source.gradedAt ? (
          <p className="mt-2 text-sm text-muted">
            {t("gradedOn", { date: formatDay(source.gradedAt, locale) })}
          </p>
        ) : null}
        {source.reliabilityNote ? (
          <div className="mt-2">
            <h3 className="font-medium">{t("reliabilityNote")}</h3>
            <p>{source.reliabilityNote}</p>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="cited-by">
        <h2 id="cited-by" className="text-xl font-semibold">
          {t("citedBy")}
        </h2>
        <p className="text-sm text-muted">
          {t("citedByCounts", {
            events: counts.events,
            institutions: counts.institutions,
            observations: counts.observations,
          })}
        </p>
        <Suspense fallback={<WidgetSkeleton rows={3} />}>
          <CitingRecords source={source} locale={locale} />
        </Suspense>
      </section>
      {counts.events > 0 ? (
        <section aria-labelledby="citing-events" className="scroll-mt-4">
          <h2 id="citing-events" className="text-xl font-semibold">
            {t("citingEvents")}
          </h2>
          <Suspense fallback={<WidgetSkeleton rows={6} />}>
            <CitingEvents source={source} page={view.page} locale={locale} />
          </Suspense>
        </section>
      ) : null}
    </article>
  );
}
