import { getTranslations } from "next-intl/server";
import type { FreshnessSummary } from "@/lib/data/indicators";
import { formatDay } from "@/lib/indicators/format";

const TONE: Readonly<Record<FreshnessSummary["status"], string>> = {
  upToDate: "border-emerald-700 bg-emerald-50 text-emerald-900",
  due: "border-amber-700 bg-amber-50 text-amber-900",
  overdue: "border-red-700 bg-red-50 text-red-900",
  discontinued: "border-ink bg-gray-100 text-ink",
  irregular: "border-line bg-white text-muted",
};

export async function FreshnessBadge({ freshness }: { freshness: FreshnessSummary }) {
  const t = await getTranslations("freshness");
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONE[freshness.status]}`}
    >
      <span className="sr-only">{t("label")}: </span>
      {t(`status.${freshness.status}`)}
    </span>
  );
}

/** "Covers 2009 – 2024 · last updated … · expected yearly · next expected by …" */
export async function FreshnessDetails({
  freshness,
  locale,
}: {
  freshness: FreshnessSummary;
  locale: string;
}) {
  const t = await getTranslations("freshness");
  const parts = [
    freshness.coverageStart && freshness.coverageEnd
      ? t("covered", {
          start: formatDay(freshness.coverageStart, locale),
          end: formatDay(freshness.coverageEnd, locale),
        })
      : t("coveredNone"),
    freshness.lastUpdated
      ? t("lastUpdated", { date: formatDay(freshness.lastUpdated, locale) })
      : null,
    t("expected", { frequency: t(`frequency.${freshness.frequency}`) }),
    freshness.nextExpected && freshness.status !== "upToDate"
      ? t("nextExpected", { date: formatDay(freshness.nextExpected, locale) })
      : null,
  ];
  return <span>{parts.filter((part) => part !== null).join(" · ")}</span>;
}
