import { getTranslations } from "next-intl/server";
import { listIndicators, type IndicatorSummary } from "@/lib/data/indicators";
import { placeNameMap } from "@/lib/data/place-names";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { FreshnessBadge, FreshnessDetails } from "./freshness-badge";

/** Published indicators grouped by what they measure. */
export async function IndicatorIndex({ locale }: { locale: Locale }) {
  const [indicators, places] = await Promise.all([listIndicators(locale), placeNameMap(locale)]);
  const t = await getTranslations("indicators");
  if (indicators.length === 0) return <p>{t("empty")}</p>;
  const groups = new Map<IndicatorSummary["kind"], IndicatorSummary[]>();
  for (const indicator of indicators)
    groups.set(indicator.kind, [...(groups.get(indicator.kind) ?? []), indicator]);

  return (
    <div className="space-y-10">
      {[...groups.entries()].map(([kind, members]) => (
        <section key={kind} aria-labelledby={`kind-${kind}`}>
          <h2 id={`kind-${kind}`} className="border-b border-line pb-2 text-xl font-semibold">
            {t(`kinds.${kind}`)}
          </h2>
          <ul className="mt-3 grid gap-3 md:grid-cols-2">
            {members.map((indicator) => (
              <li
                key={indicator.slug}
                className="flex flex-col gap-2 rounded border border-line bg-white p-4"
              >
                <div className="flex items-start justify-between gap-3">
                  <Link
                    href={`/indicators/${indicator.slug}`}
                    className="font-semibold text-accent-strong underline-offset-2 hover:underline"
                    lang={indicator.name.locale === locale ? undefined : indicator.name.locale}
                  >
                    {indicator.name.text}
                  </Link>
                  <FreshnessBadge freshness={indicator.freshness} />
                </div>
                <p className="text-sm">
                  <span className="text-muted">{t("producer")}: </span>
                  {indicator.producer}
                </p>
                <p className="text-sm text-muted">
                  <FreshnessDetails freshness={indicator.freshness} locale={locale} />
                </p>
                <p className="text-xs text-muted">
                  {t("places")}:{" "}
                  {indicator.placeIds.map((id) => places.get(id)?.name ?? id).join(", ")} ·{" "}
                  {t("observations", { count: indicator.observationCount })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
