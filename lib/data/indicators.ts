import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { IndicatorKind, SeriesStatus, UpdateFrequency } from "@/lib/generated/prisma/enums";
import { pickLocalized, type Localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { computeFreshness, type FreshnessStatus } from "@/lib/indicators/freshness";
import { isoDay } from "@/lib/indicators/periods";
import { measureOfKind, type Measure, type ObservationInput } from "@/lib/indicators/series";

/**
 * Published indicators and their observations. Only PUBLISHED indicators and observations are ever
 * read here. Chart assembly (bucketing, comparison, annotations) lives in indicator-chart.ts.
 */

const PUBLISHED = { status: "PUBLISHED" } as const;

export interface FreshnessSummary {
  status: FreshnessStatus;
  coverageStart: string | null;
  coverageEnd: string | null;
  lastUpdated: string | null;
  nextExpected: string | null;
  frequency: UpdateFrequency;
}

export interface IndicatorSummary {
  slug: string;
  name: Localized;
  kind: IndicatorKind;
  unit: string;
  producer: string;
  seriesStatus: SeriesStatus;
  freshness: FreshnessSummary;
  placeIds: string[];
  observationCount: number;
}

interface CoverageFacts {
  coverageStart: Date | null;
  coverageEnd: Date | null;
  lastUpdated: Date | null;
}

export function summarizeFreshness(
  facts: CoverageFacts,
  frequency: UpdateFrequency,
  seriesStatus: SeriesStatus,
  now: Date = new Date(),
): FreshnessSummary {
  const { status, nextExpected } = computeFreshness({
    coverageEnd: facts.coverageEnd,
    lastUpdated: facts.lastUpdated,
    frequency,
    seriesStatus,
    now,
  });
  const day = (date: Date | null) => (date ? isoDay(date) : null);
  return {
    status,
    coverageStart: day(facts.coverageStart),
    coverageEnd: day(facts.coverageEnd),
    lastUpdated: day(facts.lastUpdated),
    nextExpected: day(nextExpected),
    frequency,
  };
}

const loadCoverageFacts = cache(async (): Promise<Map<string, CoverageFacts>> => {
  const rows = await db.observation.groupBy({
    by: ["indicatorId"],
    where: { ...PUBLISHED, gapState: "VALUE", value: { not: null } },
    _min: { periodStart: true },
    _max: { periodEnd: true, updatedAt: true },
  });
  return new Map(
    rows.map((row) => [
      row.indicatorId,
      {
        coverageStart: row._min.periodStart,
        coverageEnd: row._max.periodEnd,
        lastUpdated: row._max.updatedAt,
      },
    ]),
  );
});

const NO_FACTS: CoverageFacts = { coverageStart: null, coverageEnd: null, lastUpdated: null };

export const listIndicators = cache(async (locale: Locale): Promise<IndicatorSummary[]> => {
  const [indicators, facts, places] = await Promise.all([
    db.indicator.findMany({
      where: PUBLISHED,
      orderBy: [{ kind: "asc" }, { slug: "asc" }],
      select: {
        id: true,
        slug: true,
        nameEn: true,
        nameFr: true,
        kind: true,
        unit: true,
        producer: true,
        updateFrequency: true,
        seriesStatus: true,
      },
    }),
    loadCoverageFacts(),
    db.observation.groupBy({
      by: ["indicatorId", "placeId"],
      where: PUBLISHED,
      _count: { _all: true },
    }),
  ]);
  return indicators.map((indicator) => {
    const own = places.filter((row) => row.indicatorId === indicator.id);
    return {
      slug: indicator.slug,
      name: pickLocalized(locale, indicator.nameEn, indicator.nameFr),
      kind: indicator.kind,
      unit: indicator.unit,
      producer: indicator.producer,
      seriesStatus: indicator.seriesStatus,
      freshness: summarizeFreshness(
        facts.get(indicator.id) ?? NO_FACTS,
        indicator.updateFrequency,
        indicator.seriesStatus,
      ),
      placeIds: own.map((row) => row.placeId).sort(),
      observationCount: own.reduce((total, row) => total + row._count._all, 0),
    };
  });
});

export interface IndicatorDetail {
  id: string;
  slug: string;
  name: Localized;
  description: Localized | null;
  methodology: Localized | null;
  kind: IndicatorKind;
  measure: Measure;
  unit: string;
  producer: string;
  licence: string;
  citationText: string | null;
  seriesStatus: SeriesStatus;
  seriesStatusNote: string | null;
  source: { name: string; slug: string; homepageUrl: string | null } | null;
  freshness: FreshnessSummary;
}

function optionalLocalized(locale: Locale, en: string | null, fr: string | null) {
  return en || fr ? pickLocalized(locale, en, fr) : null;
}

export const getIndicator = cache(
  async (slug: string, locale: Locale): Promise<IndicatorDetail | null> => {
    const indicator = await db.indicator.findFirst({
      where: { slug, ...PUBLISHED },
      include: { source: { select: { name: true, slug: true, homepageUrl: true } } },
    });
    if (!indicator) return null;
    const facts = (await loadCoverageFacts()).get(indicator.id) ?? NO_FACTS;
    return {
      id: indicator.id,
      slug: indicator.slug,
      name: pickLocalized(locale, indicator.nameEn, indicator.nameFr),
      description: optionalLocalized(locale, indicator.descriptionEn, indicator.descriptionFr),
      methodology: optionalLocalized(locale, indicator.methodologyEn, indicator.methodologyFr),
      kind: indicator.kind,
      measure: measureOfKind(indicator.kind),
      unit: indicator.unit,
      producer: indicator.producer,
      licence: indicator.licence,
      citationText: indicator.citationText,
      seriesStatus: indicator.seriesStatus,
      seriesStatusNote: indicator.seriesStatusNote,
      source: indicator.source,
      freshness: summarizeFreshness(facts, indicator.updateFrequency, indicator.seriesStatus),
    };
  },
);

export interface StoredObservation extends ObservationInput {
  id: string;
  placeId: string;
}

/** Published observations of one indicator, for the given places (a few hundred at most). */
export const loadObservations = cache(
  async (indicatorId: string, placeIds: readonly string[]): Promise<StoredObservation[]> => {
    return db.observation.findMany({
      where: { indicatorId, placeId: { in: [...placeIds] }, ...PUBLISHED },
      orderBy: [{ placeId: "asc" }, { periodEnd: "asc" }],
      select: {
        id: true,
        placeId: true,
        periodStart: true,
        periodEnd: true,
        value: true,
        low: true,
        high: true,
        dataStatus: true,
        gapState: true,
        carriedForwardFrom: true,
        rank: true,
        note: true,
      },
    });
  },
);

/** The places an indicator has published observations for. */
export const listIndicatorPlaces = cache(async (indicatorId: string): Promise<string[]> => {
  const rows = await db.observation.groupBy({
    by: ["placeId"],
    where: { indicatorId, ...PUBLISHED },
  });
  return rows.map((row) => row.placeId);
});

/** Other published indicators of the same kind: the figure as other producers count it. */
export const listComparableIndicators = cache(
  async (kind: IndicatorKind, exceptSlug: string, locale: Locale) => {
    const rows = await db.indicator.findMany({
      where: { kind, slug: { not: exceptSlug }, ...PUBLISHED },
      orderBy: { slug: "asc" },
      select: { slug: true, nameEn: true, nameFr: true, producer: true },
    });
    return rows.map((row) => ({
      slug: row.slug,
      name: pickLocalized(locale, row.nameEn, row.nameFr),
      producer: row.producer,
    }));
  },
);

export interface ChartCitation {
  sourceName: string;
  sourceUrl: string | null;
  title: string;
  url: string | null;
  count: number;
}

/** The distinct references behind the observations a chart shows. */
export async function listObservationCitations(
  observationIds: readonly string[],
): Promise<ChartCitation[]> {
  if (observationIds.length === 0) return [];
  const groups = await db.citation.groupBy({
    by: ["sourceId", "title", "url"],
    where: { observationId: { in: [...observationIds] } },
    _count: { _all: true },
    orderBy: { _count: { observationId: "desc" } },
    take: 12,
  });
  const sources = await db.source.findMany({
    where: { id: { in: groups.map((group) => group.sourceId) } },
    select: { id: true, name: true, homepageUrl: true },
  });
  const byId = new Map(sources.map((source) => [source.id, source]));
  return groups.map((group) => ({
    sourceName: byId.get(group.sourceId)?.name ?? "",
    sourceUrl: byId.get(group.sourceId)?.homepageUrl ?? null,
    title: group.title,
    url: group.url,
    count: group._count._all,
  }));
}
