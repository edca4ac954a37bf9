import { FATALITY_FIELDS, withFatalityFlags } from "@/lib/validations/fatalities";
import { EVENT_COUNTRY_IDS, eventDataSchema, type EventData } from "@/lib/validations/event";
import { loadCitations, syncCitations } from "../citations";
import type { Db, RecordAdapter, RecordData, WriteMeta } from "../types";

const day = (value: Date) => value.toISOString().slice(0, 10);
const toDate = (value: string) => new Date(`${value}T00:00:00.000Z`);

function columns(data: EventData) {
  return {
    titleEn: data.titleEn,
    titleFr: data.titleFr,
    summaryEn: data.summaryEn,
    summaryFr: data.summaryFr,
    category: data.category,
    datePrecision: data.datePrecision,
    dateStart: toDate(data.dateStart),
    dateEnd: toDate(data.dateEnd),
    countryId: data.countryId,
    areaId: data.areaId,
    locationName: data.locationName,
    latitude: data.latitude,
    longitude: data.longitude,
    geoPrecision: data.geoPrecision,
    fatalitiesLow: data.fatalitiesLow,
    fatalitiesBest: data.fatalitiesBest,
    fatalitiesHigh: data.fatalitiesHigh,
    fatalitiesSideA: data.fatalitiesSideA,
    fatalitiesSideB: data.fatalitiesSideB,
    fatalitiesCivilians: data.fatalitiesCivilians,
    fatalitiesUnknown: data.fatalitiesUnknown,
    dataStatus: data.dataStatus,
  };
}

function workflowColumns(meta: WriteMeta) {
  return {
    status: meta.workflow?.status ?? "DRAFT",
    retractionReason: meta.workflow?.retractionReason ?? null,
    publishedAt: meta.publishedAt,
  };
}

async function writeLinks(db: Db, eventId: string, data: EventData, userId: string) {
  await db.eventActor.deleteMany({ where: { eventId } });
  if (data.actors.length > 0) {
    await db.eventActor.createMany({
      data: data.actors.map((link) => ({ eventId, actorId: link.actorId, role: link.role })),
    });
  }
  await syncCitations(db, { eventId }, data.citations, userId);
}

export const eventAdapter: RecordAdapter<typeof eventDataSchema> = {
  type: "EVENT",
  collection: "events",
  hasWorkflow: true,
  creatable: true,
  permissions: {
    draft: "events.draft",
    write: "events.write",
    submit: "events.submit",
    publish: "events.publish",
    retract: "events.retract",
    revert: "events.revert",
  },
  schema: eventDataSchema,
  figureFields: async () => FATALITY_FIELDS,

  async load(db, id) {
    const row = await db.event.findUnique({
      where: { id },
      include: { actors: { select: { actorId: true, role: true } } },
    });
    if (!row) return null;
    const data: EventData = {
      titleEn: row.titleEn,
      titleFr: row.titleFr,
      summaryEn: row.summaryEn,
      summaryFr: row.summaryFr,
      category: row.category,
      datePrecision: row.datePrecision,
      dateStart: day(row.dateStart),
      dateEnd: day(row.dateEnd),
      countryId: EVENT_COUNTRY_IDS.find((country) => country === row.countryId) ?? "AES",
      areaId: row.areaId,
      locationName: row.locationName,
      latitude: row.latitude,
      longitude: row.longitude,
      geoPrecision: row.geoPrecision,
      fatalitiesLow: row.fatalitiesLow,
      fatalitiesBest: row.fatalitiesBest,
      fatalitiesHigh: row.fatalitiesHigh,
      fatalitiesSideA: row.fatalitiesSideA,
      fatalitiesSideB: row.fatalitiesSideB,
      fatalitiesCivilians: row.fatalitiesCivilians,
      fatalitiesUnknown: row.fatalitiesUnknown,
      dataStatus: row.dataStatus,
      actors: [...row.actors].sort(
        (a, b) => a.role.localeCompare(b.role) || a.actorId.localeCompare(b.actorId),
      ),
      citations: await loadCitations(db, { eventId: id }),
    };
    return {
      id: row.id,
      version: row.version,
      workflow: { status: row.status, retractionReason: row.retractionReason },
      publishedAt: row.publishedAt,
      createdById: row.createdById,
      data,
    };
  },

  async insert(db, data, meta) {
    const row = await db.event.create({
      data: {
        ...columns(data),
        ...workflowColumns(meta),
        qualityFlags: withFatalityFlags([], data),
        createdById: meta.userId,
        updatedById: meta.userId,
      },
      select: { id: true },
    });
    await writeLinks(db, row.id, data, meta.userId);
    return row.id;
  },

  async write(db, id, expectedVersion, nextVersion, data, meta) {
    const current = await db.event.findUnique({ where: { id }, select: { qualityFlags: true } });
    if (!current) return false;
    const { count } = await db.event.updateMany({
      where: { id, version: expectedVersion },
      data: {
        ...columns(data),
        ...workflowColumns(meta),
        qualityFlags: withFatalityFlags(current.qualityFlags, data),
        version: nextVersion,
        updatedById: meta.userId,
      },
    });
    if (count === 0) return false;
    await writeLinks(db, id, data, meta.userId);
    return true;
  },

  publicPath: (id) => `/events/${id}`,
  label: (data: RecordData) =>
    String(data.titleEn ?? data.titleFr ?? "").trim() || String(data.dateStart ?? ""),
};
