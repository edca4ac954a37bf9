import { getTranslations } from "next-intl/server";
import { CELL, ScrollTable } from "@/components/charts/scroll-table";
import { FreshnessBadge } from "@/components/indicators/freshness-badge";
import { listSeriesFreshness } from "@/lib/data/home";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatDay } from "@/lib/indicators/format";

/** Every series the dashboard draws on: period covered, last update, schedule, status. */
export async function SeriesFreshnessTable({
  placeId,
  locale,
}: {
  placeId: string;
  locale: Locale;
}) {
  const rows = await listSeriesFreshness(locale, placeId);
  const t = await getTranslations("home.freshness");
  const freshness = await getTranslations("freshness");
  const day = (iso: string | null) => (iso ? formatDay(iso, locale) : "—");
  return (
    <ScrollTable
      label={t("caption")}
      minWidth="40rem"
      className="mt-3 rounded border border-line bg-white px-4"
      columns={[
        { key: "series", label: t("series") },
        { key: "status", label: t("status") },
        { key: "covers", label: t("covers") },
        { key: "updated", label: t("updated") },
        { key: "expected", label: t("expected") },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.key} className="border-b border-line/60 align-top last:border-0">
          <th scope="row" className={`${CELL} text-left font-normal`}>
            {row.slug && row.name ? (
              <Link
                href={`/indicators/${row.slug}`}
                className="text-accent-strong underline-offset-2 hover:underline"
                lang={row.name.locale === locale ? undefined : row.name.locale}
              >
                {row.name.text}
              </Link>
            ) : (
              t(`datasets.${row.key}`)
            )}
          </th>
          <td className={CELL}>
            <FreshnessBadge freshness={row.freshness} />
          </td>
          <td className={`${CELL} tabular-nums whitespace-nowrap`}>
            {day(row.freshness.coverageStart)} – {day(row.freshness.coverageEnd)}
          </td>
          <td className={`${CELL} tabular-nums whitespace-nowrap`}>
            {day(row.freshness.lastUpdated)}
          </td>
          <td className={CELL}>{freshness(`frequency.${row.freshness.frequency}`)}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
