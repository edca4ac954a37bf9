import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, EventCategory } from "@/lib/generated/prisma/enums";
import {
  MAX_PRECISE_GEO_PRECISION,
  PRECISE_DATE_PRECISIONS,
  type PlacedEvent,
} from "@/lib/events/precision";
import { toPrefixTsQuery } from "@/lib/events/text-query";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { EventFilters } from "@/lib/validations/event-filters";
import { eventTextCondition, findPublishedEventIdsMatching } from "./search";

/**
 * Which published events a set of EventFilters selects, in the two forms the app queries with:
 * a Prisma `where` (lists, counts, the map's groupBy) and an SQL condition over `events e` (the
 * timeline's aggregation, which Prisma cannot express). Both are built here, next to each other,
 * from the same filters; an integration test (tests/integration/explore-filters.test.ts) checks
 * that they always select the same rows.
 */

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The Prisma `where` for the published events matching `filters`. */
export async function publishedEventWhere(filters: EventFilters): Promise<Prisma.EventWhereInput> {
  const and: Prisma.EventWhereInput[] = [];
  if (filters.country.length > 0) and.push({ countryId: { in: filters.country } });
  if (filters.area.length > 0) and.push({ areaId: { in: filters.area } });
  if (filters.category.length > 0) and.push({ category: { in: filters.category } });
  if (filters.actor.length > 0) {
    and.push({ actors: { some: { actor: { slug: { in: filters.actor } } } } });
  }
  // Overlap: an event from 2021-12-28 to 2022-01-03 belongs to a selection starting in 2022.
  if (filters.from !== null) and.push({ dateEnd: { gte: day(filters.from) } });
  if (filters.to !== null) and.push({ dateStart: { lte: day(filters.to) } });
  if (filters.fatalitiesMin !== null) and.push({ fatalitiesBest: { gte: filters.fatalitiesMin } });
  if (filters.fatalitiesMax !== null) and.push({ fatalitiesBest: { lte: filters.fatalitiesMax } });
  if (filters.precise) {
    and.push({ datePrecision: { in: [...PRECISE_DATE_PRECISIONS] } });
    and.push({
      OR: [{ geoPrecision: null }, { geoPrecision: { lte: MAX_PRECISE_GEO_PRECISION } }],
    });
  }
  if (filters.q !== null) {
    // Full-text matching happens in SQL; the where carries its result as ids.
    and.push({ id: { in: await findPublishedEventIdsMatching(filters.q) } });
  }
  return { status: "PUBLISHED", AND: and };
}

/** The same selection as an SQL condition over the alias `e` of the events table. */
export function publishedEventCondition(filters: EventFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`e.status = 'PUBLISHED'`];
  if (filters.country.length > 0) {
    parts.push(Prisma.sql`e.country_id IN (${Prisma.join(filters.country)})`);
  }
  if (filters.area.length > 0) parts.push(Prisma.sql`e.area_id IN (${Prisma.join(filters.area)})`);
  if (filters.category.length > 0) {
    parts.push(
      Prisma.sql`e.category::text IN (${Prisma.join(filters.category.map((c) => String(c)))})`,
    );
  }
  if (filters.actor.length > 0) {
    parts.push(Prisma.sql`EXISTS (
      SELECT 1 FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
      WHERE ea.event_id = e.id AND a.slug IN (${Prisma.join(filters.actor)}))`);
  }
  if (filters.from !== null) parts.push(Prisma.sql`e.date_end >= ${filters.from}::date`);
  if (filters.to !== null) parts.push(Prisma.sql`e.date_start <= ${filters.to}::date`);
  if (filters.fatalitiesMin !== null) {
    parts.push(Prisma.sql`e.fatalities_best >= ${filters.fatalitiesMin}`);
  }
  if (filters.fatalitiesMax !== null) {
    parts.push(Prisma.sql`e.fatalities_best <= ${filters.fatalitiesMax}`);
  }
  if (filters.precise) {
    parts.push(
      Prisma.sql`e.date_precision::text IN (${Prisma.join(PRECISE_DATE_PRECISIONS.map(String))})`,
    );
    parts.push(
      Prisma.sql`(e.geo_precision IS NULL OR e.geo_precision <= ${MAX_PRECISE_GEO_PRECISION})`,
    );
  }
  if (filters.q !== null) {
    const query = toPrefixTsQuery(filters.q);
    parts.push(query === null ? Prisma.sql`FALSE` : eventTextCondition(query));
  }
  return Prisma.join(parts, " AND ");
}

// ───────────────────────────── the list view

export const EVENTS_PER_PAGE = 25;

export interface EventListItem extends PlacedEvent {
  id: string;
  title: string;
  titleLocale: Locale;
  category: EventCategory;
  dateStart: Date;
  dateEnd: Date;
  datePrecision: DatePrecision;
  fatalitiesBest: number | null;
  fatalitiesLow: number | null;
  fatalitiesHigh: number | null;
}

export interface EventPage {
  total: number;
  page: number;
  pageCount: number;
  items: EventListItem[];
}

const LIST_SELECT = {
  id: true,
  titleEn: true,
  titleFr: true,
  category: true,
  dateStart: true,
  dateEnd: true,
  datePrecision: true,
  countryId: true,
  areaId: true,
  areaName: true,
  locationName: true,
  geoPrecision: true,
  fatalitiesBest: true,
  fatalitiesLow: true,
  fatalitiesHigh: true,
  country: { select: { nameEn: true, nameFr: true } },
} satisfies Prisma.EventSelect;

type ListRow = Prisma.EventGetPayload<{ select: typeof LIST_SELECT }>;

export function toListItem(row: ListRow, locale: Locale): EventListItem {
  const title = pickLocalized(locale, row.titleEn, row.titleFr);
  const { titleEn: _en, titleFr: _fr, country, ...rest } = row;
  return {
    ...rest,
    title: title.text,
    titleLocale: title.locale,
    countryName: locale === "fr" ? country.nameFr : country.nameEn,
  };
}

/** One page (newest first) of the events matching a `where`, with the total. */
export async function pageOfEvents(
  where: Prisma.EventWhereInput,
  page: number,
  locale: Locale,
): Promise<EventPage> {
  const current = Math.max(1, page);
  const [total, rows] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({
      where,
      orderBy: [{ dateStart: "desc" }, { id: "asc" }],
      skip: (current - 1) * EVENTS_PER_PAGE,
      take: EVENTS_PER_PAGE,
      select: LIST_SELECT,
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / EVENTS_PER_PAGE));
  return { total, page: current, pageCount, items: rows.map((row) => toListItem(row, locale)) };
}

/** One page (newest first) of the published events matching `filters`, with the total. */
export const listPublishedEvents = cache(
  async (filters: EventFilters, page: number, locale: Locale): Promise<EventPage> =>
    pageOfEvents(await publishedEventWhere(filters), page, locale),
);

export const countPublishedEventsMatching = cache(async (filters: EventFilters) => {
  return db.event.count({ where: await publishedEventWhere(filters) });
});

export { LIST_SELECT as EVENT_LIST_SELECT };

// ───────────────────────────── options of the filter form

export interface PlaceOption {
  id: string;
  name: string;
}

export interface CountryAreas {
  country: PlaceOption;
  areas: PlaceOption[];
}

/** The three countries with their admin-1 areas, in the reader's language, sorted by name. */
export const listCountryAreas = cache(async (locale: Locale): Promise<CountryAreas[]> => {
  const places = await db.place.findMany({
    where: { kind: { in: ["COUNTRY", "ADMIN1"] } },
    select: { id: true, kind: true, nameEn: true, nameFr: true, parentId: true },
  });
  const named = (place: (typeof places)[number]) => ({
    id: place.id,
    name: locale === "fr" ? place.nameFr : place.nameEn,
  });
  const byName = (a: PlaceOption, b: PlaceOption) => a.name.localeCompare(b.name, locale);
  return places
    .filter((place) => place.kind === "COUNTRY")
    .map((country) => ({
      country: named(country),
      areas: places
        .filter((place) => place.kind === "ADMIN1" && place.parentId === country.id)
        .map(named)
        .sort(byName),
    }))
    .sort((a, b) => byName(a.country, b.country));
});
