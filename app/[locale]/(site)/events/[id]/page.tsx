import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { AreaMap } from "@/components/events/area-map";
import { EventCitations } from "@/components/events/event-citations";
import { EventCorrections } from "@/components/events/event-corrections";
import { EventFacts } from "@/components/events/event-facts";
import { RelatedEvents } from "@/components/events/related-events";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";
import { getPublishedEvent } from "@/lib/data/event-detail";
import { publicPageMetadata } from "@/lib/events/page-metadata";
import { describeEventDate, describeEventPlace } from "@/lib/events/precision";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, routing } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

async function load(params: Props["params"]) {
  const { locale: raw, id } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  return { locale, event: await getPublishedEvent(id, locale) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, event } = await load(params);
  if (!event) return {};
  const [t, precision, categories] = await Promise.all([
    getTranslations({ locale, namespace: "event" }),
    getTranslations({ locale, namespace: "precision" }),
    getTranslations({ locale, namespace: "eventCategory" }),
  ]);
  const description = t("metaDescription", {
    category: categories(event.category),
    when: describeEventDate(event, locale, precision),
    where: describeEventPlace(event, locale, precision),
  });
  return publicPageMetadata(locale, { title: event.title.text, description, type: "article" });
}

export default async function EventPage({ params }: Props) {
  const { locale, event } = await load(params);
  if (!event) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("event");
  const fellBack = event.title.locale !== locale;

  return (
    <article className="space-y-8">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/timeline" className="text-accent-strong underline">
          ← {t("backToTimeline")}
        </Link>
      </nav>
      <header className="space-y-2">
        <h1
          className="text-3xl font-bold tracking-tight"
          lang={fellBack ? event.title.locale : undefined}
        >
          {event.title.text}
        </h1>
        {fellBack ? <p className="text-sm text-muted">{t("titleFallbackNote")}</p> : null}
        {event.summary ? (
          <p
            className="max-w-3xl text-lg"
            lang={event.summary.locale === locale ? undefined : event.summary.locale}
          >
            {event.summary.text}
          </p>
        ) : null}
        <p className="flex flex-wrap gap-2 text-sm">
          <a href="#sources" className="font-medium text-accent-strong underline">
            {t("citations")} ({event.citations.length})
          </a>
        </p>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-8">
          <section aria-labelledby="facts">
            <h2 id="facts" className="text-xl font-semibold">
              {t("facts")}
            </h2>
            <EventFacts event={event} locale={locale} />
          </section>
          {event.qualityFlags.length > 0 ? (
            <section
              aria-labelledby="quality"
              className="rounded border border-line bg-sand/60 p-4"
            >
              <h2 id="quality" className="font-semibold">
                {t("qualityTitle")}
              </h2>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {event.qualityFlags.map((flag) => (
                  <li key={flag}>{t(`quality.${flag}`)}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="sources" className="scroll-mt-4">
            <h2 id="sources" className="text-xl font-semibold">
              {t("citations")}
            </h2>
            <EventCitations citations={event.citations} locale={locale} />
            {event.sourceText ? (
              <details className="mt-4 rounded border border-line bg-white px-4 py-2">
                <summary className="cursor-pointer font-medium">{t("sourceText")}</summary>
                <p className="mt-2 whitespace-pre-line text-sm" lang="en">
                  {event.sourceText}
                </p>
              </details>
            ) : null}
          </section>
          <section aria-labelledby="corrections">
            <h2 id="corrections" className="text-xl font-semibold">
              {t("corrections")}
            </h2>
            <Suspense fallback={<WidgetSkeleton rows={2} />}>
              <EventCorrections eventId={event.id} />
            </Suspense>
          </section>
        </div>
        <aside className="space-y-8">
          <section aria-labelledby="map-title">
            <h2 id="map-title" className="text-xl font-semibold">
              {t("mapTitle")}
            </h2>
            <Suspense fallback={<WidgetSkeleton rows={3} />}>
              <AreaMap event={event} />
            </Suspense>
          </section>
          {event.institutions.length > 0 ? (
            <section aria-labelledby="institutions">
              <h2 id="institutions" className="text-xl font-semibold">
                {t("institutions")}
              </h2>
              <ul className="mt-2 space-y-2">
                {event.institutions.map((institution) => (
                  <li key={institution.slug}>
                    <Link
                      href={`/institutions/${institution.slug}`}
                      className="text-accent-strong underline"
                    >
                      {institution.acronym ? `${institution.acronym} — ` : null}
                      <span
                        lang={
                          institution.name.locale === locale ? undefined : institution.name.locale
                        }
                      >
                        {institution.name.text}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="related">
            <h2 id="related" className="text-xl font-semibold">
              {t("related")}
            </h2>
            <p className="text-sm text-muted">{t("relatedIntro")}</p>
            <Suspense fallback={<WidgetSkeleton rows={4} />}>
              <RelatedEvents event={event} locale={locale} />
            </Suspense>
          </section>
        </aside>
      </div>
    </article>
  );
}
