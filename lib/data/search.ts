import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActorKind, EventCategory, ReliabilityGrade } from "@/lib/generated/prisma/enums";
import { toPrefixTsQuery } from "@/lib/events/text-query";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Full-text search (PostgreSQL tsvector/tsquery, 'simple' configuration + unaccent: see the
 * search_unaccent migration). The document expressions below are the indexed ones, character for
 * character: a different expression would silently fall back to a sequential scan.
 *
 * An event matches when its own text matches, or its area or country does (by any name or alias:
 * "segou" finds every event in Ségou), or one of its actors does (by any alias).
 */

export const EVENT_DOCUMENT = Prisma.sql`sahel_search_vector(e.title_en, e.title_fr, e.summary_en, e.summary_fr, e.location_name, e.area_name)`;
export const ACTOR_ALIAS_DOCUMENT = Prisma.sql`sahel_search_vector(aa.alias)`;

function matchingPlaceIds(query: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id FROM places p WHERE sahel_search_vector(p.name_en, p.name_fr) @@ ${query}
    UNION
    SELECT pa.place_id FROM place_aliases pa WHERE sahel_search_vector(pa.alias) @@ ${query}`;
}

function matchingActorIds(query: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id FROM actors a WHERE sahel_search_vector(a.slug, a.name_en, a.name_fr) @@ ${query}
    UNION
    SELECT aa.actor_id FROM actor_aliases aa WHERE ${ACTOR_ALIAS_DOCUMENT} @@ ${query}`;
}

function eventMatches(query: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    ${EVENT_DOCUMENT} @@ ${query}
    OR e.area_id IN (${matchingPlaceIds(query)})
    OR e.country_id IN (${matchingPlaceIds(query)})
    OR EXISTS (
      SELECT 1 FROM event_actors ea
      WHERE ea.event_id = e.id AND ea.actor_id IN (${matchingActorIds(query)})
    )
  )`;
}

function tsQuery(text: string): Prisma.Sql | null {
  const query = toPrefixTsQuery(text);
  return query === null ? null : Prisma.sql`to_tsquery('simple', ${query})`;
}

/** The text-match condition over `events e` for a tsquery built by toPrefixTsQuery. */
export function eventTextCondition(tsquery: string): Prisma.Sql {
  return eventMatches(Prisma.sql`to_tsquery('simple', ${tsquery})`);
}

/** Ids of the published events a free-text query matches (for the event filters' `q`). */
export const findPublishedEventIdsMatching = cache(async (text: string): Promise<string[]> => {
  const query = tsQuery(text);
  if (query === null) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM events e WHERE e.status = 'PUBLISHED' AND ${eventMatches(query)}`;
  return rows.map((row) => row.id);
});

// ───────────────────────────── the search page

export interface EventHit {
  id: string;
  title: string;
  titleLocale: Locale;
  dateStart: Date;
  category: EventCategory;
  countryName: string;
}

export interface ActorHit {
  slug: string;
  name: string;
  kind: ActorKind;
  /** The aliases the query matched, when it matched through one rather than the name. */
  matchedAliases: string[];
}

export interface InstitutionHit {
  slug: string;
  acronym: string | null;
  name: string;
  nameLocale: Locale;
}

export interface SourceHit {
  slug: string;
  name: string;
  publisher: string | null;
  reliability: ReliabilityGrade | null;
}

export interface Group<T> {
  total: number;
  hits: T[];
}

export interface SearchResults {
  events: Group<EventHit>;
  actors: Group<ActorHit>;
  institutions: Group<InstitutionHit>;
  sources: Group<SourceHit>;
}

export const SEARCH_HITS_PER_GROUP = 10;

const EMPTY_GROUP = { total: 0, hits: [] };

async function searchEvents(query: Prisma.Sql, locale: Locale): Promise<Group<EventHit>> {
  const rows = await db.$queryRaw<
    {
      id: string;
      title_en: string | null;
      title_fr: string | null;
      date_start: Date;
      category: EventCategory;
      country_en: string;
      country_fr: string;
      total: bigint;
    }[]
  >`
    SELECT e.id, e.title_en, e.title_fr, e.date_start, e.category,
           c.name_en AS country_en, c.name_fr AS country_fr, count(*) OVER () AS total
    FROM events e JOIN places c ON c.id = e.country_id
    WHERE e.status = 'PUBLISHED' AND ${eventMatches(query)}
    ORDER BY ts_rank(${EVENT_DOCUMENT}, ${query}) DESC, e.date_start DESC, e.id
    LIMIT ${SEARCH_HITS_PER_GROUP}`;
  return {
    total: Number(rows[0]?.total ?? 0),
    hits: rows.map((row) => {
      const title = pickLocalized(locale, row.title_en, row.title_fr);
      return {
        id: row.id,
        title: title.text,
        titleLocale: title.locale,
        dateStart: row.date_start,
        category: row.category,
        countryName: locale === "fr" ? row.country_fr : row.country_en,
      };
    }),
  };
}

async function searchActors(query: Prisma.Sql, locale: Locale): Promise<Group<ActorHit>> {
  const rows = await db.$queryRaw<
    {
      slug: string;
      name_en: string;
      name_fr: string;
      kind: ActorKind;
      matched_aliases: string[];
      total: bigint;
    }[]
  >`
    WITH matched AS (${matchingActorIds(query)})
    SELECT a.slug, a.name_en, a.name_fr, a.kind,
           coalesce(array(
             SELECT aa.alias FROM actor_aliases aa
             WHERE aa.actor_id = a.id AND ${ACTOR_ALIAS_DOCUMENT} @@ ${query}
             ORDER BY aa.alias), '{}') AS matched_aliases,
           (SELECT count(*) FROM event_actors ea JOIN events e ON e.id = ea.event_id
            WHERE ea.actor_id = a.id AND e.status = 'PUBLISHED') AS event_count,
           count(*) OVER () AS total
    FROM actors a JOIN matched m ON m.id = a.id
    ORDER BY event_count DESC, a.slug
    LIMIT ${SEARCH_HITS_PER_GROUP}`;
  return {
    total: Number(rows[0]?.total ?? 0),
    hits: rows.map((row) => {
      const name = locale === "fr" ? row.name_fr : row.name_en;
      return {
        slug: row.slug,
        name,
        kind: row.kind,
        matchedAliases: row.matched_aliases.filter((alias) => alias !== name),
      };
    }),
  };
}

async function searchInstitutions(
  query: Prisma.Sql,
  locale: Locale,
): Promise<Group<InstitutionHit>> {
  const rows = await db.$queryRaw<
    {
      slug: string;
      acronym: string | null;
      name_en: string;
      name_fr: string;
      total: bigint;
    }[]
  >`
    SELECT i.slug, i.acronym, i.name_en, i.name_fr, count(*) OVER () AS total
    FROM institutions i
    WHERE i.status = 'PUBLISHED'
      AND sahel_search_vector(i.acronym, i.name_en, i.name_fr, i.description_en, i.description_fr) @@ ${query}
    ORDER BY i.slug
    LIMIT ${SEARCH_HITS_PER_GROUP}`;
  return {
    total: Number(rows[0]?.total ?? 0),
    hits: rows.map((row) => {
      const name = pickLocalized(locale, row.name_en, row.name_fr);
      return { slug: row.slug, acronym: row.acronym, name: name.text, nameLocale: name.locale };
    }),
  };
}

async function searchSources(query: Prisma.Sql): Promise<Group<SourceHit>> {
  const rows = await db.$queryRaw<
    {
      slug: string;
      name: string;
      publisher: string | null;
      reliability: ReliabilityGrade | null;
      total: bigint;
    }[]
  >`
    SELECT s.slug, s.name, s.publisher, s.reliability, count(*) OVER () AS total
    FROM sources s
    WHERE s.status = 'APPROVED' AND s.merged_into_id IS NULL
      AND sahel_search_vector(s.name, s.publisher) @@ ${query}
    ORDER BY s.name
    LIMIT ${SEARCH_HITS_PER_GROUP}`;
  return {
    total: Number(rows[0]?.total ?? 0),
    hits: rows.map((row) => ({
      slug: row.slug,
      name: row.name,
      publisher: row.publisher,
      reliability: row.reliability,
    })),
  };
}

/** Everything a query matches, grouped by kind, the first few of each with the total. */
export const searchPublicRecords = cache(
  async (text: string, locale: Locale): Promise<SearchResults> => {
    const query = tsQuery(text);
    if (query === null) {
      return {
        events: EMPTY_GROUP,
        actors: EMPTY_GROUP,
        institutions: EMPTY_GROUP,
        sources: EMPTY_GROUP,
      };
    }
    const [events, actors, institutions, sources] = await Promise.all([
      searchEvents(query, locale),
      searchActors(query, locale),
      searchInstitutions(query, locale),
      searchSources(query),
    ]);
    return { events, actors, institutions, sources };
  },
);
