import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ReliabilityBadge } from "@/components/sources/reliability-badge";
import { searchPublicRecords, type Group } from "@/lib/data/search";
import { formatDay } from "@/lib/events/precision";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { searchTerms } from "@/lib/events/text-query";

async function ResultGroup<T>({
  id,
  title,
  group,
  render,
  footer,
}: {
  id: string;
  title: string;
  group: Group<T>;
  render: (hit: T) => ReactNode;
  footer?: ReactNode;
}) {
  const t = await getTranslations("search");
  return (
    <section aria-labelledby={id} data-testid={`search-group-${id}`}>
      <h2 id={id} className="text-xl font-semibold">
        {title}{" "}
        <span className="text-base font-normal text-muted">
          · {t("groupTotal", { total: group.total })}
        </span>
      </h2>
      {group.hits.length > 0 ? (
        <ul className="mt-2 divide-y divide-line rounded border border-line bg-white">
          {group.hits.map((hit, index) => (
            <li key={index} className="px-4 py-3">
              {render(hit)}
            </li>
          ))}
        </ul>
      ) : null}
      {footer}
    </section>
  );
}

/** Everything the query matches, grouped by kind of record. */
export async function SearchResults({ query, locale }: { query: string; locale: Locale }) {
  const t = await getTranslations("search");
  if (searchTerms(query).length === 0) return <p>{t("tooShort")}</p>;
  const [results, categories, kinds] = await Promise.all([
    searchPublicRecords(query, locale),
    getTranslations("eventCategory"),
    getTranslations("actorKind"),
  ]);
  const total =
    results.events.total +
    results.actors.total +
    results.institutions.total +
    results.sources.total;
  if (total === 0) return <p data-testid="search-nothing">{t("nothing", { query })}</p>;
  const langOf = (hitLocale: Locale) => (hitLocale === locale ? undefined : hitLocale);
  return (
    <div className="space-y-8">
      <ResultGroup
        id="actors"
        title={t("actors")}
        group={results.actors}
        render={(hit) => (
          <>
            <Link href={`/actors/${hit.slug}`} className="font-medium text-accent-strong underline">
              {hit.name}
            </Link>
            <span className="text-sm text-muted"> · {kinds(hit.kind)}</span>
            {hit.matchedAliases.length > 0 ? (
              <p className="text-sm text-muted">
                {t("alsoKnownAs", { aliases: hit.matchedAliases.join(", ") })}
              </p>
            ) : null}
          </>
        )}
      />
      <ResultGroup
        id="institutions"
        title={t("institutions")}
        group={results.institutions}
        render={(hit) => (
          <Link
            href={`/institutions/${hit.slug}`}
            className="font-medium text-accent-strong underline"
          >
            {hit.acronym ? `${hit.acronym} — ` : null}
            <span lang={langOf(hit.nameLocale)}>{hit.name}</span>
          </Link>
        )}
      />
      <ResultGroup
        id="events"
        title={t("events")}
        group={results.events}
        render={(hit) => (
          <>
            <Link
              href={`/events/${hit.id}`}
              className="font-medium text-accent-strong underline"
              lang={langOf(hit.titleLocale)}
            >
              {hit.title}
            </Link>
            <p className="text-sm text-muted">
              {formatDay(hit.dateStart, locale)} · {hit.countryName} · {categories(hit.category)}
            </p>
          </>
        )}
        footer={
          results.events.total > results.events.hits.length ? (
            <p className="mt-2">
              <Link
                href={`/timeline?q=${encodeURIComponent(query)}`}
                className="text-accent-strong underline"
              >
                {t("allEvents", { total: results.events.total })}
              </Link>
            </p>
          ) : null
        }
      />
      <ResultGroup
        id="sources"
        title={t("sources")}
        group={results.sources}
        render={(hit) => (
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Link
              href={`/sources/${hit.slug}`}
              className="font-medium text-accent-strong underline"
            >
              {hit.name}
            </Link>
            {hit.publisher ? <span className="text-sm text-muted">{hit.publisher}</span> : null}
            <ReliabilityBadge grade={hit.reliability} />
          </p>
        )}
      />
    </div>
  );
}
