import { getTranslations } from "next-intl/server";
import { formatBucket, formatDay, formatNumber } from "@/lib/indicators/format";
import type { SeriesCell } from "@/lib/indicators/series";
import { CELL, ScrollTable } from "./scroll-table";

export interface TableSeries {
  key: string;
  label: string;
  lang?: string;
  cells: SeriesCell[];
}

type Translate = Awaited<ReturnType<typeof getTranslations<"charts">>>;

/** A cell's state in words ("No observation", "Carried forward from 31 Dec 2023"…). */
export function describeCell(cell: SeriesCell, t: Translate, locale: string): string | null {
  if (cell.state === "value") return null;
  if (cell.state === "carriedForward" && cell.carriedForwardFrom)
    return t("carriedForwardFrom", { date: formatDay(cell.carriedForwardFrom, locale) });
  return t(`states.${cell.state}`);
}

function CellContent({ cell, locale, t }: { cell: SeriesCell; locale: string; t: Translate }) {
  const state = describeCell(cell, t, locale);
  return (
    <>
      {cell.value !== null ? (
        <span className="font-medium tabular-nums">{formatNumber(cell.value, locale)}</span>
      ) : null}
      {cell.low !== null && cell.high !== null ? (
        <span className="block text-xs tabular-nums text-muted">
          {formatNumber(cell.low, locale)}–{formatNumber(cell.high, locale)}
        </span>
      ) : null}
      {state ? (
        <span className={cell.value === null ? "text-muted italic" : "block text-xs text-muted"}>
          {state}
        </span>
      ) : null}
    </>
  );
}

/**
 * The chart's figures as a table: the accessible alternative, and the place to read exact values
 * and every gap with its reason. Rows with nothing in any series are left out and counted.
 */
export async function SeriesTable({
  caption,
  series,
  locale,
  unit,
}: {
  caption: string;
  series: TableSeries[];
  locale: string;
  unit: string;
}) {
  const t = await getTranslations("charts");
  const [first] = series;
  const buckets = (first?.cells ?? []).map((cell, index) => ({ bucket: cell.bucket, index }));
  const rows = buckets.filter(({ index }) =>
    series.some((item) => item.cells[index]?.state !== "missing"),
  );
  const omitted = buckets.length - rows.length;
  return (
    <ScrollTable
      label={caption}
      caption={
        <>
          {caption} — {t("table.unit", { unit })}
          {omitted > 0 ? ` ${t("table.omitted", { count: omitted })}` : ""}
        </>
      }
      minWidth="20rem"
      columns={[
        { key: "period", label: t("table.period") },
        ...series.map((item) => ({ key: item.key, label: item.label, lang: item.lang })),
      ]}
    >
      {rows.map(({ bucket, index }) => (
        <tr key={bucket} className="border-b border-line/60 align-top">
          <th scope="row" className={`${CELL} text-left font-normal whitespace-nowrap`}>
            {formatBucket(bucket, locale)}
          </th>
          {series.map((item) => {
            const cell = item.cells[index];
            return (
              <td key={item.key} className={CELL}>
                {cell ? <CellContent cell={cell} locale={locale} t={t} /> : null}
              </td>
            );
          })}
        </tr>
      ))}
    </ScrollTable>
  );
}
