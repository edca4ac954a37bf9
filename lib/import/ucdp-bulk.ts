/**
 * Bulk writes of UCDP events with their external ids, citations and actor links: one statement per
 * table per batch, each column sent as one array parameter and expanded by unnest(). Prisma's
 * createMany / per-row update did the same in ~6 s for the GED file (most of it serialising
 * 110,000 values in the client, or 2,000 round trips for a release superseding 425 events); this
 * takes well under a second.
 *
 * Column names follow prisma/schema.prisma's @map; the integration tests read the rows back
 * through Prisma, so a drift between the two fails them.
 */
import { stableUuid } from "@/lib/db/stable-id";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActorRole } from "@/lib/generated/prisma/enums";
import type { ImportDb } from "./importer";
import type { UcdpEventFields } from "./ucdp-event";
import { isoDay } from "./values";

export interface UcdpEventWrite {
  eventId: string;
  ucdpId: string;
  fields: UcdpEventFields;
  actorLinks: { actorId: string; role: ActorRole }[];
}

export interface BulkContext {
  importRunId: string | null;
  importedById: string | null;
  now: Date;
  sourceId: string;
  release: string;
  locatorOf(ucdpId: string): string;
}

/** A Postgres array literal for an enum array; enum labels are plain identifiers, no quoting needed. */
const enumArrayLiteral = (values: readonly string[]) => `{${values.join(",")}}`;

/** `unnest(<one array per column>) AS r(<names>)`: the events as a relation, typed as the table. */
function eventRows(events: readonly UcdpEventWrite[]): Prisma.Sql {
  const column = <T>(pick: (fields: UcdpEventFields) => T) =>
    events.map((event) => pick(event.fields));
  return Prisma.sql`unnest(
      ${events.map((event) => event.eventId)}::uuid[], ${column((f) => f.titleEn)}::text[],
      ${column((f) => f.titleFr)}::text[], ${column((f) => f.category)}::"event_category"[],
      ${column((f) => f.ucdpViolenceType)}::smallint[], ${column((f) => isoDay(f.dateStart))}::date[],
      ${column((f) => isoDay(f.dateEnd))}::date[], ${column((f) => f.datePrecision)}::"date_precision"[],
      ${column((f) => f.countryId)}::text[], ${column((f) => f.areaId)}::text[],
      ${column((f) => f.areaName)}::text[], ${column((f) => f.locationName)}::text[],
      ${column((f) => f.latitude)}::float8[], ${column((f) => f.longitude)}::float8[],
      ${column((f) => f.geoPrecision)}::smallint[], ${column((f) => f.fatalitiesLow)}::int[],
      ${column((f) => f.fatalitiesBest)}::int[], ${column((f) => f.fatalitiesHigh)}::int[],
      ${column((f) => f.fatalitiesSideA)}::int[], ${column((f) => f.fatalitiesSideB)}::int[],
      ${column((f) => f.fatalitiesCivilians)}::int[], ${column((f) => f.fatalitiesUnknown)}::int[],
      ${column((f) => f.dataStatus)}::"data_status"[], ${column((f) => enumArrayLiteral(f.qualityFlags))}::text[],
      ${column((f) => f.sourceText)}::text[], ${column((f) => f.numberOfSources)}::int[],
      ${column((f) => f.sourceCodeStatus)}::text[]
    ) AS r(
      id, title_en, title_fr, category, ucdp_violence_type, date_start, date_end, date_precision,
      country_id, area_id, area_name, location_name, latitude, longitude, geo_precision,
      fatalities_low, fatalities_best, fatalities_high, fatalities_side_a, fatalities_side_b,
      fatalities_civilians, fatalities_unknown, data_status, quality_flags, source_text,
      number_of_sources, source_code_status
    )`;
}

async function insertCitations(
  db: ImportDb,
  events: readonly UcdpEventWrite[],
  context: BulkContext,
) {
  if (events.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "citations" ("id", "source_id", "event_id", "title", "locator", "created_by_id")
    SELECT r.id, ${context.sourceId}::uuid, r.event_id, ${context.release}, r.locator,
           ${context.importedById}::uuid
    FROM unnest(
      ${events.map((event) => stableUuid(`citation:event:${event.eventId}:${context.release}`))}::uuid[], ${events.map((event) => event.eventId)}::uuid[],
      ${events.map((event) => context.locatorOf(event.ucdpId))}::text[]
    ) AS r(id, event_id, locator)`;
}

async function insertActorLinks(db: ImportDb, events: readonly UcdpEventWrite[]) {
  const links = events.flatMap((event) =>
    event.actorLinks.map((link) => ({ eventId: event.eventId, ...link })),
  );
  if (links.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "event_actors" ("event_id", "actor_id", "role")
    SELECT r.event_id, r.actor_id, r.role::"actor_role"
    FROM unnest(
      ${links.map((link) => link.eventId)}::uuid[], ${links.map((link) => link.actorId)}::uuid[],
      ${links.map((link) => link.role)}::text[]
    ) AS r(event_id, actor_id, role)`;
}

export async function insertUcdpEvents(
  db: ImportDb,
  events: readonly UcdpEventWrite[],
  context: BulkContext,
) {
  if (events.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "events" (
      "id", "title_en", "title_fr", "category", "ucdp_violence_type", "date_start", "date_end",
      "date_precision", "country_id", "area_id", "area_name", "location_name", "latitude", "longitude",
      "geo_precision", "fatalities_low", "fatalities_best", "fatalities_high", "fatalities_side_a",
      "fatalities_side_b", "fatalities_civilians", "fatalities_unknown", "data_status", "quality_flags",
      "source_text", "number_of_sources", "source_code_status",
      "status", "published_at", "import_run_id", "created_by_id", "updated_by_id", "updated_at"
    )
    SELECT
      r.id, r.title_en, r.title_fr, r.category, r.ucdp_violence_type, r.date_start, r.date_end,
      r.date_precision, r.country_id, r.area_id, r.area_name, r.location_name, r.latitude, r.longitude,
      r.geo_precision, r.fatalities_low, r.fatalities_best, r.fatalities_high, r.fatalities_side_a,
      r.fatalities_side_b, r.fatalities_civilians, r.fatalities_unknown, r.data_status,
      r.quality_flags::"quality_flag"[], r.source_text, r.number_of_sources, r.source_code_status,
      'PUBLISHED'::"publication_status", ${context.now}::timestamptz, ${context.importRunId}::uuid,
      ${context.importedById}::uuid, ${context.importedById}::uuid, ${context.now}::timestamptz
    FROM ${eventRows(events)}`;

  await db.$executeRaw`
    INSERT INTO "event_external_ids" ("event_id", "system", "external_id", "release")
    SELECT r.event_id, 'UCDP'::"external_system", r.external_id, ${context.release}
    FROM unnest(
      ${events.map((event) => event.eventId)}::uuid[], ${events.map((event) => event.ucdpId)}::text[]
    ) AS r(event_id, external_id)`;

  await insertCitations(db, events, context);
  await insertActorLinks(db, events);
}

/**
 * Rewrites changed events from a newer release: the event's fields (version + 1, publication status
 * untouched), its actor links, its UCDP citation (the one backing the values shown) and the release
 * of its external id.
 */
export async function updateUcdpEvents(
  db: ImportDb,
  events: readonly UcdpEventWrite[],
  context: BulkContext & { ucdpSourceIds: readonly string[] },
) {
  if (events.length === 0) return;
  const ids = events.map((event) => event.eventId);
  await db.$executeRaw`
    UPDATE "events" AS e SET
      "title_en" = r.title_en, "title_fr" = r.title_fr, "category" = r.category,
      "ucdp_violence_type" = r.ucdp_violence_type, "date_start" = r.date_start, "date_end" = r.date_end,
      "date_precision" = r.date_precision, "country_id" = r.country_id, "area_id" = r.area_id,
      "area_name" = r.area_name, "location_name" = r.location_name, "latitude" = r.latitude,
      "longitude" = r.longitude, "geo_precision" = r.geo_precision, "fatalities_low" = r.fatalities_low,
      "fatalities_best" = r.fatalities_best, "fatalities_high" = r.fatalities_high,
      "fatalities_side_a" = r.fatalities_side_a, "fatalities_side_b" = r.fatalities_side_b,
      "fatalities_civilians" = r.fatalities_civilians, "fatalities_unknown" = r.fatalities_unknown,
      "data_status" = r.data_status, "quality_flags" = r.quality_flags::"quality_flag"[],
      "source_text" = r.source_text, "number_of_sources" = r.number_of_sources,
      "source_code_status" = r.source_code_status,
      "version" = e."version" + 1, "import_run_id" = ${context.importRunId}::uuid,
      "updated_by_id" = ${context.importedById}::uuid, "updated_at" = ${context.now}::timestamptz
    FROM ${eventRows(events)}
    WHERE e."id" = r.id`;

  await db.$executeRaw`DELETE FROM "event_actors" WHERE "event_id" = ANY(${ids}::uuid[])`;
  await insertActorLinks(db, events);
  await db.$executeRaw`
    DELETE FROM "citations"
    WHERE "event_id" = ANY(${ids}::uuid[]) AND "source_id" = ANY(${[...context.ucdpSourceIds]}::uuid[])`;
  await insertCitations(db, events, context);
  await db.$executeRaw`
    UPDATE "event_external_ids" AS x SET "release" = ${context.release}
    FROM unnest(${ids}::uuid[], ${events.map((event) => event.ucdpId)}::text[]) AS r(event_id, external_id)
    WHERE x."system" = 'UCDP' AND x."event_id" = r.event_id AND x."external_id" = r.external_id`;
}
