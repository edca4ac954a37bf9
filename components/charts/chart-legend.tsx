import { getTranslations } from "next-intl/server";
import type { SeriesStyle } from "./time-series-chart";

const INK = "#1d2330";

/** One entry of the marker key: a line segment (solid or dashed) with its marker. */
function KeyItem({
  label,
  dashed = true,
  children,
}: {
  label: string;
  dashed?: boolean;
  children: React.ReactNode;
}) {
  return (
    <li className="flex items-center gap-1.5">
      <svg width="22" height="12" aria-hidden="true">
        <line
          x1="0"
          y1="6"
          x2="22"
          y2="6"
          stroke={INK}
          strokeWidth="2"
          strokeDasharray={dashed ? "4 3" : undefined}
        />
        {children}
      </svg>
      {label}
    </li>
  );
}

/** Series swatches and the marker key, in HTML so that it reads and wraps well on a phone. */
export async function ChartLegend({
  series,
  showBands,
  showGaps,
  type,
}: {
  series: (SeriesStyle & { lang?: string })[];
  showBands: boolean;
  showGaps: boolean;
  type: "line" | "bar";
}) {
  const t = await getTranslations("charts.legend");
  return (
    <div className="flex flex-col gap-2 text-sm">
      <ul className="flex flex-wrap gap-x-5 gap-y-1" aria-label={t("series")}>
        {series.map((item) => (
          <li key={item.key} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-1 w-5 rounded"
              style={{ background: item.colour }}
            />
            <span lang={item.lang}>{item.label}</span>
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label={t("key")}>
        <KeyItem label={t("final")} dashed={false}>
          <circle cx="11" cy="6" r="3" fill={INK} />
        </KeyItem>
        <KeyItem label={t("provisional")}>
          <circle cx="11" cy="6" r="3.5" fill="#fff" stroke={INK} strokeWidth="1.5" />
        </KeyItem>
        <KeyItem label={t("carriedForward")}>
          <path d="M11 1L16 6L11 11L6 6Z" fill="#fff" stroke={INK} strokeWidth="1.5" />
        </KeyItem>
        {showBands ? (
          <li className="flex items-center gap-1.5">
            <svg width="22" height="12" aria-hidden="true">
              {type === "line" ? (
                <rect x="0" y="1" width="22" height="10" fill="#1d2330" fillOpacity="0.16" />
              ) : (
                <path d="M8 1H14M11 1V11M8 11H14" stroke="#1d2330" strokeWidth="1.25" fill="none" />
              )}
            </svg>
            {t("range")}
          </li>
        ) : null}
        {showGaps ? (
          <li className="flex items-center gap-1.5">
            <svg width="16" height="12" aria-hidden="true">
              <rect width="16" height="12" fill="#f3f4f6" stroke="#c7ccd6" />
              <path d="M0 8L8 0M4 12L16 0M12 12L16 8" stroke="#c7ccd6" strokeWidth="1.5" />
            </svg>
            {t("gap")}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
