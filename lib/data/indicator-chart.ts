import "server-only";
import { db } from "@/lib/db/client";
import type { EventCategory } from "@/lib/generated/prisma/enums";
import { pickLocalized, type Localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { groupAnnotations, type ChartAnnotation } from "@/lib/indicators/annotations";
import { toChartRows, type ChartRow } from "@/lib/indicators/chart-rows";
import {
  bucketOf,
  bucketsBetween,
  coarsest,
  GRANULARITIES,
  isFinerThan,
  isoDay,
  utcDay,
  type Granularity,
} from "@/lib/indicators/periods";
import {
  bucketObservations,
  nativeGranularity,
  sumSeries,
  type SeriesCell,
} from "@/lib/indicators/series";
import { CONFEDERATION_ID } from "@/lib/places/catalog";
import {
  DEFAULT_ANNOTATIONS,
  EVENTS_SERIES,
  type IndicatorView,
} from "@/lib/validations/indicator-view";
import {
  countriesOf,
  eventCoverageSpan,
  eventFatalityCells,
  loadEventFatalitySource,
} from "./event-fatalities";
import {
  getIndicator,
  listComparableIndicators,
  listIndicatorPlaces,
  listObservationCitations,
  loadObservations,
  type ChartCitation,
  type IndicatorDetail,
  type StoredObservation,
} from "./indicators";
import { placeNameMap } from "./place-names";

/**
 * Assembles an indicator chart on the server: picks the series, buckets them by month, quarter or
 * year, adds event annotations, and returns a few hundred cells at most.
 *
 * Two views: "places" (one indicator, several places) and "sources" (one place, several counts of
 * the same figure: other indicators of the same kind, and for deaths our own event database).
 */

/** Beyond this many buckets the chart switches to a coarser granularity. */
export const MAX_BUCKETS = 160;
const MAX_ANNOTATION_EVENTS = 40;
const COUNTRY_IDS = countriesOf(CONFEDERATION_ID);

export interface ChartSeries {
  key: string;
  label: Localized;
  cells: SeriesCell[];
  /** For the sources view: what this count is. */
  definition: IndicatorDetail | null;
  derived: "sumOfCountries" | "eventDatabase" | null;
}

export interface PlaceOption {
  id: string;
  name: string;
  /** The AES drawn as the sum of its three countries (no figure of its own). */
  derived: boolean;
}

export interface IndicatorChartData {
  view: "places" | "sources";
  granularity: Granularity;
  /** Granularities this data can be drawn at (finer ones would split a figure). */
  granularities: Granularity[];
  /** The requested granularity was too fine for the range and was coarsened. */
  coarsened: boolean;
  series: ChartSeries[];
  rows: ChartRow[];
  annotations: ChartAnnotation[];
  annotationCategories: EventCategory[];
  placeOptions: PlaceOption[];
  selectedPlaces: string[];
  compareOptions: { slug: string; name: Localized; producer: string }[];
  compared: string[];
  citations: ChartCitation[];
}

interface SeriesSource {
  key: string;
  label: Localized;
  definition: IndicatorDetail | null;
  derived: ChartSeries["derived"];
  observations: StoredObservation[];
  /** The finest granularity these figures fit (events: monthly). */
  native: Granularity;
  first: Date | null;
  last: Date | null;
  cells(buckets: string[], granularity: Granularity): SeriesCell[];
}

function spanOf(observations: readonly StoredObservation[]) {
  const starts = observations.map((observation) => observation.periodStart.getTime());
  const ends = observations.map((observation) => observation.periodEnd.getTime());
  return starts.length === 0
    ? { first: null, last: null }
    : { first: new Date(Math.min(...starts)), last: new Date(Math.max(...ends)) };
}

function observationSeries(
  key: string,
  label: Localized,
  indicator: IndicatorDetail,
  observations: StoredObservation[],
  derived: ChartSeries["derived"] = null,
  sumOf: readonly string[] = [],
): SeriesSource {
  const native = nativeGranularity(observations, indicator.measure) ?? "year";
  const options = (buckets: string[], granularity: Granularity) => ({
    buckets,
    granularity,
    measure: indicator.measure,
    discontinued: indicator.seriesStatus === "DISCONTINUED",
  });
  return {
    key,
    label,
    definition: indicator,
    derived,
    observations,
    native,
    ...spanOf(observations),
    cells: (buckets, granularity) =>
      sumOf.length > 0
        ? sumSeries(
            sumOf.map((placeId) =>
              bucketObservations(
                observations.filter((observation) => observation.placeId === placeId),
                options(buckets, granularity),
              ),
            ),
          )
        : bucketObservations(observations, options(buckets, granularity)),
  };
}

async function eventSeries(placeId: string, label: Localized): Promise<SeriesSource> {
  const source = await loadEventFatalitySource();
  const span = eventCoverageSpan(source, placeId);
  const countries = countriesOf(placeId);
  return {
    key: EVENTS_SERIES,
    label,
    definition: null,
    derived: "eventDatabase",
    observations: [],
    native: "month",
    first: span ? utcDay(Number(span.first.slice(0, 4)), Number(span.first.slice(5)) - 1, 1) : null,
    last: span ? utcDay(Number(span.last.slice(0, 4)), Number(span.last.slice(5)), 0) : null,
    cells: (buckets, granularity) =>
      sumSeries(
        countries.map((country) => eventFatalityCells(source, country, buckets, granularity)),
      ),
  };
}

/**
 * Political and institutional events of the chosen categories from `from` on. The AES's politics
 * concern all three members, so every country's events are offered, whatever places are drawn.
 */
async function loadAnnotations(categories: readonly EventCategory[], from: Date, locale: Locale) {
  if (categories.length === 0) return [];
  const rows = await db.event.findMany({
    where: { status: "PUBLISHED", category: { in: [...categories] }, dateStart: { gte: from } },
    orderBy: [{ dateStart: "asc" }, { id: "asc" }],
    take: MAX_ANNOTATION_EVENTS,
    select: {
      id: true,
      titleEn: true,
      titleFr: true,
      dateStart: true,
      datePrecision: true,
      category: true,
    },
  });
  return rows.map((row) => {
    const title = pickLocalized(locale, row.titleEn, row.titleFr);
    return {
      id: row.id,
      title: title.text,
      titleLocale: title.locale,
      dateStart: isoDay(row.dateStart),
      datePrecision: row.datePrecision,
      category: row.category,
    };
  });
}

function chooseGranularity(
  requested: Granularity | null,
  finest: Granularity,
  first: Date,
  last: Date,
): { granularity: Granularity; coarsened: boolean } {
  let granularity = requested && !isFinerThan(requested, finest) ? requested : finest;
  let coarsened = false;
  for (const candidate of GRANULARITIES) {
    if (isFinerThan(candidate, granularity)) continue;
    granularity = candidate;
    const count = bucketsBetween(
      bucketOf(first, candidate),
      bucketOf(last, candidate),
      5000,
    ).length;
    if (count <= MAX_BUCKETS) break;
    coarsened = true;
  }
  return { granularity, coarsened };
}

async function placeOptionsOf(indicator: IndicatorDetail, locale: Locale) {
  const [placeIds, names] = await Promise.all([
    listIndicatorPlaces(indicator.id),
    placeNameMap(locale),
  ]);
  const present = new Set(placeIds);
  const options: PlaceOption[] = [];
  const sumAvailable =
    !present.has(CONFEDERATION_ID) && COUNTRY_IDS.every((country) => present.has(country));
  for (const place of names.values()) {
    if (present.has(place.id) || (place.id === CONFEDERATION_ID && sumAvailable)) {
      options.push({ id: place.id, name: place.name, derived: !present.has(place.id) });
    }
  }
  return options;
}

export async function getIndicatorChart(
  indicator: IndicatorDetail,
  view: IndicatorView,
  locale: Locale,
): Promise<IndicatorChartData> {
  const placeOptions = await placeOptionsOf(indicator, locale);
  const known = new Set(placeOptions.map((option) => option.id));
  const requested = view.places.filter((id) => known.has(id));
  const countries = placeOptions.filter((option) => COUNTRY_IDS.includes(option.id));
  const selectedPlaces =
    requested.length > 0
      ? requested
      : (countries.length > 0 ? countries : placeOptions.slice(0, 1)).map((option) => option.id);
  const names = await placeNameMap(locale);
  const label = (placeId: string): Localized => ({
    text: names.get(placeId)?.name ?? placeId,
    locale,
  });
  const derivedAes = placeOptions.some((option) => option.derived);
  const compareOptions = await listComparableIndicators(indicator.kind, indicator.slug, locale);
  const compared = view.compare.filter(
    (slug) =>
      compareOptions.some((option) => option.slug === slug) ||
      (slug === EVENTS_SERIES && indicator.kind === "FATALITIES"),
  );

  const sources: SeriesSource[] = [];
  if (compared.length > 0) {
    const placeId = selectedPlaces[0] ?? CONFEDERATION_ID;
    const placeIds = placeId === CONFEDERATION_ID && derivedAes ? COUNTRY_IDS : [placeId];
    const sumOf = placeIds.length > 1 ? placeIds : [];
    for (const slug of [indicator.slug, ...compared]) {
      if (slug === EVENTS_SERIES) {
        sources.push(await eventSeries(placeId, { text: EVENTS_SERIES, locale }));
        continue;
      }
      const detail = slug === indicator.slug ? indicator : await getIndicator(slug, locale);
      if (!detail) continue;
      const observations = await loadObservations(detail.id, placeIds);
      sources.push(observationSeries(slug, detail.name, detail, observations, null, sumOf));
    }
  } else {
    const needed = new Set(selectedPlaces);
    if (needed.has(CONFEDERATION_ID) && derivedAes) for (const id of COUNTRY_IDS) needed.add(id);
    const observations = await loadObservations(indicator.id, [...needed]);
    for (const placeId of selectedPlaces) {
      const derived = placeId === CONFEDERATION_ID && derivedAes;
      const own = observations.filter((observation) =>
        derived ? COUNTRY_IDS.includes(observation.placeId) : observation.placeId === placeId,
      );
      sources.push(
        observationSeries(
          placeId,
          label(placeId),
          indicator,
          own,
          derived ? "sumOfCountries" : null,
          derived ? COUNTRY_IDS : [],
        ),
      );
    }
  }

  const finest = sources.reduce<Granularity>(
    (acc, source) => coarsest(acc, source.native),
    "month",
  );
  const firsts = sources.flatMap((source) => (source.first ? [source.first.getTime()] : []));
  const lasts = sources.flatMap((source) => (source.last ? [source.last.getTime()] : []));
  let first = new Date(firsts.length ? Math.min(...firsts) : Date.now());
  let last = new Date(lasts.length ? Math.max(...lasts) : Date.now());
  if (view.from !== null) first = utcDay(view.from, 0, 1);
  if (view.to !== null) last = utcDay(view.to, 11, 31);

  const annotationCategories = [...(view.events ?? DEFAULT_ANNOTATIONS)];
  // From 1 January of the first year: whatever the granularity, the first bucket starts no earlier.
  const loaded = await loadAnnotations(
    annotationCategories,
    utcDay(first.getUTCFullYear(), 0, 1),
    locale,
  );
  const candidates = loaded.filter((event) => view.to === null || event.dateStart <= isoDay(last));
  // The axis reaches the latest annotation, so recent events show even when the data stops earlier.
  const lastAnnotation = candidates.at(-1)?.dateStart;
  if (lastAnnotation && new Date(`${lastAnnotation}T00:00:00Z`) > last)
    last = new Date(`${lastAnnotation}T00:00:00Z`);
  if (last < first) last = first;

  const { granularity, coarsened } = chooseGranularity(view.per, finest, first, last);
  const buckets = bucketsBetween(bucketOf(first, granularity), bucketOf(last, granularity));
  const firstBucket = buckets[0] ?? "";
  const annotationEvents = candidates.filter(
    (event) => bucketOf(new Date(`${event.dateStart}T00:00:00Z`), granularity) >= firstBucket,
  );
  const series: ChartSeries[] = sources.map((source) => ({
    key: source.key,
    label: source.label,
    cells: source.cells(buckets, granularity),
    definition: source.definition,
    derived: source.derived,
  }));
  const shown = sources.flatMap((source) =>
    source.observations.filter(
      (observation) => observation.periodEnd >= first && observation.periodStart <= last,
    ),
  );
  return {
    view: compared.length > 0 ? "sources" : "places",
    granularity,
    granularities: GRANULARITIES.filter((candidate) => !isFinerThan(candidate, finest)),
    coarsened,
    series,
    rows: toChartRows(new Map(series.map((item) => [item.key, item.cells]))),
    annotations: groupAnnotations(annotationEvents, granularity),
    annotationCategories,
    placeOptions,
    selectedPlaces,
    compareOptions,
    compared,
    citations: await listObservationCitations(shown.map((observation) => observation.id)),
  };
}
