import { getTranslations } from "next-intl/server";
import type { EventListItem, EventPage } from "@/lib/data/events";
import { CATEGORY_COLOURS } from "@/lib/events/categories";
import { describeEventDate, describeEventPlace } from "@/lib/events/precision";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Pagination } from "./pagination";

export async function EventFatalities({
  event,
}: {
  event: Pick<EventListItem, "fatalitiesBest" | "fatalitiesLow" | "fatalitiesHigh">;
}) {
  const t = await getTranslations("eventList");
  const { fatalitiesBest: best, fatalitiesLow: low, fatalitiesHigh: high } = event;
  if (best === null) return <>{t("fatalitiesUnknown")}</>;
  if (low !== null && high !== null && (low !== best || high !== best)) {
    return <>{t("fatalitiesRange", { best, low, high })}</>;
  }
  return <>{t("fatalities", { count: best })}</>;
}

export async function EventListEntry({ event, locale }: { event: EventListItem; locale: Locale }) {
  const [precision, categories] = await Promise.all([
    getTranslations("precision"),
    getTranslations("eventCategory"),
  ]);
  return (
    <li className="px-4 py-3">
      <p className="text-sm text-muted">
        <time dateTime={event.dateStart.toISOString().slice(0, 10)}>
          {describeEventDate(event, locale, precision)}
        </time>
        {" · "}
        {describeEventPlace(event, locale, precision)}
      </p>
      <h3 className="mt-0.5 font-medium">
        <Link
          href={`/events/${event.id}`}
          className="text-ink underline decoration-line underline-offset-4 hover:decoration-accent"
          lang={event.titleLocale === locale ? undefined : event.titleLocale}
        >
          {event.title}
        </Link>
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 text-sm text-muted">
        <span className="inline-flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="inline-block size-2.5 rounded-sm"
            style={{ background: CATEGORY_COLOURS[event.category] }}
          />
          {categories(event.category)}
        </span>
        <span>
          <EventFatalities event={event} />
        </span>
      </p>
    </li>
  );
}

/** A page of events with its pager; `hrefForPage` keeps the rest of the URL (the filters). */
export async function EventList({
  page,
  locale,
  hrefForPage,
  headingId,
}: {
  page: EventPage;
  locale: Locale;
  hrefForPage: (page: number) => string;
  headingId?: string;
}) {
  const t = await getTranslations("eventList");
  return (
    <div className="space-y-3" data-testid="event-list">
      <p className="text-sm text-muted" aria-describedby={headingId}>
        {t("count", { count: page.total })}
      </p>
      {page.items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="divide-y divide-line rounded border border-line bg-white">
          {page.items.map((event) => (
            <EventListEntry key={event.id} event={event} locale={locale} />
          ))}
        </ol>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} hrefForPage={hrefForPage} />
    </div>
  );
}
