import { getTranslations } from "next-intl/server";
import { ReliabilityBadge } from "@/components/sources/reliability-badge";
import type { EventCitation } from "@/lib/data/event-detail";
import { formatDay } from "@/lib/events/precision";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** The citations backing an event: which source, what it says (quoted), where to read it. */
export async function EventCitations({
  citations,
  locale,
}: {
  citations: EventCitation[];
  locale: Locale;
}) {
  const t = await getTranslations("event");
  if (citations.length === 0) return <p>{t("noCitations")}</p>;
  const day = (date: Date) => formatDay(date, locale);
  return (
    <>
      <p className="text-sm text-muted">{t("citationsIntro", { count: citations.length })}</p>
      <ol className="mt-3 space-y-4" data-testid="event-citations">
        {citations.map((citation) => (
          <li
            key={citation.id}
            id={`citation-${citation.id}`}
            className="rounded border border-line bg-white p-4"
          >
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <Link
                href={`/sources/${citation.source.slug}`}
                className="font-semibold text-accent-strong underline"
              >
                {citation.source.name}
              </Link>
              <ReliabilityBadge grade={citation.source.reliability} />
            </p>
            {citation.title !== citation.source.name ? (
              <p className="mt-1">{citation.title}</p>
            ) : null}
            <p className="mt-1 text-sm text-muted">
              {[
                citation.source.publisher,
                citation.publishedOn ? t("publishedOn", { date: day(citation.publishedOn) }) : null,
                citation.accessedOn ? t("accessedOn", { date: day(citation.accessedOn) }) : null,
                citation.locator ? t("locator", { locator: citation.locator }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {citation.quote ? (
              <figure className="mt-3">
                <blockquote
                  className="border-l-4 border-accent pl-3 italic"
                  lang={citation.quoteLanguage ?? undefined}
                >
                  “{citation.quote}”
                </blockquote>
              </figure>
            ) : null}
            <CitationLinks
              links={[
                { href: citation.url, label: t("openSource") },
                { href: citation.archiveUrl, label: t("openArchive") },
              ]}
            />
          </li>
        ))}
      </ol>
    </>
  );
}

function CitationLinks({ links }: { links: { href: string | null; label: string }[] }) {
  const present = links.filter((link): link is { href: string; label: string } => !!link.href);
  if (present.length === 0) return null;
  return (
    <p className="mt-2 flex flex-wrap gap-4 text-sm">
      {present.map((link) => (
        <a
          key={link.label}
          href={link.href}
          rel="noopener noreferrer"
          className="text-accent-strong underline"
        >
          {link.label}
        </a>
      ))}
    </p>
  );
}
