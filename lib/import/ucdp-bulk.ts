/**
 * Bulk inserts of new UCDP events with their external ids, citations and actor links: one
 * statement per table per batch, each column sent as one array parameter and expanded by
 * unnest(). Prisma's createMany did the same in ~6 s for the GED file, most of it spent
 * serialising 110,000 values in the client; this takes well under a second.
 *
 * Column names follow prisma/schema.prisma's @map; the integration tests read the rows back
 * through Prisma, so a drift between the two fails them.
 */
import type { ActorRole } from "@/lib/generated/prisma/enums";
import type { ImportDb } from "./importer";
import type { UcdpEventFields } from "./ucdp-event";
import { isoDay } from "./values";

export interface NewUcdpEvent {
  eventId: string;
  ucdpId: string;
  fields: UcdpEventFields;
  actorLinks: { actorId: string; role: ActorRole }[];
  citationId: string;
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

export async function insertUcdpEvents(db: ImportDb, events: readonly NewUcdpEvent[], context: BulkContext) {
  if (events.length === 0) return;
  const column = <T>(pick: (fields: UcdpEventFields) => T) => events.map((event) => pick(event.fields));
  const ids = events.map((event) => event.eventId);

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
      r.id, r.title_en, r.title_fr, r.category::"event_category", r.violence_type, r.date_start::date,
      r.date_end::date, r.date_precision::"date_precision", r.country_id, r.area_id, r.area_name,
      r.location_name, r.latitude, r.longitude, r.geo_precision, r.low, r.best, r.high, r.side_a,
      r.side_b, r.civilians, r.unknown, r.data_status::"data_status", r.flags::"quality_flag"[],
      r.source_text, r.number_of_sources, r.code_status,
      'PUBLISHED'::"publication_status", ${context.now}::timestamptz, ${context.importRunId}::uuid,
      ${context.importedById}::uuid, ${context.importedById}::uuid, ${context.now}::timestamptz
    FROM unnest(
      ${ids}::uuid[], ${column((f) => f.titleEn)}::text[], ${column((f) => f.titleFr)}::text[],
      ${column((f) => f.category)}::text[], ${column((f) => f.ucdpViolenceType)}::smallint[],
      ${column((f) => isoDay(f.dateStart))}::text[], ${column((f) => isoDay(f.dateEnd))}::text[],
      ${column((f) => f.datePrecision)}::text[], ${column((f) => f.countryId)}::text[],
      ${column((f) => f.areaId)}::text[], ${column((f) => f.areaName)}::text[],
      ${column((f) => f.locationName)}::text[], ${column((f) => f.latitude)}::float8[],
      ${column((f) => f.longitude)}::float8[], ${column((f) => f.geoPrecision)}::smallint[],
      ${column((f) => f.fatalitiesLow)}::int[], ${column((f) => f.fatalitiesBest)}::int[],
      ${column((f) => f.fatalitiesHigh)}::int[], ${column((f) => f.fatalitiesSideA)}::int[],
      ${column((f) => f.fatalitiesSideB)}::int[], ${column((f) => f.fatalitiesCivilians)}::int[],
      ${column((f) => f.fatalitiesUnknown)}::int[], ${column((f) => f.dataStatus)}::text[],
      ${column((f) => enumArrayLiteral(f.qualityFlags))}::text[], ${column((f) => f.sourceText)}::text[],
      ${column((f) => f.numberOfSources)}::int[], ${column((f) => f.sourceCodeStatus)}::text[]
    ) AS r(
      id, title_en, title_fr, category, violence_type, date_start, date_end, date_precision, country_id,
      area_id, area_name, location_name, latitude, longitude, geo_precision, low, best, high, side_a,
      side_b, civilians, unknown, data_status, flags, source_text, number_of_sources, code_status
    )`;

  await db.$executeRaw`
    INSERT INTO "event_external_ids" ("event_id", "system", "external_id", "release")
    SELECT r.event_id, 'UCDP'::"external_system", r.external_id, ${context.release}
    FROM unnest(${ids}::uuid[], ${events.map((event) => event.ucdpId)}::text[]) AS r(event_id, external_id)`;

  await db.$executeRaw`
    INSERT INTO "citations" ("id", "source_id", "event_id", "title", "locator", "created_by_id")
    SELECT r.id, ${context.sourceId}::uuid, r.event_id, ${context.release}, r.locator, ${context.importedById}::uuid
    FROM unnest(
      ${events.map((event) => event.citationId)}::uuid[], ${ids}::uuid[],
      ${events.map((event) => context.locatorOf(event.ucdpId))}::text[]
    ) AS r(id, event_id, locator)`;

  const links = events.flatMap((event) => event.actorLinks.map((link) => ({ eventId: event.eventId, ...link })));
  await db.$executeRaw`
    INSERT INTO "event_actors" ("event_id", "actor_id", "role")
    SELECT r.event_id, r.actor_id, r.role::"actor_role"
    FROM unnest(
      ${links.map((link) => link.eventId)}::uuid[], ${links.map((link) => link.actorId)}::uuid[],
      ${links.map((link) => link.role)}::text[]
    ) AS r(event_id, actor_id, role)`;
}
