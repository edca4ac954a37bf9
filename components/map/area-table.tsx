import { getTranslations } from "next-intl/server";
import { CELL, ScrollTable } from "@/components/charts/scroll-table";
import { Link } from "@/lib/i18n/navigation";
import { formatNumber } from "@/lib/indicators/format";

export interface AreaRow {
  areaId: string;
  name: string;
  country: string;
  events: number;
  fatalities: number;
  imprecise: number;
  /** Whether the map has a shape for the area. */
  drawn: boolean;
  href: string;
}

/** The map's figures as a table, largest first: the text alternative to the drawing. */
export async function AreaTable({ rows, locale }: { rows: AreaRow[]; locale: string }) {
  const t = await getTranslations("map.table");
  const sorted = [...rows].sort((a, b) => b.fatalities - a.fatalities || b.events - a.events);
  return (
    <details className="rounded border border-line bg-white">
      <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-accent-strong">
        {t("show")}
      </summary>
      <ScrollTable
        label={t("caption")}
        minWidth="28rem"
        className="px-4 pb-4"
        columns={[
          { key: "area", label: t("area") },
          { key: "country", label: t("country") },
          { key: "fatalities", label: t("fatalities"), numeric: true },
          { key: "events", label: t("events"), numeric: true },
          { key: "imprecise", label: t("imprecise"), numeric: true },
        ]}
      >
        {sorted.map((row) => (
          <tr key={row.areaId} className="border-b border-line/60 last:border-0">
            <th scope="row" className={`${CELL} text-left font-normal`}>
              <Link
                href={row.href}
                className="text-accent-strong underline-offset-2 hover:underline"
              >
                {row.name}
              </Link>
              {row.drawn ? null : <span className="text-xs text-muted"> ({t("notDrawn")})</span>}
            </th>
            <td className={CELL}>{row.country}</td>
            <td className={`${CELL} text-right tabular-nums`}>
              {formatNumber(row.fatalities, locale)}
            </td>
            <td className={`${CELL} text-right tabular-nums`}>
              {formatNumber(row.events, locale)}
            </td>
            <td className={`${CELL} text-right tabular-nums`}>
              {formatNumber(row.imprecise, locale)}
            </td>
          </tr>
        ))}
      </ScrollTable>
    </details>
  );
}
