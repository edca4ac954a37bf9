import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { ActorActivity } from "@/components/actors/actor-activity";
import { EventList } from "@/components/events/event-list";
import { WidgetSkeleton } from "@/components/ui/widget-skeleton";
import { getPublicActor, type PublicActor } from "@/lib/data/actors";
import { listPublishedEvents } from "@/lib/data/events";
import { parseTimelineView } from "@/lib/events/timeline-view";
import { Link } from "@/lib/i18n/navigation";
import { publicPageMetadata } from "@/lib/events/page-metadata";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import { EMPTY_EVENT_FILTERS } from "@/lib/validations/event-filters";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Props["params"]) {
  const { locale: raw, slug } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  return { locale, actor: await getPublicActor(slug, locale) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, actor } = await load(params);
  if (!actor) return {};
  const [t, kinds] = await Promise.all([
    getTranslations({ locale, namespace: "actor" }),
    getTranslations({ locale, namespace: "actorKind" }),
  ]);
  const description = t("metaDescription", {
    name: actor.name,
    kind: kinds(actor.kind),
    count: actor.eventCount,
  });
  return publicPageMetadata(locale, { title: actor.name, description, type: "profile" });
}

async function ActorEvents({
  actor,
  page,
  locale,
}: {
  actor: PublicActor;
  page: number;
  locale: Locale;
}) {
  const events = await listPublishedEvents(
    { ...EMPTY_EVENT_FILTERS, actor: [actor.slug] },
    page,
    locale,
  );
  return (
    <EventList
      page={events}
      locale={locale}
      hrefForPage={(number) => `/actors/${actor.slug}${number > 1 ? `?page=${number}` : ""}#latest`}
    />
  );
}

export default async function ActorPage({ params, searchParams }: Props) {
  const { locale, actor } = await load(params);
  if (!actor) notFound();
  setRequestLocale(locale);
  const [t, kinds] = await Promise.all([getTranslations("actor"), getTranslations("actorKind")]);
  const { view } = parseTimelineView(await searchParams);
  const otherLocale = locale === "fr" ? "en" : "fr";

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-muted">{kinds(actor.kind)}</p>
        <h1 className="text-3xl font-bold tracking-tight">{actor.name}</h1>
        {actor.otherName ? (
          <p className="text-muted" lang={otherLocale}>
            {actor.otherName}
          </p>
        ) : null}
        {actor.description ? (
          <p
            className="max-w-3xl"
            lang={actor.description.locale === locale ? undefined : actor.description.locale}
          >
            {actor.description.text}
          </p>
        ) : null}
        <p className="text-sm">{t("events", { count: actor.eventCount })}</p>
      </header>
      <dl className="grid gap-4 sm:grid-cols-3">
        {actor.aliases.length > 0 ? (
          <div>
            <dt className="font-semibold">{t("aliases")}</dt>
            <dd>
              <ul className="mt-1 flex flex-wrap gap-2" data-testid="actor-aliases">
                {actor.aliases.map((alias) => (
                  <li key={alias} className="rounded bg-sand px-2 py-0.5 text-sm">
                    {alias}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {actor.affiliation ? (
          <div>
            <dt className="font-semibold">{t("affiliation")}</dt>
            <dd>
              <Link
                href={`/actors/${actor.affiliation.slug}`}
                className="text-accent-strong underline"
              >
                {actor.affiliation.name}
              </Link>
            </dd>
          </div>
        ) : null}
        {actor.members.length > 0 ? (
          <div>
            <dt className="font-semibold">{t("members")}</dt>
            <dd>
              <ul className="mt-1 space-y-1">
                {actor.members.map((member) => (
                  <li key={member.slug}>
                    <Link href={`/actors/${member.slug}`} className="text-accent-strong underline">
                      {member.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="over-time">
        <h2 id="over-time" className="text-xl font-semibold">
          {t("overTime")}
        </h2>
        <p className="text-sm text-muted">{t("overTimeIntro", { name: actor.name })}</p>
        <Suspense fallback={<WidgetSkeleton rows={4} />}>
          <ActorActivity actor={actor} />
        </Suspense>
      </section>
      <section aria-labelledby="latest" className="scroll-mt-4">
        <h2 id="latest" className="text-xl font-semibold">
          {t("latest")}
        </h2>
        <p className="mb-2">
          <Link href={`/timeline?actor=${actor.slug}`} className="text-accent-strong underline">
            {t("inTimeline")}
          </Link>
        </p>
        <Suspense fallback={<WidgetSkeleton rows={6} />}>
          <ActorEvents actor={actor} page={view.page} locale={locale} />
        </Suspense>
      </section>
    </article>
  );
}
