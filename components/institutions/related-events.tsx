import { getTranslations } from "next-intl/server";
import { EventRow } from "@/components/home/event-row";
import type { RelatedEvent } from "@/lib/data/institutions";

export async function RelatedEvents({
  events,
  locale,
}: {
  events: RelatedEvent[];
  locale: string;
}) {
  const t = await getTranslations("institutions");
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading" className="text-xl font-semibold">
        {t("relatedEvents")}
      </h2>
      {events.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t("noEvents")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line rounded border border-line bg-white">
          {events.map((event) => (
            <EventRow
              key={event.id}
              id={event.id}
              title={event.title.text}
              titleLang={event.title.locale === locale ? undefined : event.title.locale}
              dateStart={event.dateStart}
              datePrecision={event.datePrecision}
              place={event.countryName}
              locale={locale}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
