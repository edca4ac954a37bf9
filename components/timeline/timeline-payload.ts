import "server-only";
import { getTranslations } from "next-intl/server";
import {
  defaultSpan,
  getTimelineWindow,
  summarizeSelection,
  type SelectionSummary,
  type TimelineWindowData,
  type WindowEvent,
} from "@/lib/data/timeline";
import { describeEventDate } from "@/lib/events/precision";
import { clampSpan, DAY_MS, type Granularity, type Span } from "@/lib/events/timeline-scale";
import type { LaneKind, TimelineView } from "@/lib/events/timeline-view";
import type { Locale } from "@/lib/i18n/routing";
import { CONFEDERATION, COUNTRIES } from "@/lib/places/catalog";
import { toSearchParams, type EventFilters } from "@/lib/validations/event-filters";

/**
 * What the client timeline receives, for the first render (from the page) and for every window it
 * fetches while the reader zooms and pans (from the window route): small, aggregated, labelled.
 */

export interface TimelineLane {
  key: string;
  label: string;
}

/** [lane index, bucket start (ISO day), events, fatalities, events with an imprecise date] */
export type BucketTuple = [number, string, number, number, number];

export interface TimelinePayloadEvent extends Omit<WindowEvent, "lane"> {
  lane: number;
  /** "sometime in March 2024": the fuzzy span's label. */
  dateLabel: string;
  categoryLabel: string;
}

export interface TimelinePayload {
  /** The filters as a query string: the identity of the selection. */
  query: string;
  lanesKind: LaneKind;
  lanes: TimelineLane[];
  span: Span;
  /** The default window of the selection, for "show all"; null when it is empty. */
  extent: Span | null;
  selectionTotal: number;
  granularity: Granularity;
  total: number;
  buckets: BucketTuple[];
  events: TimelinePayloadEvent[] | null;
}

function fallbackSpan(): Span {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  return clampSpan({ start: today - 365 * DAY_MS, end: today + DAY_MS });
}

export async function buildTimelinePayload(
  filters: EventFilters,
  view: Pick<TimelineView, "lanes" | "span">,
  locale: Locale,
): Promise<TimelinePayload> {
  let summary: SelectionSummary;
  let window: TimelineWindowData;
  let span: Span;
  if (view.span) {
    // Zooming and panning name their window: both queries at once.
    span = view.span;
    [summary, window] = await Promise.all([
      summarizeSelection(filters, view.lanes),
      getTimelineWindow(filters, view.lanes, span, locale),
    ]);
  } else {
    summary = await summarizeSelection(filters, view.lanes);
    span = defaultSpan(summary, filters) ?? fallbackSpan();
    window = await getTimelineWindow(filters, view.lanes, span, locale);
  }
  const extent = defaultSpan(summary, filters);
  // Lanes come from the whole selection, not the window, so they stay put while panning.
  const laneKeys =
    summary.lanes.length > 0
      ? summary.lanes
      : view.lanes === "country"
        ? filters.country.length > 0
          ? filters.country
          : COUNTRIES.map((country) => country.id)
        : filters.category;
  const laneIndex = new Map<string, number>(laneKeys.map((key, index) => [key, index]));
  const [categories, precision] = await Promise.all([
    getTranslations({ locale, namespace: "eventCategory" }),
    getTranslations({ locale, namespace: "precision" }),
  ]);
  const countryName = (id: string) => {
    const country = [CONFEDERATION, ...COUNTRIES].find((candidate) => candidate.id === id);
    return country ? (locale === "fr" ? country.nameFr : country.nameEn) : id;
  };
  const lanes = laneKeys.map((key) => ({
    key,
    label: view.lanes === "country" ? countryName(key) : categories(key),
  }));
  const events =
    window.events?.flatMap((event) => {
      const lane = laneIndex.get(event.lane);
      if (lane === undefined) return [];
      return [
        {
          ...event,
          lane,
          categoryLabel: categories(event.category),
          dateLabel: describeEventDate(
            {
              dateStart: new Date(`${event.start}T00:00:00Z`),
              dateEnd: new Date(`${event.end}T00:00:00Z`),
              datePrecision: event.datePrecision,
            },
            locale,
            precision,
          ),
        },
      ];
    }) ?? null;
  const buckets = window.buckets.flatMap((bucket): BucketTuple[] => {
    const lane = laneIndex.get(bucket.lane);
    return lane === undefined
      ? []
      : [[lane, bucket.start, bucket.events, bucket.fatalities, bucket.fuzzy]];
  });
  return {
    query: toSearchParams(filters).toString(),
    lanesKind: view.lanes,
    lanes,
    span,
    extent,
    selectionTotal: summary.total,
    granularity: window.granularity,
    total: window.total,
    buckets,
    events,
  };
}
