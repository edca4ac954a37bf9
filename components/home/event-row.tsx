import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { formatDateAtPrecision } from "@/lib/indicators/format";

/**
 * One event in a short list: date, title (a link to the event) and place. Date and place share a
 * line on a phone; from `sm` up the title sits between them.
 */
export function EventRow({
  id,
  title,
  titleLang,
  dateStart,
  datePrecision,
  place,
  locale,
}: {
  id: string;
  title: string;
  /** Set when the title is not in the reader's language. */
  titleLang?: string;
  dateStart: Date;
  datePrecision: DatePrecision;
  place: string;
  locale: string;
}) {
  return (
    <li className="px-4 py-3 sm:flex sm:items-baseline sm:gap-3">
      <div className="flex justify-between gap-3 text-sm text-muted sm:contents">
        <time
          dateTime={dateStart.toISOString().slice(0, 10)}
          className="tabular-nums sm:order-1 sm:w-28 sm:shrink-0"
        >
          {formatDateAtPrecision(dateStart, datePrecision, locale)}
        </time>
        <span className="text-right sm:order-3">{place}</span>
      </div>
      <Link
        href={`/events/${id}`}
        lang={titleLang}
        className="mt-0.5 block min-w-0 text-ink underline-offset-2 hover:text-accent-strong hover:underline sm:order-2 sm:mt-0 sm:flex-1"
      >
        {title}
      </Link>
    </li>
  );
}
