import { getFormatter, getTranslations } from "next-intl/server";
import { countPublishedEvents, listLatestEvents } from "@/lib/data/home";
import type { Locale } from "@/lib/i18n/routing";

export async function LatestEventList({ locale }: { locale: Locale }) {
  const [events, total] = await Promise.all([listLatestEvents(locale), countPublishedEvents()]);
  const t = await getTranslations("home");
  const format = await getFormatter();

  return (
    <div className="mt-3">
      <p className="text-sm text-muted" data-testid="events-count">
        {t("eventsCount", { count: total })}
      </p>
      {events.length === 0 ? (
        <p className="mt-4">{t("noEvents")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line rounded border border-line bg-white">
          {events.map((event) => (
            <li key={event.id} className="flex flex-wrap items-baseline gap-x-3 px-4 py-3">
              <time
                dateTime={event.dateStart.toISOString().slice(0, 10)}
                className="w-28 shrink-0 text-sm tabular-nums text-muted"
              >
                {format.dateTime(event.dateStart, { dateStyle: "medium", timeZone: "UTC" })}
              </time>
              <span
                lang={event.titleLocale === locale ? undefined : event.titleLocale}
                className="flex-1"
              >
                {event.title}
              </span>
              <span className="text-sm text-muted">
                {event.countryName}
                {event.showsFatalities
                  ? ` · ${
                      event.fatalitiesBest === null
                        ? t("fatalitiesUnknown")
                        : t("fatalities", { best: event.fatalitiesBest })
                    }`
                  : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
