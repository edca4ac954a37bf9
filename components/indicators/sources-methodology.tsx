import { getTranslations } from "next-intl/server";
import type { IndicatorChartData } from "@/lib/data/indicator-chart";
import type { IndicatorDetail } from "@/lib/data/indicators";
import { Link } from "@/lib/i18n/navigation";
import type { Localized } from "@/lib/i18n/localized";
import { FreshnessDetails } from "./freshness-badge";

function LocalizedText({ value, locale }: { value: Localized; locale: string }) {
  return <span lang={value.locale === locale ? undefined : value.locale}>{value.text}</span>;
}

function ExternalLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} className="text-accent-strong underline break-words" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** Under every chart: where the figures come from, how they were made, and how to cite them. */
export async function SourcesAndMethodology({
  indicator,
  chart,
  eventSeriesLabel,
  locale,
}: {
  indicator: IndicatorDetail;
  chart: IndicatorChartData;
  eventSeriesLabel: string;
  locale: string;
}) {
  const t = await getTranslations("indicators.sources");
  const freshness = await getTranslations("freshness");
  const compared =
    chart.view === "sources" ? chart.series.filter((series) => series.key !== indicator.slug) : [];
  const term = "font-semibold text-ink";
  return (
    <section
      aria-labelledby="sources-heading"
      className="rounded border border-line bg-white p-4 sm:p-6"
    >
      <h2 id="sources-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className={term}>{t("source")}</dt>
        <dd>
          {indicator.source?.homepageUrl ? (
            <ExternalLink href={indicator.source.homepageUrl}>{indicator.source.name}</ExternalLink>
          ) : (
            (indicator.source?.name ?? indicator.producer)
          )}
          <span className="block text-muted">
            <FreshnessDetails freshness={indicator.freshness} locale={locale} />
          </span>
        </dd>
        <dt className={term}>{t("producer")}</dt>
        <dd>{indicator.producer}</dd>
        <dt className={term}>{t("licence")}</dt>
        <dd>{indicator.licence}</dd>
        {indicator.citationText ? (
          <>
            <dt className={term}>{t("cite")}</dt>
            <dd>
              <q className="italic">{indicator.citationText}</q>
            </dd>
          </>
        ) : null}
        {indicator.methodology ? (
          <>
            <dt className={term}>{t("methodology")}</dt>
            <dd>
              <LocalizedText value={indicator.methodology} locale={locale} />
            </dd>
          </>
        ) : null}
        <dt className={term}>{t("seriesStatus")}</dt>
        <dd>
          {freshness(`seriesStatus.${indicator.seriesStatus}`)}
          {indicator.seriesStatusNote ? (
            <span className="block text-muted" lang="en">
              {indicator.seriesStatusNote}
            </span>
          ) : null}
        </dd>
      </dl>
      <p className="mt-4 text-sm text-muted">{t("aggregation")}</p>
      {compared.length > 0 ? (
        <div className="mt-5">
          <h3 className="font-semibold">{t("definitions")}</h3>
          <ul className="mt-2 space-y-3 text-sm">
            {compared.map((series) => (
              <li key={series.key}>
                {series.definition ? (
                  <>
                    <Link
                      href={`/indicators/${series.key}`}
                      className="font-medium text-accent-strong underline"
                    >
                      <LocalizedText value={series.definition.name} locale={locale} />
                    </Link>{" "}
                    <span className="text-muted">— {series.definition.producer}</span>
                    {series.definition.description ? (
                      <span className="block">
                        <LocalizedText value={series.definition.description} locale={locale} />
                      </span>
                    ) : null}
                    {series.definition.methodology ? (
                      <span className="block text-muted">
                        <LocalizedText value={series.definition.methodology} locale={locale} />
                      </span>
                    ) : null}
                  </>
                ) : (
                  <>
                    <span className="font-medium">{eventSeriesLabel}</span>
                    <span className="block text-muted">{t("eventDefinition")}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {chart.citations.length > 0 ? (
        <div className="mt-5">
          <h3 className="font-semibold">{t("references")}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {chart.citations.map((citation) => (
              <li key={`${citation.sourceName}|${citation.title}|${citation.url ?? ""}`}>
                {citation.url ? (
                  <ExternalLink href={citation.url}>{citation.title}</ExternalLink>
                ) : (
                  citation.title
                )}
                {citation.sourceName && citation.sourceName !== citation.title ? (
                  <span className="text-muted"> — {citation.sourceName}</span>
                ) : null}
                <span className="text-muted">
                  {" "}
                  ({t("referenceCount", { count: citation.count })})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
