import { getTranslations } from "next-intl/server";
import { listRelatedEvents, type EventDetail } from "@/lib/data/event-detail";
import { describeEventDate } from "@/lib/events/precision";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export async function RelatedEvents({ event, locale }: { event: EventDetail; locale: Locale }) {
  const [related, t, precision] = await Promise.all([
    listRelatedEvents(event, locale),
    getTranslations("event"),
    getTranslations("precision"),
  ]);
  if (related.length === 0) return <p className="mt-2 text-sm">{t("noRelated")}</p>;
  return (
    <ul className="mt-2 space-y-3">
      {related.map((item) => (
        <li key={item.id} className="text-sm">
          <Link
            href={`/events/${item.id}`}
            className="font-medium text-accent-strong underline"
            lang={item.titleLocale === locale ? undefined : item.titleLocale}
          >
            {item.title}
          </Link>
          <p className="text-muted">{describeEventDate(item, locale, precision)}</p>
        </li>
      ))}
    </ul>
  );
}
