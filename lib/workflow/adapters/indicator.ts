import { AppError } from "@/lib/actions/errors";
import {
  FIGURE_INDICATOR_KINDS,
  indicatorDataSchema,
  observationDataSchema,
  type IndicatorData,
  type ObservationData,
} from "@/lib/validations/indicator";
import { loadCitations, syncCitations } from "../citations";
import type { Db, RecordAdapter } from "../types";
import {
  assertFree,
  day,
  optionalDate,
  optionalDay,
  storedRecord,
  toDate,
  workflowColumns,
} from "./shared";

const INDICATOR_PERMISSIONS = {
  draft: "indicators.draft",
  write: "indicators.write",
  submit: "indicators.submit",
  publish: "indicators.publish",
  retract: "indicators.retract",
  revert: "indicators.revert",
} as const;

const indicatorColumns = (data: IndicatorData) => ({
  slug: data.slug,
  nameEn: data.nameEn,
  nameFr: data.nameFr,
  kind: data.kind,
  unit: data.unit,
  descriptionEn: data.descriptionEn,
  descriptionFr: data.descriptionFr,
  methodologyEn: data.methodologyEn,
  methodologyFr: data.methodologyFr,
  producer: data.producer,
  licence: data.licence,
  citationText: data.citationText,
  sourceId: data.sourceId,
  updateFrequency: data.updateFrequency,
  seriesStatus: data.seriesStatus,
  seriesStatusNote: data.seriesStatusNote,
});

export const indicatorAdapter: RecordAdapter<typeof indicatorDataSchema> = {
  type: "INDICATOR",
  collection: "indicators",
  hasWorkflow: true,
  creatable: true,
  permissions: INDICATOR_PERMISSIONS,
  schema: indicatorDataSchema,
  figureFields: async () => [],

  async load(db, id) {
    const row = await db.indicator.findUnique({ where: { id } });
    return row ? storedRecord(row, indicatorColumns(row)) : null;
  },

  async insert(db, data, meta) {
    await assertFree(
      db.indicator.findUnique({ where: { slug: data.slug }, select: { id: true } }),
      "slug",
    );
    const row = await db.indicator.create({
      data: {
        ...indicatorColumns(data),
        ...workflowColumns(meta),
        createdById: meta.userId,
        updatedById: meta.userId,
      },
      select: { id: true },
    });
    return row.id;
  },

  async write(db, id, expectedVersion, nextVersion, data, meta) {
    await assertFree(
      db.indicator.findUnique({ where: { slug: data.slug }, select: { id: true } }),
      "slug",
      id,
    );
    const { count } = await db.indicator.updateMany({
      where: { id, version: expectedVersion },
      data: {
        ...indicatorColumns(data),
        ...workflowColumns(meta),
        version: nextVersion,
        updatedById: meta.userId,
      },
    });
    return count > 0;
  },

  publicPath: (_id, data) => (typeof data.slug === "string" ? `/indicators/${data.slug}` : null),
  label: (data) => String(data.nameEn || data.nameFr || data.slug || ""),
};

const observationColumns = (data: ObservationData) => ({
  indicatorId: data.indicatorId,
  placeId: data.placeId,
  periodStart: toDate(data.periodStart),
  periodEnd: toDate(data.periodEnd),
  value: data.value,
  low: data.low,
  high: data.high,
  dataStatus: data.dataStatus,
  gapState: data.gapState,
  carriedForwardFrom: optionalDate(data.carriedForwardFrom),
  rank: data.rank,
  rankReason: data.rankReason,
  series: data.series,
  note: data.note,
});

/** One observation per indicator, place, period and series. */
async function assertUniquePeriod(db: Db, data: ObservationData, ownId?: string) {
  const other = await db.observation.findFirst({
    where: {
      indicatorId: data.indicatorId,
      placeId: data.placeId,
      periodStart: toDate(data.periodStart),
      periodEnd: toDate(data.periodEnd),
      series: data.series,
      ...(ownId ? { id: { not: ownId } } : {}),
    },
    select: { id: true },
  });
  if (other) {
    throw new AppError("invalid", undefined, { fieldErrors: { "data.periodStart": ["taken"] } });
  }
}

export const observationAdapter: RecordAdapter<typeof observationDataSchema> = {
  type: "OBSERVATION",
  collection: "observations",
  hasWorkflow: true,
  creatable: true,
  permissions: INDICATOR_PERMISSIONS,
  schema: observationDataSchema,
  // Values of fatality, casualty and displacement indicators fall under the two-person rule.
  async figureFields(db, data) {
    if (typeof data.indicatorId !== "string") return [];
    const indicator = await db.indicator.findUnique({
      where: { id: data.indicatorId },
      select: { kind: true },
    });
    return indicator && FIGURE_INDICATOR_KINDS.has(indicator.kind) ? ["value", "low", "high"] : [];
  },

  async load(db, id) {
    const row = await db.observation.findUnique({ where: { id } });
    if (!row) return null;
    const data: ObservationData = {
      indicatorId: row.indicatorId,
      placeId: row.placeId,
      periodStart: day(row.periodStart),
      periodEnd: day(row.periodEnd),
      value: row.value,
      low: row.low,
      high: row.high,
      dataStatus: row.dataStatus,
      gapState: row.gapState,
      carriedForwardFrom: optionalDay(row.carriedForwardFrom),
      rank: row.rank,
      rankReason: row.rankReason,
      series: row.series,
      note: row.note,
      citations: await loadCitations(db, { observationId: id }),
    };
    return storedRecord(row, data);
  },

  async insert(db, data, meta) {
    await assertUniquePeriod(db, data);
    const row = await db.observation.create({
      data: {
        ...observationColumns(data),
        ...workflowColumns(meta),
        createdById: meta.userId,
        updatedById: meta.userId,
      },
      select: { id: true },
    });
    await syncCitations(db, { observationId: row.id }, data.citations, meta.userId);
    return row.id;
  },

  async write(db, id, expectedVersion, nextVersion, data, meta) {
    await assertUniquePeriod(db, data, id);
    const { count } = await db.observation.updateMany({
      where: { id, version: expectedVersion },
      data: {
        ...observationColumns(data),
        ...workflowColumns(meta),
        version: nextVersion,
        updatedById: meta.userId,
      },
    });
    if (count === 0) return false;
    await syncCitations(db, { observationId: id }, data.citations, meta.userId);
    return true;
  },

  publicPath: () => null,
  label: (data) =>
    [data.placeId, data.periodEnd, data.value].filter((part) => part !== null).join(" · "),
};
