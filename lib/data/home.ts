import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { isConflictCategory } from "@/lib/events/categories";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { toChartRows, type ChartRow } from "@/lib/indicators/chart-rows";
import { latestCoveredMonth } from "@/lib/indicators/event-series";
import { latestTwo, windowTotal, type WindowTotal } from "@/lib/indicators/headline";
import {
  bucketEnd,
  bucketOf,
  bucketStart,
  bucketsBetween,
  isoDay,
  utcDay,
} from "@/lib/indicators/periods";
import { bucketObservations, sumSeries, type SeriesCell } from "@/lib/indicators/series";
import { CONFEDERATION_ID, COUNTRIES } from "@/lib/places/catalog";
import {
  countriesOf,
  EVENT_DATASETS,
  eventFatalityCells,
  loadEventCoverage,
  loadEventFatalitySource,
} from "./event-fatalities";
import {
  getIndicator,
  listIndicators,
  loadObservations,
  summarizeFreshness,
  type FreshnessSummary,
} from "./indicators";

/**
 * The dashboard, for the whole AES or one country: headline figures with their period and source,
 * the fatality trend, the latest events and the freshness of every series.
 */

export const DASHBOARD_PLACES = [CONFEDERATION_ID, ...COUNTRIES.map((country) => country.id)];

function placeFilter(placeId: string): Prisma.EventWhereInput {
  return placeId === CONFEDERATION_ID ? {} : { countryId: placeId };
}

// ───────────────────────────── latest events

export interface LatestEvent {
  id: string;
  title: string;
  titleLocale: Locale;
  dateStart: Date;
  datePrecision: DatePrecision;
  countryName: string;
  fatalitiesBest: number | null;
  /** Whether a fatality count (or its absence) is worth showing for this kind of event. */
  showsFatalities: boolean;
}

export const countPublishedEvents = cache(async (placeId: string = CONFEDERATION_ID) => {
  return db.event.count({ where: { status: "PUBLISHED", ...placeFilter(placeId) } });
});

export const listLatestEvents = cache(
  async (locale: Locale, placeId: string = CONFEDERATION_ID, take = 8): Promise<LatestEvent[]> => {
    const rows = await db.event.findMany({
      where: { status: "PUBLISHED", ...placeFilter(placeId) },
      orderBy: [{ dateStart: "desc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        titleEn: true,
        titleFr: true,
        dateStart: true,
        datePrecision: true,
        fatalitiesBest: true,
        category: true,
        country: { select: { nameEn: true, nameFr: true } },
      },
    });
    return rows.map((row) => {
      const title = pickLocalized(locale, row.titleEn, row.titleFr);
      return {
        id: row.id,
        title: title.text,
        titleLocale: title.locale,
        dateStart: row.dateStart,
        datePrecision: row.datePrecision,
        countryName: locale === "fr" ? row.country.nameFr : row.country.nameEn,
        fatalitiesBest: row.fatalitiesBest,
        showsFatalities: row.fatalitiesBest !== null || isConflictCategory(row.category),
      };
    });
  },
);

// ───────────────────────────── deaths: last 12 months vs the 12 before

export interface FatalityHeadline {
  current: WindowTotal & { start: string; end: string };
  previous: (WindowTotal & { start: string; end: string }) | null;
}

const WINDOW_MONTHS = 12;

export const getFatalityHeadline = cache(
  async (placeId: string): Promise<FatalityHeadline | null> => {
    const source = await loadEventFatalitySource();
    const countries = countriesOf(placeId);
    const lastMonth = latestCoveredMonth(source.covered, countries);
    if (lastMonth === null) return null;
    const end = bucketEnd(lastMonth);
    const firstMonth = bucketOf(utcDay(end.getUTCFullYear(), end.getUTCMonth() - 23, 1), "month");
    const months = bucketsBetween(firstMonth, lastMonth);
    const cells = new Map(
      countries.map((country) => [country, eventFatalityCells(source, country, months, "month")]),
    );
    const previousMonths = months.slice(0, WINDOW_MONTHS);
    const currentMonths = months.slice(WINDOW_MONTHS);
    const span = (list: string[]) => ({
      start: isoDay(bucketStart(list[0] ?? lastMonth)),
      end: isoDay(bucketEnd(list.at(-1) ?? lastMonth)),
    });
    const current = windowTotal(cells, new Set(currentMonths));
    if (!current) return null;
    // Compare like with like: the same places, fully known in both windows.
    const same = new Map([...cells].filter(([country]) => current.included.includes(country)));
    const previous = windowTotal(same, new Set(previousMonths));
    return {
      current: { ...current, ...span(currentMonths) },
      previous:
        previous && previous.excluded.length === 0
          ? { ...previous, ...span(previousMonths) }
          : null,
    };
  },
);

// ───────────────────────────── latest figure of an indicator

export interface IndicatorHeadline {
  slug: string;
  latest: SeriesCell;
  previous: SeriesCell | null;
  /** For a sum of countries: the ones whose figure is carried forward from an earlier date. */
  carriedPlaces: string[];
  producer: string;
  unit: string;
}

export const getIndicatorHeadline = cache(
  async (slug: string, placeId: string, locale: Locale): Promise<IndicatorHeadline | null> => {
    const indicator = await getIndicator(slug, locale);
    if (!indicator) return null;
    const own = await loadObservations(indicator.id, [placeId]);
    const countries = countriesOf(placeId);
    const parts =
      own.length > 0 || placeId !== CONFEDERATION_ID
        ? [own]
        : await Promise.all(countries.map((country) => loadObservations(indicator.id, [country])));
    const years = parts.flat().map((observation) => observation.periodEnd.getUTCFullYear());
    if (years.length === 0) return null;
    const buckets = bucketsBetween(String(Math.min(...years)), String(Math.max(...years)));
    const options = { buckets, granularity: "year" as const, measure: indicator.measure };
    const cellsByPart = parts.map((observations) => bucketObservations(observations, options));
    const cells = cellsByPart.length === 1 ? (cellsByPart[0] ?? []) : sumSeries(cellsByPart);
    const { latest, previous } = latestTwo(cells);
    if (!latest) return null;
    const index = cells.indexOf(latest);
    const carriedPlaces =
      cellsByPart.length === 1
        ? []
        : countries.filter((_, part) => cellsByPart[part]?.[index]?.state === "carriedForward");
    return {
      slug,
      latest,
      previous,
      carriedPlaces,
      producer: indicator.producer,
      unit: indicator.unit,
    };
  },
);

// ───────────────────────────── fatality trend

export interface FatalityTrend {
  series: { key: string; cells: SeriesCell[] }[];
  rows: ChartRow[];
}

const TREND_FROM = "2012-Q1";

export const getFatalityTrend = cache(async (placeId: string): Promise<FatalityTrend | null> => {
  const source = await loadEventFatalitySource();
  const countries = countriesOf(placeId);
  const lastMonth = latestCoveredMonth(source.covered, countries);
  if (lastMonth === null) return null;
  const lastQuarter = bucketOf(bucketStart(lastMonth), "quarter");
  const buckets = bucketsBetween(TREND_FROM, lastQuarter);
  const series = countries.map((country) => ({
    key: country,
    cells: eventFatalityCells(source, country, buckets, "quarter"),
  }));
  return { series, rows: toChartRows(new Map(series.map((item) => [item.key, item.cells]))) };
});

// ───────────────────────────── freshness of every series

export interface SeriesFreshness {
  key: string;
  /** Indicator page, when the series is an indicator. */
  slug: string | null;
  name: { text: string; locale: Locale } | null;
  producer: string | null;
  freshness: FreshnessSummary;
}

export const listSeriesFreshness = cache(
  async (locale: Locale, placeId: string): Promise<SeriesFreshness[]> => {
    const countries = new Set([placeId, ...countriesOf(placeId)]);
    const [indicators, coverage] = await Promise.all([listIndicators(locale), loadEventCoverage()]);
    const datasets = Object.entries(EVENT_DATASETS).flatMap(([importer, frequency]) => {
      const ranges = coverage.filter(
        (range) => range.importer === importer && countries.has(range.placeId),
      );
      if (ranges.length === 0) return [];
      const time = (dates: (Date | null)[]) =>
        dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);
      const last = time(ranges.map((range) => range.last));
      const facts = {
        coverageStart: new Date(Math.min(...ranges.map((range) => range.first.getTime()))),
        // A dataset covers the whole month of its last event.
        coverageEnd: last ? bucketEnd(bucketOf(last, "month")) : null,
        lastUpdated: time(ranges.map((range) => range.finishedAt)),
      };
      return [
        {
          key: importer,
          slug: null,
          name: null,
          producer: null,
          freshness: summarizeFreshness(facts, frequency, "ACTIVE"),
        },
      ];
    });
    const series = indicators
      .filter((indicator) => indicator.placeIds.some((id) => countries.has(id)))
      .map((indicator) => ({
        key: indicator.slug,
        slug: indicator.slug,
        name: indicator.name,
        producer: indicator.producer,
        freshness: indicator.freshness,
      }));
    return [...datasets, ...series];
  },
);
