"use client";

import type { ChartRow } from "@/lib/indicators/chart-rows";
import { formatBucket, formatDay, formatNumber } from "@/lib/indicators/format";
import type { CellState } from "@/lib/indicators/series";
import type { AnnotationMarker, SeriesStyle } from "./time-series-chart";

export interface TooltipLabels {
  /** "low–high" */
  range: string;
  /** Short description of each state ("provisional", "no observation"…). */
  states: Record<CellState, string>;
  /** Contains "{date}". */
  carriedForwardFrom: string;
}

interface ChartTooltipProps {
  series: SeriesStyle[];
  locale: string;
  labels: TooltipLabels;
  annotations: AnnotationMarker[];
  active?: boolean;
  payload?: readonly { payload?: ChartRow }[];
}

export function ChartTooltip({
  series,
  locale,
  labels,
  annotations,
  active,
  payload,
}: ChartTooltipProps) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const marked = annotations.filter((annotation) => annotation.bucket === row.bucket);
  return (
    <div className="max-w-xs rounded border border-line bg-white px-3 py-2 text-sm shadow-md">
      <p className="font-semibold">{formatBucket(row.bucket, locale)}</p>
      <ul className="mt-1 space-y-1">
        {series.map((item) => {
          const point = row.points[item.key];
          if (!point) return null;
          const drawnOrPartial = point.value !== null;
          return (
            <li key={item.key} className="flex gap-2">
              <span
                aria-hidden="true"
                className="mt-1.5 inline-block h-2.5 w-2.5 shrink-0 rounded-full"
                style={{ background: item.colour }}
              />
              <span>
                <span className="text-muted">{item.label}: </span>
                {drawnOrPartial ? (
                  <strong className="tabular-nums">{formatNumber(point.value ?? 0, locale)}</strong>
                ) : null}
                {point.low !== null && point.high !== null && drawnOrPartial ? (
                  <span className="tabular-nums text-muted">
                    {" "}
                    ({labels.range} {formatNumber(point.low, locale)}–
                    {formatNumber(point.high, locale)})
                  </span>
                ) : null}
                {point.state !== "value" ? (
                  <span className="block text-xs text-muted">
                    {point.state === "carriedForward" && point.carriedForwardFrom
                      ? labels.carriedForwardFrom.replace(
                          "{date}",
                          formatDay(point.carriedForwardFrom, locale),
                        )
                      : labels.states[point.state]}
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {marked.length > 0 ? (
        <ul className="mt-2 border-t border-line pt-1 text-xs">
          {marked.map((annotation) => (
            <li key={annotation.number}>
              <strong>{annotation.number}.</strong> {annotation.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
