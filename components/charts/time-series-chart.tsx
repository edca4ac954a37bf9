"use client";

/**
 * The one wrapper around recharts. Domain charts (indicator charts, the dashboard's fatality trend)
 * are server components that prepare small rows and render this leaf; recharts is therefore only
 * shipped to pages that draw a chart.
 *
 * What it draws, for every series: a low–high band (lines) or whiskers (bars); final values solid;
 * provisional and carried-forward values dashed with hollow markers; gaps as breaks, never zeros,
 * shaded when no series has a value; annotations as numbered vertical lines.
 */
import type { ReactElement } from "react";
import {
  Area,
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  ErrorBar,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ChartPoint, ChartRow } from "@/lib/indicators/chart-rows";
import { formatBucket, formatCompact } from "@/lib/indicators/format";
import { ChartTooltip, type TooltipLabels } from "./chart-tooltip";

export interface SeriesStyle {
  key: string;
  label: string;
  colour: string;
  /** Whether any figure of the series has a low–high range. */
  hasRange?: boolean;
}

export interface AnnotationMarker {
  number: number;
  bucket: string;
  label: string;
}

export interface TimeSeriesChartProps {
  rows: ChartRow[];
  series: SeriesStyle[];
  annotations: AnnotationMarker[];
  type: "line" | "bar";
  locale: string;
  /** Short text summary for assistive technology (the table below is the full alternative). */
  summary: string;
  labels: TooltipLabels;
  height?: number;
}

const GAP_FILL = "url(#chart-gap-hatch)";
const MAX_ROWS_WITH_DOTS = 48;

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: ChartRow;
}

function pointOf(row: ChartRow | undefined, key: string): ChartPoint | undefined {
  return row?.points[key];
}

function isDrawn(point: ChartPoint | undefined): boolean {
  return point !== undefined && (point.solid !== null || point.dashed !== null);
}

/** Markers: filled = final, hollow circle = provisional, hollow diamond = carried forward. */
function dotRenderer(
  rows: ChartRow[],
  key: string,
  colour: string,
  line: "solid" | "dashed",
): (props: DotProps) => ReactElement {
  const everyPoint = rows.length <= MAX_ROWS_WITH_DOTS;
  return function renderDot({ cx, cy, index = 0, payload }: DotProps) {
    const point = pointOf(payload, key);
    const id = `${key}-${line}-${index}`;
    if (cx === undefined || cy === undefined || !point || point[line] === null)
      return <g key={id} />;
    const ownsDot = line === "solid" ? point.state === "value" : point.state !== "value";
    const isolated =
      !isDrawn(pointOf(rows[index - 1], key)) && !isDrawn(pointOf(rows[index + 1], key));
    if (!ownsDot || (!everyPoint && point.state === "value" && !isolated)) return <g key={id} />;
    if (point.state === "carriedForward") {
      const size = 5;
      return (
        <path
          key={id}
          d={`M${cx} ${cy - size}L${cx + size} ${cy}L${cx} ${cy + size}L${cx - size} ${cy}Z`}
          fill="#fff"
          stroke={colour}
          strokeWidth={2}
        />
      );
    }
    const hollow = point.state === "provisional";
    return (
      <circle
        key={id}
        cx={cx}
        cy={cy}
        r={hollow ? 4 : 3}
        fill={hollow ? "#fff" : colour}
        stroke={colour}
        strokeWidth={hollow ? 2 : 1}
      />
    );
  };
}

/** Consecutive gap buckets merged into shaded ranges. */
function gapRanges(rows: ChartRow[]): [string, string][] {
  const ranges: [string, string][] = [];
  let start: string | null = null;
  rows.forEach((row, index) => {
    if (row.gap && start === null) start = row.bucket;
    const next = rows[index + 1];
    if (start !== null && (!next || !next.gap)) {
      ranges.push([start, row.bucket]);
      start = null;
    }
  });
  return ranges;
}

function barFill(point: ChartPoint | undefined, key: string, colour: string): string {
  if (point?.state === "provisional") return `url(#chart-provisional-${key})`;
  if (point?.state === "carriedForward") return "#fff";
  return colour;
}

export function TimeSeriesChart({
  rows,
  series,
  annotations,
  type,
  locale,
  summary,
  labels,
  height = 320,
}: TimeSeriesChartProps) {
  const showBands = series.length <= 3;
  return (
    <div className="w-full" style={{ height }}>
      {/* Patterns live in their own SVG: recharts only renders its own children. */}
      <svg width="0" height="0" className="absolute" aria-hidden="true" focusable="false">
        <defs>
          <pattern
            id="chart-gap-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#f3f4f6" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#c7ccd6" strokeWidth="2" />
          </pattern>
          {series.map((item) => (
            <pattern
              key={item.key}
              id={`chart-provisional-${item.key}`}
              width="5"
              height="5"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="5" height="5" fill="#fff" />
              <line x1="0" y1="0" x2="0" y2="5" stroke={item.colour} strokeWidth="3" />
            </pattern>
          ))}
        </defs>
      </svg>
      <ComposedChart
        data={rows}
        responsive
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 22, right: 12, bottom: 4, left: 4 }}
        title={summary}
        accessibilityLayer
      >
        <CartesianGrid vertical={false} stroke="#e3e6ec" />
        <XAxis
          dataKey="bucket"
          tickFormatter={(bucket: string) => formatBucket(bucket, locale, "short")}
          tick={{ fill: "#4a5468", fontSize: 12 }}
          tickLine={false}
          axisLine={{ stroke: "#9aa3b2" }}
          minTickGap={18}
        />
        <YAxis
          tickFormatter={(value: number) => formatCompact(value, locale)}
          tick={{ fill: "#4a5468", fontSize: 12 }}
          tickLine={false}
          axisLine={false}
          width={48}
        />
        {gapRanges(rows).map(([from, to]) => (
          <ReferenceArea
            key={`gap-${from}`}
            x1={from}
            x2={to}
            fill={GAP_FILL}
            fillOpacity={1}
            ifOverflow="extendDomain"
          />
        ))}
        {type === "line" && showBands
          ? series
              .filter((item) => item.hasRange)
              .map((item) => (
                <Area
                  key={`band-${item.key}`}
                  dataKey={(row: ChartRow) => pointOf(row, item.key)?.band ?? null}
                  name={`${item.label} (${labels.range})`}
                  stroke="none"
                  fill={item.colour}
                  fillOpacity={0.16}
                  connectNulls={false}
                  isAnimationActive={false}
                  activeDot={false}
                  tooltipType="none"
                />
              ))
          : null}
        {type === "line"
          ? series.flatMap((item) => [
              <Line
                key={`solid-${item.key}`}
                dataKey={(row: ChartRow) => pointOf(row, item.key)?.solid ?? null}
                name={item.label}
                stroke={item.colour}
                strokeWidth={2.25}
                dot={dotRenderer(rows, item.key, item.colour, "solid")}
                activeDot={{ r: 5 }}
                connectNulls={false}
                isAnimationActive={false}
              />,
              <Line
                key={`dashed-${item.key}`}
                dataKey={(row: ChartRow) => pointOf(row, item.key)?.dashed ?? null}
                name={item.label}
                stroke={item.colour}
                strokeWidth={2}
                strokeDasharray="5 4"
                dot={dotRenderer(rows, item.key, item.colour, "dashed")}
                activeDot={false}
                connectNulls={false}
                isAnimationActive={false}
                tooltipType="none"
              />,
            ])
          : series.map((item) => (
              <Bar
                key={`bar-${item.key}`}
                dataKey={(row: ChartRow) => {
                  const point = pointOf(row, item.key);
                  return point?.solid ?? point?.dashed ?? null;
                }}
                name={item.label}
                stroke={item.colour}
                isAnimationActive={false}
              >
                {rows.map((row) => (
                  <Cell
                    key={row.bucket}
                    fill={barFill(pointOf(row, item.key), item.key, item.colour)}
                    strokeDasharray={
                      pointOf(row, item.key)?.state === "carriedForward" ? "4 3" : undefined
                    }
                  />
                ))}
                {showBands && item.hasRange ? (
                  <ErrorBar
                    dataKey={(row: ChartRow) => {
                      const point = pointOf(row, item.key);
                      const value = point?.solid ?? point?.dashed ?? null;
                      return point?.band && value !== null
                        ? [value - point.band[0], point.band[1] - value]
                        : [0, 0];
                    }}
                    width={6}
                    stroke="#1d2330"
                    strokeWidth={1.25}
                  />
                ) : null}
              </Bar>
            ))}
        {annotations.map((annotation) => (
          <ReferenceLine
            key={`annotation-${annotation.number}`}
            x={annotation.bucket}
            stroke="#1d2330"
            strokeDasharray="2 3"
            ifOverflow="extendDomain"
            label={{
              value: String(annotation.number),
              position: "top",
              fill: "#1d2330",
              fontSize: 12,
              fontWeight: 700,
            }}
          />
        ))}
        <Tooltip
          content={
            <ChartTooltip
              series={series}
              locale={locale}
              labels={labels}
              annotations={annotations}
            />
          }
          cursor={{ stroke: "#9aa3b2" }}
        />
      </ComposedChart>
    </div>
  );
}
