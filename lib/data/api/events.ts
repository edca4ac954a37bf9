import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { invalidParameter } from "@/lib/api/errors";
import { wireValue } from "@/lib/api/schemas/common";
import {
  EVENT_FIELDS,
  type EventDto,
  type EventListQuery,
  type EventSort,
} from "@/lib/api/schemas/events";
import {
  categoryToParam,
  parseEventFilters,
  type EventFilters,
} from "@/lib/validations/event-filters";
import { listActorSlugs } from "../actors";
import { publishedEventCondition } from "../events";
import { CITATION_SELECT, citationDto, dateRangeDto, localized, timestampOrNull } from "./dto";
import {
  listCollection,
  loadInOrder,
  loadOne,
  sortByUpdated,
  tableCollection,
  type KeyRow,
  type Sort,
} from "./keyset";

/** Published events for the API: the timeline's filters, keyset pages, `fields` selection. */

const SORTS: Readonly<Record<EventSort, Sort>> = {
  "-date": { name: "-date", type: "date", descending: true, key: () => Prisma.sql`e.date_start` },
  date: { name: "date", type: "date", descending: false, key: () => Prisma.sql`e.date_start` },
  updated: sortByUpdated(false),
  "-updated": sortByUpdated(true),
};

const EVENT_SCALARS = {
  id: true,
  titleEn: true,
  titleFr: true,
  summaryEn: true,
  summaryFr: true,
  category: true,
  ucdpViolenceType: true,
  dateStart: true,
  dateEnd: true,
  datePrecision: true,
  countryId: true,
  areaId: true,
  areaName: true,
  locationName: true,
  latitude: true,
  longitude: true,
  geoPrecision: true,
  fatalitiesLow: true,
  fatalitiesBest: true,
  fatalitiesHigh: true,
  fatalitiesSideA: true,
  fatalitiesSideB: true,
  fatalitiesCivilians: true,
  fatalitiesUnknown: true,
  dataStatus: true,
  qualityFlags: true,
  sourceText: true,
  numberOfSources: true,
  publishedAt: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof EVENT_SCALARS }>;
type Related = Pick<EventDto, "actors" | "citations" | "external_ids">;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Actors, citations and external ids of the events, loaded only when asked for. */
async function loadRelated(ids: string[], wanted: (field: keyof EventDto) => boolean) {
  const where = { eventId: { in: ids } };
  const [actors, citations, externalIds] = await Promise.all([
    wanted("actors")
      ? db.eventActor.findMany({
          where,
          select: { eventId: true, actorId: true, role: true },
          orderBy: [{ role: "asc" }, { actorId: "asc" }],
        })
      : [],
    wanted("citations")
      ? db.citation.findMany({
          where,
          select: { ...CITATION_SELECT, eventId: true },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        })
      : [],
    wanted("external_ids")
      ? db.eventExternalId.findMany({
          where,
          select: { eventId: true, system: true, externalId: true, release: true },
          orderBy: [{ system: "asc" }, { externalId: "asc" }],
        })
      : [],
  ]);
  const actorsOf = groupBy(actors, (row) => row.eventId);
  const citationsOf = groupBy(citations, (row) => row.eventId ?? "");
  const externalOf = groupBy(externalIds, (row) => row.eventId);
  return (id: string): Related => ({
    actors: (actorsOf.get(id) ?? []).map((row) => ({
      actor_id: row.actorId,
      role: wireValue(row.role),
    })),
    citations: (citationsOf.get(id) ?? []).map(citationDto),
    external_ids: (externalOf.get(id) ?? []).map((row) => ({
      system: wireValue(row.system),
      id: row.externalId,
      release: row.release,
    })),
  });
}

function eventDto(row: EventRow, related: Related, updatedAt: string): EventDto {
  return {
    id: row.id,
    title: localized(row.titleEn, row.titleFr),
    summary: localized(row.summaryEn, row.summaryFr),
    category: categoryToParam(row.category),
    ucdp_violence_type: row.ucdpViolenceType,
    date: dateRangeDto(row.dateStart, row.dateEnd, row.datePrecision),
    location: {
      country_id: row.countryId,
      area_id: row.areaId,
      area_name: row.areaName,
      name: row.locationName,
      latitude: row.latitude,
      longitude: row.longitude,
      precision: row.geoPrecision,
    },
    fatalities: {
      low: row.fatalitiesLow,
      best: row.fatalitiesBest,
      high: row.fatalitiesHigh,
      side_a: row.fatalitiesSideA,
      side_b: row.fatalitiesSideB,
      civilians: row.fatalitiesCivilians,
      unknown: row.fatalitiesUnknown,
    },
    data_status: wireValue(row.dataStatus),
    quality_flags: row.qualityFlags.map(wireValue),
    ...related,
    source_text: row.sourceText,
    number_of_sources: row.numberOfSources,
    published_at: timestampOrNull(row.publishedAt),
    updated_at: updatedAt,
    version: row.version,
  };
}

async function loadEvents(
  keys: readonly KeyRow[],
  fields: ReadonlySet<string> | null,
): Promise<EventDto[]> {
  const wanted = (field: keyof EventDto) => fields === null || fields.has(field);
  const ids = keys.map((key) => key.id);
  const relatedOf = ids.length === 0 ? null : await loadRelated(ids, wanted);
  return loadInOrder(
    keys,
    (found) =>
      db.event.findMany({
        where: { id: { in: found }, status: "PUBLISHED" },
        select: EVENT_SCALARS,
      }),
    (row, updatedAt) => eventDto(row, relatedOf?.(row.id) ?? NO_RELATED, updatedAt),
  );
}

const NO_RELATED: Related = { actors: [], citations: [], external_ids: [] };

/** The EventFilters of the query, checked as the timeline checks them (actor slugs included). */
async function filtersOf(params: URLSearchParams): Promise<EventFilters> {
  const parsed = parseEventFilters(params, { actorSlugs: await listActorSlugs() });
  if (parsed.ok) return parsed.filters;
  const [issue] = parsed.issues;
  const param = issue?.param ?? "query";
  throw invalidParameter(param, issue?.message.replace(`${param}: `, "") ?? "invalid");
}

export type EventListItem = Partial<EventDto> & { id: string };

export async function listApiEvents(query: EventListQuery, params: URLSearchParams) {
  const filters = await filtersOf(params);
  const sort = SORTS[query.sort ?? (query.updated_since ? "updated" : "-date")];
  const fields = query.fields ? new Set<string>(query.fields) : null;
  const page = await listCollection(
    tableCollection("events", "e", "EVENT", [publishedEventCondition(filters)]),
    sort,
    query,
    (keys) => loadEvents(keys, fields),
    sort,
  );
  const items: EventListItem[] = fields
    ? page.items.map((event) => pickFields(event, fields))
    : page.items;
  return { ...page, items };
}

function pickFields(event: EventDto, fields: ReadonlySet<string>): EventListItem {
  const picked: EventListItem = { id: event.id };
  for (const field of EVENT_FIELDS) {
    if (fields.has(field)) Object.assign(picked, { [field]: event[field] });
  }
  return picked;
}

export async function getApiEvent(id: string): Promise<EventDto | null> {
  const found = await db.event.findFirst({
    where: { id, status: "PUBLISHED" },
    select: { id: true, updatedAt: true },
  });
  return loadOne("EVENT", found, (keys) => loadEvents(keys, null));
}
