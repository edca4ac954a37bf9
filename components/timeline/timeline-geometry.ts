/**
 * From the window data to what is drawn where: lanes stacked vertically, buckets as bars, events as
 * marks packed into rows. Pure (no React), so the drawing component only renders.
 */
import { CATEGORY_COLOURS } from "@/lib/events/categories";
import { isFuzzySpan } from "@/lib/events/precision";
import { estimateLabelWidth, packRows } from "@/lib/events/timeline-layout";
import { bucketEnd, DAY_MS, type Span } from "@/lib/events/timeline-scale";
import type { TimelineLane, TimelinePayloadEvent } from "./timeline-payload";
import type { WindowData } from "./use-timeline-window";

export const AXIS_HEIGHT = 26;
export const LANE_LABEL_HEIGHT = 22;
export const BUCKET_HEIGHT = 52;
export const ROW_HEIGHT = 30;
export const MARK_HEIGHT = 9;
export const MAX_ROWS = 8;
// A lane with nothing in the window keeps its place (lanes never jump while panning), thinly.
const EMPTY_LANE_HEIGHT = 10;
const LANE_GAP = 10;
const MIN_MARK_PX = 6;

export interface DrawnBucket {
  kind: "bucket";
  id: string;
  lane: number;
  start: number;
  end: number;
  x0: number;
  x1: number;
  count: number;
  fuzzy: number;
  fatalities: number;
}

export interface DrawnEvent {
  kind: "event";
  id: string;
  lane: number;
  start: number;
  row: number;
  x0: number;
  x1: number;
  fuzzy: boolean;
  colour: string;
  showLabel: boolean;
  event: TimelinePayloadEvent;
}

export type DrawnItem = DrawnBucket | DrawnEvent;

export interface LaneBox {
  lane: TimelineLane;
  index: number;
  top: number;
  contentTop: number;
  contentHeight: number;
  count: number;
}

export interface Geometry {
  height: number;
  lanes: LaneBox[];
  items: DrawnItem[];
  /** Largest bucket count in view (bars are scaled to it, the same for every lane). */
  maxCount: number;
}

export function xScale(span: Span, width: number) {
  const factor = width / Math.max(span.end - span.start, 1);
  return (time: number) => (time - span.start) * factor;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function layoutEvents(
  events: TimelinePayloadEvent[],
  span: Span,
  width: number,
  laneCount: number,
) {
  const x = xScale(span, width);
  const perLane = Array.from({ length: laneCount }, () => [] as DrawnEvent[]);
  for (const event of events) {
    const start = day(event.start);
    const x0 = x(start);
    const x1 = Math.max(x0 + MIN_MARK_PX, x(day(event.end) + DAY_MS));
    perLane[event.lane]?.push({
      kind: "event",
      id: event.id,
      lane: event.lane,
      start,
      row: 0,
      x0,
      x1,
      fuzzy: isFuzzySpan(event.datePrecision),
      colour: CATEGORY_COLOURS[event.category],
      showLabel: true,
      event,
    });
  }
  return perLane.map((marks) => {
    const packed = packRows(
      marks.map((mark) => ({
        id: mark.id,
        // Marks partly outside the window still reserve room from the window's left edge.
        x0: Math.max(mark.x0, 0),
        x1: mark.x1,
        labelWidth: estimateLabelWidth(mark.event.title),
      })),
      MAX_ROWS,
    );
    for (const mark of marks) {
      mark.row = packed.rowOf.get(mark.id) ?? 0;
      mark.showLabel = packed.labelled;
    }
    return { marks, rows: Math.max(1, packed.rows) };
  });
}

function layoutBuckets(data: WindowData, span: Span, width: number): DrawnBucket[] {
  const x = xScale(span, width);
  return data.buckets.map(([lane, startDay, count, fatalities, fuzzy]) => {
    const start = day(startDay);
    const end = bucketEnd(start, data.granularity);
    return {
      kind: "bucket",
      id: `${lane}:${startDay}`,
      lane,
      start,
      end,
      x0: x(start),
      x1: x(end),
      count,
      fuzzy,
      fatalities,
    };
  });
}

export function computeGeometry(
  data: WindowData,
  lanes: TimelineLane[],
  span: Span,
  width: number,
): Geometry {
  const buckets = layoutBuckets(data, span, width);
  const counts = lanes.map((_, index) =>
    buckets
      .filter((bucket) => bucket.lane === index)
      .reduce((sum, bucket) => sum + bucket.count, 0),
  );
  const eventLanes = data.events ? layoutEvents(data.events, span, width, lanes.length) : null;
  const boxes: LaneBox[] = [];
  let top = AXIS_HEIGHT;
  lanes.forEach((lane, index) => {
    const contentHeight =
      (counts[index] ?? 0) === 0
        ? EMPTY_LANE_HEIGHT
        : eventLanes
          ? (eventLanes[index]?.rows ?? 1) * ROW_HEIGHT
          : BUCKET_HEIGHT;
    boxes.push({
      lane,
      index,
      top,
      contentTop: top + LANE_LABEL_HEIGHT,
      contentHeight,
      count: counts[index] ?? 0,
    });
    top += LANE_LABEL_HEIGHT + contentHeight + LANE_GAP;
  });
  const visible = (item: { x0: number; x1: number }) => item.x1 >= 0 && item.x0 <= width;
  const items: DrawnItem[] = eventLanes
    ? eventLanes.flatMap((lane) => lane.marks).filter(visible)
    : buckets.filter(visible);
  return {
    height: top,
    lanes: boxes,
    items,
    maxCount: Math.max(1, ...buckets.map((bucket) => bucket.count)),
  };
}
