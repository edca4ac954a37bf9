import { getTranslations } from "next-intl/server";
import { countPublishedEvents, listLatestEvents } from "@/lib/data/home";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { EventRow } from "./event-row";

export async function LatestEventList({ locale, placeId }: { locale: Locale; placeId: string }) {
  const [events, total] = await Promise.all([
    listLatestEvents(locale, placeId),
    countPublishedEvents(placeId),
  ]);
  const t = await getTranslations("home");
  const timeline = placeId === "AES" ? "/timeline" : `/timeline?country=${placeId.toLowerCase()}`;

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
            <EventRow
              key={event.id}
              id={event.id}
              title={event.title}
              titleLang={event.titleLocale === locale ? undefined : event.titleLocale}
              dateStart={event.dateStart}
              datePrecision={event.datePrecision}
              place={`${event.countryName}${
                event.showsFatalities
                  ? ` · ${
                      event.fatalitiesBest === null
                        ? t("fatalitiesUnknown")
                        : t("fatalities", { best: event.fatalitiesBest })
                    }`
                  : ""
              }`}
              locale={locale}
            />
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm">
        <Link href={timeline} className="font-medium text-accent-strong underline">
          {t("allEvents")}
        </Link>
      </p>
    </div>
  );
}
