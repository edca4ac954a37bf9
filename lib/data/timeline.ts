import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { EventCategory, type DatePrecision } from "@/lib/generated/prisma/enums";
import {
  chooseGranularity,
  isoDay,
  spanAround,
  type Granularity,
  type Span,
} from "@/lib/events/timeline-scale";
import type { LaneKind } from "@/lib/events/timeline-view";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { CONFEDERATION_ID, COUNTRIES } from "@/lib/places/catalog";
import type { EventFilters } from "@/lib/validations/event-filters";
import { publishedEventCondition } from "./events";

/**
 * What the timeline draws for one visible window, aggregated in PostgreSQL: per lane and time
 * bucket, the number of events, their fatalities and how many have an imprecise date; and the
 * events themselves only when few enough to draw one by one. The response size is therefore bounded
 * by lanes × buckets (MAX_BUCKETS_PER_LANE) plus MAX_WINDOW_EVENTS, whatever the number of events.
 */

/** Above this many events in the window, only buckets are sent. */
export const MAX_WINDOW_EVENTS = 150;

export interface SelectionSummary {
  total: number;
  /** First start and last end of the selection (ms), null when it is empty. */
  first: number | null;
  last: number | null;
  /** Lane keys that hold at least one event of the selection, in display order. */
  lanes: string[];
}

export interface WindowBucket {
  lane: string;
  /** First day of the bucket (ISO). */
  start: string;
  events: number;
  fatalities: number;
  /** Events with an imprecise date (anything but DAY). */
  fuzzy: number;
}

export interface WindowEvent {
  id: string;
  title: string;
  titleLocale: Locale;
  lane: string;
  /** Inclusive ISO days. */
  start: string;
  end: string;
  datePrecision: DatePrecision;
  category: EventCategory;
  fatalities: number | null;
}

export interface TimelineWindowData {
  granularity: Granularity;
  /** Events of the selection inside the window. */
  total: number;
  buckets: WindowBucket[];
  events: WindowEvent[] | null;
}

const CATEGORY_ORDER: readonly string[] = Object.values(EventCategory);
// Events about the confederation as a whole carry the AES as their "country": their own lane, first.
const COUNTRY_ORDER: readonly string[] = [
  CONFEDERATION_ID,
  ...COUNTRIES.map((country) => country.id),
];

function laneExpression(kind: LaneKind): Prisma.Sql {
  return kind === "country" ? Prisma.sql`e.country_id` : Prisma.sql`e.category::text`;
}

function laneOrder(kind: LaneKind): readonly string[] {
  return kind === "country" ? COUNTRY_ORDER : CATEGORY_ORDER;
}

export const summarizeSelection = cache(
  async (filters: EventFilters, kind: LaneKind): Promise<SelectionSummary> => {
    const [row] = await db.$queryRaw<
      { total: bigint; first: string | null; last: string | null; lanes: string[] | null }[]
    >`
      SELECT count(*) AS total,
             to_char(min(e.date_start), 'YYYY-MM-DD') AS first,
             to_char(max(e.date_end), 'YYYY-MM-DD') AS last,
             array_agg(DISTINCT ${laneExpression(kind)}) AS lanes
      FROM events e
      WHERE ${publishedEventCondition(filters)}`;
    const present = new Set(row?.lanes ?? []);
    return {
      total: Number(row?.total ?? 0),
      first: row?.first ? Date.parse(`${row.first}T00:00:00Z`) : null,
      last: row?.last ? Date.parse(`${row.last}T00:00:00Z`) : null,
      lanes: laneOrder(kind).filter((key) => present.has(key)),
    };
  },
);

function windowCondition(span: Span): Prisma.Sql {
  return Prisma.sql`e.date_start < ${isoDay(span.end)}::date AND e.date_end >= ${isoDay(span.start)}::date`;
}

export async function getTimelineWindow(
  filters: EventFilters,
  kind: LaneKind,
  span: Span,
  locale: Locale,
): Promise<TimelineWindowData> {
  const granularity = chooseGranularity(span);
  const condition = Prisma.sql`${publishedEventCondition(filters)} AND ${windowCondition(span)}`;
  const rows = await db.$queryRaw<
    { lane: string; bucket: string; events: bigint; fatalities: bigint | null; fuzzy: bigint }[]
  >`
    SELECT ${laneExpression(kind)} AS lane,
           to_char(date_trunc(${granularity}, e.date_start), 'YYYY-MM-DD') AS bucket,
           count(*) AS events,
           sum(e.fatalities_best) AS fatalities,
           count(*) FILTER (WHERE e.date_precision <> 'DAY') AS fuzzy
    FROM events e
    WHERE ${condition}
    GROUP BY 1, 2
    ORDER BY 1, 2`;
  const buckets = rows.map((row) => ({
    lane: row.lane,
    start: row.bucket,
    events: Number(row.events),
    fatalities: Number(row.fatalities ?? 0),
    fuzzy: Number(row.fuzzy),
  }));
  const total = buckets.reduce((sum, bucket) => sum + bucket.events, 0);
  const events =
    total <= MAX_WINDOW_EVENTS ? await listWindowEvents(condition, kind, locale) : null;
  return { granularity, total, buckets, events };
}

async function listWindowEvents(
  condition: Prisma.Sql,
  kind: LaneKind,
  locale: Locale,
): Promise<WindowEvent[]> {
  const rows = await db.$queryRaw<
    {
      id: string;
      title_en: string | null;
      title_fr: string | null;
      lane: string;
      start: string;
      end: string;
      date_precision: DatePrecision;
      category: EventCategory;
      fatalities_best: number | null;
    }[]
  >`
    SELECT e.id, e.title_en, e.title_fr, ${laneExpression(kind)} AS lane,
           to_char(e.date_start, 'YYYY-MM-DD') AS start, to_char(e.date_end, 'YYYY-MM-DD') AS end,
           e.date_precision, e.category, e.fatalities_best
    FROM events e
    WHERE ${condition}
    ORDER BY e.date_start, e.date_end, e.id
    LIMIT ${MAX_WINDOW_EVENTS}`;
  return rows.map((row) => {
    const title = pickLocalized(locale, row.title_en, row.title_fr);
    return {
      id: row.id,
      title: title.text,
      titleLocale: title.locale,
      lane: row.lane,
      start: row.start,
      end: row.end,
      datePrecision: row.date_precision,
      category: row.category,
      fatalities: row.fatalities_best,
    };
  });
}

/** The span to show when the URL names none: the selection's dates, else the filter's range. */
export function defaultSpan(summary: SelectionSummary, filters: EventFilters): Span | null {
  const from = filters.from ? Date.parse(`${filters.from}T00:00:00Z`) : null;
  const to = filters.to ? Date.parse(`${filters.to}T00:00:00Z`) : null;
  const first = from ?? summary.first;
  const last = to ?? summary.last;
  if (first === null || last === null) return null;
  return spanAround(first, last);
}
