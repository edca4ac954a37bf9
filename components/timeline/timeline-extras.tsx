"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Granularity } from "@/lib/events/timeline-scale";
import { Link } from "@/lib/i18n/navigation";
import type { DrawnItem } from "./timeline-geometry";
import type { TimelineLane } from "./timeline-payload";
import { usePeriodLabel } from "./use-period-label";
import type { WindowData } from "./use-timeline-window";

/** The item under the pointer or the keyboard focus, in words (and reachable on a phone). */
export function TimelineDetails({
  item,
  lanes,
  granularity,
  onZoom,
}: {
  item: DrawnItem | null;
  lanes: TimelineLane[];
  granularity: Granularity;
  onZoom: (start: number, end: number) => void;
}) {
  const t = useTranslations("timeline");
  const list = useTranslations("eventList");
  const locale = useLocale();
  const period = usePeriodLabel(granularity);
  return (
    <section
      aria-label={t("detailsTitle")}
      className="min-h-20 rounded border border-line bg-sand/60 px-4 py-3 text-sm"
      data-testid="timeline-details"
    >
      {item === null ? (
        <p className="text-muted">{t("detailsHint")}</p>
      ) : item.kind === "event" ? (
        <div className="space-y-1">
          <p
            className="font-semibold"
            lang={item.event.titleLocale === locale ? undefined : item.event.titleLocale}
          >
            {item.event.title}
          </p>
          <p className="text-muted">
            {item.event.categoryLabel} · {item.event.dateLabel}
            {item.event.fatalities === null
              ? null
              : ` · ${list("fatalities", { count: item.event.fatalities })}`}
          </p>
          <Link
            href={`/events/${item.event.id}`}
            className="font-medium text-accent-strong underline"
          >
            {t("openEvent")}
          </Link>
        </div>
      ) : (
        <div className="space-y-1">
          <p className="font-semibold">
            {lanes[item.lane]?.label} · {period(item.start)}
          </p>
          <p className="text-muted">
            {t("bucketDetails", { count: item.count, fatalities: item.fatalities })}{" "}
            {t("bucketFuzzy", { count: item.fuzzy })}
          </p>
          <button
            type="button"
            onClick={() => onZoom(item.start, item.end)}
            className="font-medium text-accent-strong underline"
          >
            {t("zoomHere")}
          </button>
        </div>
      )}
    </section>
  );
}

export function TimelineLegend() {
  const t = useTranslations("timeline");
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-xs text-muted">
      <span className="font-semibold text-ink">{t("legendTitle")}</span>
      <span className="flex items-center gap-2">
        <svg width="28" height="10" aria-hidden="true">
          <rect width="28" height="10" rx="2" fill="#1d4ed8" />
        </svg>
        {t("legendPrecise")}
      </span>
      <span className="flex items-center gap-2">
        <svg width="28" height="10" aria-hidden="true">
          <defs>
            <pattern
              id="legend-hatch"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line x1="0" y1="0" x2="0" y2="6" stroke="#1d4ed8" strokeWidth="3" />
            </pattern>
          </defs>
          <rect
            width="28"
            height="10"
            rx="2"
            fill="url(#legend-hatch)"
            stroke="#1d4ed8"
            strokeDasharray="3 2"
          />
        </svg>
        {t("legendFuzzy")}
      </span>
      <span className="flex items-center gap-2">
        <svg width="14" height="14" aria-hidden="true">
          <rect y="4" width="14" height="10" fill="#9a3412" />
        </svg>
        {t("legendBucket")}
      </span>
    </div>
  );
}

/** The bucket counts as a table: the chart's text alternative for the aggregated view. */
export function TimelineTable({ data, lanes }: { data: WindowData; lanes: TimelineLane[] }) {
  const t = useTranslations("timeline");
  const period = usePeriodLabel(data.granularity);
  const starts = [...new Set(data.buckets.map(([, start]) => start))].sort();
  const counts = new Map(data.buckets.map(([lane, start, count]) => [`${lane}:${start}`, count]));
  return (
    <details className="rounded border border-line bg-white px-4 py-2 text-sm">
      <summary className="cursor-pointer font-medium">{t("tableTitle")}</summary>
      {/* Scrolls on its own: focusable and named so keyboard users can scroll it too. */}
      <div
        className="mt-2 max-h-96 overflow-auto"
        tabIndex={0}
        role="region"
        aria-label={t("tableTitle")}
      >
        <table className="w-full border-collapse text-left tabular-nums">
          <caption className="mb-2 text-left text-muted">
            {t("tableCaption", { unit: t(`unit.${data.granularity}`) })}
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-4">
                {t("tablePeriod")}
              </th>
              {lanes.map((lane) => (
                <th key={lane.key} scope="col" className="py-1 pr-4">
                  {lane.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {starts.map((start) => (
              <tr key={start} className="border-b border-line/60">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {period(Date.parse(`${start}T00:00:00Z`))}
                </th>
                {lanes.map((lane, index) => (
                  <td key={lane.key} className="py-1 pr-4">
                    {counts.get(`${index}:${start}`) ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
