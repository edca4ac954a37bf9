import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { wireValue } from "@/lib/api/schemas/common";
import type {
  IndicatorDto,
  indicatorListQuery,
  ObservationDto,
  ObservationListQuery,
} from "@/lib/api/schemas/indicators";
import { measureOfKind } from "@/lib/indicators/series";
import { isoDay } from "@/lib/indicators/periods";
import { CITATION_SELECT, citationDto, localized, timestampOrNull } from "./dto";
import {
  ascendingBy,
  enumCondition,
  listCollection,
  loadInOrder,
  loadOne,
  tableCollection,
  type KeyRow,
} from "./keyset";
import { idOrSlugWhere, resolveIndicators, resolvePlaces, resolveSources } from "./lookups";

/** Published indicators and their published observations, for the API. */

const INDICATOR_SELECT = {
  id: true,
  slug: true,
  nameEn: true,
  nameFr: true,
  descriptionEn: true,
  descriptionFr: true,
  methodologyEn: true,
  methodologyFr: true,
  kind: true,
  unit: true,
  producer: true,
  licence: true,
  citationText: true,
  sourceId: true,
  updateFrequency: true,
  seriesStatus: true,
  seriesStatusNote: true,
  publishedAt: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.IndicatorSelect;

type IndicatorRow = Prisma.IndicatorGetPayload<{ select: typeof INDICATOR_SELECT }>;

function indicatorDto(row: IndicatorRow, updatedAt: string): IndicatorDto {
  return {
    id: row.id,
    slug: row.slug,
    name: localized(row.nameEn, row.nameFr),
    description: localized(row.descriptionEn, row.descriptionFr),
    methodology: localized(row.methodologyEn, row.methodologyFr),
    kind: wireValue(row.kind),
    measure: measureOfKind(row.kind),
    unit: row.unit,
    producer: row.producer,
    licence: row.licence,
    citation_text: row.citationText,
    source_id: row.sourceId,
    update_frequency: wireValue(row.updateFrequency),
    series_status: wireValue(row.seriesStatus),
    series_status_note: row.seriesStatusNote,
    published_at: timestampOrNull(row.publishedAt),
    updated_at: updatedAt,
    version: row.version,
  };
}

const loadIndicators = (keys: readonly KeyRow[]) =>
  loadInOrder(
    keys,
    (ids) =>
      db.indicator.findMany({
        where: { id: { in: ids }, status: "PUBLISHED" },
        select: INDICATOR_SELECT,
      }),
    indicatorDto,
  );

export function listApiIndicators(query: z.output<typeof indicatorListQuery>) {
  const where = [
    Prisma.sql`i.status = 'PUBLISHED'`,
    ...enumCondition(Prisma.sql`i.kind`, query.kind),
  ];
  return listCollection(
    tableCollection("indicators", "i", "INDICATOR", where),
    ascendingBy("slug", Prisma.sql`i.slug`),
    query,
    loadIndicators,
  );
}

/** A published indicator by id or slug. */
export function findApiIndicator(idOrSlug: string) {
  return db.indicator.findFirst({
    where: { status: "PUBLISHED", ...idOrSlugWhere(idOrSlug) },
    select: INDICATOR_SELECT,
  });
}

export async function getApiIndicator(idOrSlug: string): Promise<IndicatorDto | null> {
  return loadOne("INDICATOR", await findApiIndicator(idOrSlug), loadIndicators);
}

// ───────────────────────────── observations

const OBSERVATION_SELECT = {
  id: true,
  indicatorId: true,
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
  rankReason: true,
  series: true,
  note: true,
  publishedAt: true,
  updatedAt: true,
  version: true,
  citations: { select: CITATION_SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.ObservationSelect;

type ObservationRow = Prisma.ObservationGetPayload<{ select: typeof OBSERVATION_SELECT }>;

function observationDto(row: ObservationRow, updatedAt: string): ObservationDto {
  return {
    id: row.id,
    indicator_id: row.indicatorId,
    place_id: row.placeId,
    period: { start: isoDay(row.periodStart), end: isoDay(row.periodEnd) },
    value: row.value,
    low: row.low,
    high: row.high,
    data_status: wireValue(row.dataStatus),
    gap_state: wireValue(row.gapState),
    carried_forward_from: row.carriedForwardFrom ? isoDay(row.carriedForwardFrom) : null,
    rank: wireValue(row.rank),
    rank_reason: row.rankReason,
    series: row.series,
    note: row.note,
    citations: row.citations.map(citationDto),
    published_at: timestampOrNull(row.publishedAt),
    updated_at: updatedAt,
    version: row.version,
  };
}

/** Observations are public while they and their indicator are published. */
export const PUBLIC_OBSERVATION = Prisma.sql`o.status = 'PUBLISHED' AND EXISTS (
  SELECT 1 FROM indicators oi WHERE oi.id = o.indicator_id AND oi.status = 'PUBLISHED')`;

export interface ObservationFilters {
  indicatorIds: string[] | null;
  placeIds: string[] | null;
  sourceIds: string[] | null;
  from: string | undefined;
  to: string | undefined;
}

export async function observationFilters(query: {
  indicator?: string[];
  place?: string[];
  source?: string[];
  from?: string;
  to?: string;
}): Promise<ObservationFilters> {
  return {
    indicatorIds: query.indicator ? await resolveIndicators("indicator", query.indicator) : null,
    placeIds: query.place ? await resolvePlaces("place", query.place) : null,
    sourceIds: query.source ? await resolveSources("source", query.source) : null,
    from: query.from,
    to: query.to,
  };
}

export function observationCondition(filters: ObservationFilters): Prisma.Sql {
  const parts = [PUBLIC_OBSERVATION];
  if (filters.indicatorIds) {
    parts.push(Prisma.sql`o.indicator_id::text IN (${Prisma.join(filters.indicatorIds)})`);
  }
  if (filters.placeIds) parts.push(Prisma.sql`o.place_id IN (${Prisma.join(filters.placeIds)})`);
  if (filters.sourceIds) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM citations oc WHERE oc.observation_id = o.id
      AND oc.source_id::text IN (${Prisma.join(filters.sourceIds)}))`);
  }
  if (filters.from) parts.push(Prisma.sql`o.period_end >= ${filters.from}::date`);
  if (filters.to) parts.push(Prisma.sql`o.period_start <= ${filters.to}::date`);
  return Prisma.join(parts, " AND ");
}

export async function listApiObservations(query: ObservationListQuery) {
  const filters = await observationFilters(query);
  return listCollection(
    tableCollection("observations", "o", "OBSERVATION", [observationCondition(filters)]),
    ascendingBy("period", Prisma.sql`o.period_start`, "date"),
    query,
    (keys) =>
      loadInOrder(
        keys,
        (ids) =>
          db.observation.findMany({
            where: { id: { in: ids }, status: "PUBLISHED", indicator: { status: "PUBLISHED" } },
            select: OBSERVATION_SELECT,
          }),
        observationDto,
      ),
  );
}
