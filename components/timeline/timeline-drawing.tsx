"use client";

import { useLocale, useTranslations } from "next-intl";
import type { KeyboardEvent, MouseEvent } from "react";
import { CATEGORY_COLOURS } from "@/lib/events/categories";
import { intlLocale } from "@/lib/events/precision";
import { axisTicks, chooseTickStep } from "@/lib/events/timeline-layout";
import type { Granularity, Span } from "@/lib/events/timeline-scale";
import {
  AXIS_HEIGHT,
  BUCKET_HEIGHT,
  MARK_HEIGHT,
  ROW_HEIGHT,
  xScale,
  type DrawnBucket,
  type DrawnEvent,
  type DrawnItem,
  type Geometry,
} from "./timeline-geometry";
import { usePeriodLabel } from "./use-period-label";

const BUCKET_COLOUR = "#9a3412";

interface DrawingProps {
  geometry: Geometry;
  granularity: Granularity;
  span: Span;
  width: number;
  activeId: string | null;
  onItemFocus: (item: DrawnItem) => void;
  onItemHover: (item: DrawnItem | null) => void;
  onItemActivate: (item: DrawnItem, event: MouseEvent | KeyboardEvent) => void;
}

function Patterns({ colours }: { colours: string[] }) {
  return (
    <defs>
      {colours.map((colour) => (
        <pattern
          key={colour}
          id={`hatch-${colour.slice(1)}`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={colour} fillOpacity="0.18" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="3" />
        </pattern>
      ))}
      {/* Fuzzy spans fade at both ends: the date is somewhere inside, not at the edges. */}
      <linearGradient id="fuzzy-fade">
        <stop offset="0" stopColor="white" stopOpacity="0.35" />
        <stop offset="0.2" stopColor="white" stopOpacity="1" />
        <stop offset="0.8" stopColor="white" stopOpacity="1" />
        <stop offset="1" stopColor="white" stopOpacity="0.35" />
      </linearGradient>
      <mask id="fuzzy-mask" maskContentUnits="objectBoundingBox">
        <rect width="1" height="1" fill="url(#fuzzy-fade)" />
      </mask>
    </defs>
  );
}

function Axis({ span, width, height }: { span: Span; width: number; height: number }) {
  const locale = useLocale();
  const step = chooseTickStep(span, width);
  const x = xScale(span, width);
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: "UTC",
    ...(step.unit === "year"
      ? { year: "numeric" }
      : step.unit === "month" || step.unit === "quarter"
        ? { month: "short", year: "numeric" }
        : { day: "numeric", month: "short" }),
  });
  return (
    <g aria-hidden="true">
      {axisTicks(span, step).map((tick) => (
        <g key={tick} transform={`translate(${x(tick)},0)`}>
          <line y1={AXIS_HEIGHT - 6} y2={height} stroke="#d9dde5" />
          <text x={4} y={AXIS_HEIGHT - 10} fontSize="12" fill="#4a5468">
            {format.format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

function itemKeyDown(props: DrawingProps, item: DrawnItem) {
  return (event: KeyboardEvent) => {
    if (item.kind === "bucket" && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      props.onItemActivate(item, event);
    }
  };
}

function BucketBar({
  bucket,
  props,
  top,
}: {
  bucket: DrawnBucket;
  props: DrawingProps;
  top: number;
}) {
  const t = useTranslations("timeline");
  const period = usePeriodLabel(props.granularity);
  const lane = props.geometry.lanes[bucket.lane];
  const height = Math.max(2, (bucket.count / props.geometry.maxCount) * (BUCKET_HEIGHT - 4));
  const fuzzyHeight = (bucket.fuzzy / bucket.count) * height;
  const x = Math.max(bucket.x0, -2);
  const width = Math.max(1.5, Math.min(bucket.x1, props.width + 2) - x - 1);
  const bottom = top + BUCKET_HEIGHT;
  const active = props.activeId === bucket.id;
  return (
    <g
      role="button"
      tabIndex={active ? 0 : -1}
      data-item-id={bucket.id}
      aria-label={t("bucketLabel", {
        lane: lane?.lane.label ?? "",
        period: period(bucket.start),
        count: bucket.count,
        fatalities: bucket.fatalities,
        fuzzy: bucket.fuzzy,
      })}
      className="group cursor-zoom-in outline-none"
      onFocus={() => props.onItemFocus(bucket)}
      onMouseEnter={() => props.onItemHover(bucket)}
      onMouseLeave={() => props.onItemHover(null)}
      onClick={(event) => props.onItemActivate(bucket, event)}
      onKeyDown={itemKeyDown(props, bucket)}
    >
      <rect x={x} y={top} width={width} height={BUCKET_HEIGHT} fill="transparent" />
      <rect
        x={x}
        y={bottom - height}
        width={width}
        height={height - fuzzyHeight}
        fill={BUCKET_COLOUR}
      />
      {bucket.fuzzy > 0 ? (
        <rect
          x={x}
          y={bottom - height}
          width={width}
          height={fuzzyHeight}
          fill="url(#hatch-9a3412)"
        />
      ) : null}
      {active ? (
        <rect
          className="hidden group-focus-visible:inline"
          x={x - 2}
          y={top - 2}
          width={width + 4}
          height={BUCKET_HEIGHT + 4}
          fill="none"
          stroke="#1d2330"
          strokeWidth="2"
        />
      ) : null}
    </g>
  );
}

function EventMark({ mark, props, top }: { mark: DrawnEvent; props: DrawingProps; top: number }) {
  const t = useTranslations("timeline");
  const locale = useLocale();
  const { event } = mark;
  const y = top + mark.row * ROW_HEIGHT + 4;
  const active = props.activeId === mark.id;
  const label = t("eventLabel", {
    title: event.title,
    category: event.categoryLabel,
    when: event.dateLabel,
    fatalities: event.fatalities === null ? "" : t("eventFatalities", { count: event.fatalities }),
  });
  return (
    <a
      href={`/${locale}/events/${event.id}`}
      tabIndex={active ? 0 : -1}
      data-item-id={mark.id}
      aria-label={label}
      className="group outline-none"
      onFocus={() => props.onItemFocus(mark)}
      onMouseEnter={() => props.onItemHover(mark)}
      onMouseLeave={() => props.onItemHover(null)}
      onClick={(click) => props.onItemActivate(mark, click)}
    >
      <title>{`${event.title} — ${event.dateLabel}`}</title>
      {mark.fuzzy ? (
        <rect
          x={mark.x0}
          y={y}
          width={mark.x1 - mark.x0}
          height={MARK_HEIGHT}
          fill={`url(#hatch-${mark.colour.slice(1)})`}
          stroke={mark.colour}
          strokeDasharray="3 2"
          mask="url(#fuzzy-mask)"
          rx="2"
        />
      ) : (
        <rect
          x={mark.x0}
          y={y}
          width={mark.x1 - mark.x0}
          height={MARK_HEIGHT}
          fill={mark.colour}
          rx="2"
        />
      )}
      {mark.showLabel ? (
        <text
          x={Math.max(mark.x0, 2)}
          y={y + MARK_HEIGHT + 12}
          fontSize="12"
          fill="#1d2330"
          lang={event.titleLocale === locale ? undefined : event.titleLocale}
        >
          {event.title.length > 40 ? `${event.title.slice(0, 38)}…` : event.title}
        </text>
      ) : null}
      {active ? (
        <rect
          className="hidden group-focus-visible:inline"
          x={mark.x0 - 3}
          y={y - 3}
          width={mark.x1 - mark.x0 + 6}
          height={MARK_HEIGHT + 6}
          fill="none"
          stroke="#1d2330"
          strokeWidth="2"
          rx="3"
        />
      ) : null}
    </a>
  );
}

export function TimelineDrawing(props: DrawingProps) {
  const { geometry, span, width } = props;
  const colours = [BUCKET_COLOUR, ...Object.values(CATEGORY_COLOURS)];
  return (
    <svg
      width={width}
      height={geometry.height}
      viewBox={`0 0 ${width} ${geometry.height}`}
      className="block select-none"
    >
      <Patterns colours={colours} />
      <Axis span={span} width={width} height={geometry.height} />
      {geometry.lanes.map((box) => (
        <g key={box.lane.key}>
          <line x1={0} x2={width} y1={box.top} y2={box.top} stroke="#d9dde5" />
          <text x={4} y={box.top + 15} fontSize="13" fontWeight="600" fill="#1d2330">
            {box.lane.label}
            <tspan fill="#4a5468" fontWeight="400">{` · ${box.count}`}</tspan>
          </text>
        </g>
      ))}
      {geometry.items.map((item) => {
        const top = geometry.lanes[item.lane]?.contentTop ?? 0;
        return item.kind === "bucket" ? (
          <BucketBar key={item.id} bucket={item} props={props} top={top} />
        ) : (
          <EventMark key={item.id} mark={item} props={props} top={top} />
        );
      })}
    </svg>
  );
}
