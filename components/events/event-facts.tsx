import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { EventDetail } from "@/lib/data/event-detail";
import { isConflictCategory } from "@/lib/events/categories";
import {
  describeEventDate,
  describeEventPlace,
  formatDay,
  intlLocale,
} from "@/lib/events/precision";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-line py-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
      <dt className="font-semibold">{term}</dt>
      <dd className="space-y-1">{children}</dd>
    </div>
  );
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

async function Deaths({ event }: { event: EventDetail }) {
  const t = await getTranslations("event");
  const { fatalities: f } = event;
  if (f.best === null) {
    return (
      <p>{isConflictCategory(event.category) ? t("deathsUnknown") : t("deathsNotApplicable")}</p>
    );
  }
  const names = (role: "SIDE_A" | "SIDE_B") => {
    const list = event.actors.filter((actor) => actor.role === role).map((actor) => actor.name);
    return list.length > 0 ? ` (${list.join(", ")})` : "";
  };
  const split = [
    { label: t("sideA", { names: names("SIDE_A") }), value: f.sideA },
    { label: t("sideB", { names: names("SIDE_B") }), value: f.sideB },
    { label: t("civilians"), value: f.civilians },
    { label: t("unknownSide"), value: f.unknown },
  ].filter((part) => part.value !== null);
  return (
    <>
      <p className="text-lg font-semibold" data-testid="event-deaths">
        {t("deathsBest", { count: f.best })}
      </p>
      {f.low !== null && f.high !== null ? (
        <p className="text-muted">{t("deathsRange", { low: f.low, high: f.high })}</p>
      ) : null}
      {split.length > 0 ? (
        <table className="mt-2 text-sm tabular-nums">
          <caption className="text-left text-muted">{t("deathsSplit")}</caption>
          <tbody>
            {split.map((part) => (
              <tr key={part.label}>
                <th scope="row" className="pr-4 text-left font-normal">
                  {part.label}
                </th>
                <td className="text-right">{part.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** Every field of the event, with the precision of its date and place said in words. */
export async function EventFacts({ event, locale }: { event: EventDetail; locale: Locale }) {
  const [t, precision, categories, roles] = await Promise.all([
    getTranslations("event"),
    getTranslations("precision"),
    getTranslations("eventCategory"),
    getTranslations("actorRole"),
  ]);
  const sameDay = event.dateStart.getTime() === event.dateEnd.getTime();
  const day = (date: Date) => formatDay(date, locale);
  const moment = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "UTC",
  });
  const precisionWord = t(`datePrecision.${event.datePrecision}`);
  return (
    <dl data-testid="event-facts">
      <Fact term={t("when")}>
        <p className="text-lg">{describeEventDate(event, locale, precision)}</p>
        <p className="text-sm text-muted">
          {sameDay
            ? t("exactDate", { date: day(event.dateStart), precision: precisionWord })
            : t("exactDates", {
                start: day(event.dateStart),
                end: day(event.dateEnd),
                precision: precisionWord,
              })}{" "}
          (<time dateTime={isoDay(event.dateStart)}>{isoDay(event.dateStart)}</time>
          {sameDay ? null : (
            <>
              {" – "}
              <time dateTime={isoDay(event.dateEnd)}>{isoDay(event.dateEnd)}</time>
            </>
          )}
          )
        </p>
      </Fact>
      <Fact term={t("where")}>
        <p className="text-lg">{describeEventPlace(event, locale, precision)}</p>
        <p className="text-sm text-muted">
          {t("placeDetails", {
            location: event.locationName ? `${event.locationName} · ` : "",
            area: event.areaDisplayName ?? t("noArea"),
            country: event.countryName,
          })}
        </p>
        {event.latitude !== null && event.longitude !== null ? (
          <p className="text-sm text-muted">
            {t("coordinates", {
              latitude: event.latitude.toFixed(4),
              longitude: event.longitude.toFixed(4),
            })}
          </p>
        ) : null}
        {event.geoPrecision !== null ? (
          <p className="text-sm text-muted">
            {t("geoPrecision", {
              value: event.geoPrecision,
              meaning: t(`geoPrecisionMeaning.${event.geoPrecision}`),
            })}
          </p>
        ) : null}
      </Fact>
      <Fact term={t("type")}>
        <p>{categories(event.category)}</p>
        {event.ucdpViolenceType !== null ? (
          <p className="text-sm text-muted">
            {t("ucdpType", { type: String(event.ucdpViolenceType) })}
          </p>
        ) : null}
      </Fact>
      <Fact term={t("deaths")}>
        <Deaths event={event} />
      </Fact>
      <Fact term={t("actors")}>
        {event.actors.length === 0 ? (
          <p>{t("noActors")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {event.actors.map((actor) => (
              <li key={`${actor.slug}:${actor.role}`}>
                <Link
                  href={`/actors/${actor.slug}`}
                  className="inline-block rounded border border-line bg-white px-2 py-1 hover:bg-sand"
                >
                  {actor.name} <span className="text-sm text-muted">· {roles(actor.role)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Fact>
      <Fact term={t("status")}>
        <p className="font-medium" data-testid="event-data-status">
          {event.dataStatus === "PROVISIONAL" ? t("provisional") : t("final")}
        </p>
        <p className="text-sm text-muted">
          {event.dataStatus === "PROVISIONAL" ? t("provisionalHint") : t("finalHint")}
        </p>
        {event.numberOfSources !== null ? (
          <p className="text-sm text-muted">
            {t("numberOfSources", { count: event.numberOfSources })}
          </p>
        ) : null}
      </Fact>
      <Fact term={t("lastChanged")}>
        <p>
          <time dateTime={event.updatedAt.toISOString()}>{moment.format(event.updatedAt)} UTC</time>
        </p>
        {event.publishedAt ? (
          <p className="text-sm text-muted">
            {t("published")}: {day(event.publishedAt)}
          </p>
        ) : null}
      </Fact>
      {event.externalIds.length > 0 ? (
        <Fact term={t("identifiers")}>
          <ul className="text-sm">
            {event.externalIds.map((external) => (
              <li key={`${external.system}:${external.externalId}`}>
                {external.system} {external.externalId}
                {external.release ? (
                  <span className="text-muted"> · {external.release}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </Fact>
      ) : null}
    </dl>
  );
}
