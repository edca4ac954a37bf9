import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  ActorRole,
  DataStatus,
  DatePrecision,
  EventCategory,
  QualityFlag,
  ReliabilityGrade,
  SourceKind,
} from "@/lib/generated/prisma/enums";
import path from "node:path";
import { projectLocatorMap, type LocatorMap } from "@/lib/events/area-outline";
import type { PlacedEvent } from "@/lib/events/precision";
import {
  ADMIN1_MAP_FILE,
  COUNTRY_OUTLINES_FILE,
  PLACES_DATA_DIR,
  readFeatureCollection,
  stringProperty,
  type GeoFeature,
} from "@/lib/places/geojson";
import { splitMapCodes } from "@/lib/places/map-codes";
import { pickLocalized, type Localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { EVENT_LIST_SELECT, toListItem, type EventListItem } from "./events";

/** One published event with everything its public page shows. */

export interface EventActorLink {
  slug: string;
  name: string;
  role: ActorRole;
}

export interface EventCitation {
  id: string;
  title: string;
  url: string | null;
  archiveUrl: string | null;
  publishedOn: Date | null;
  accessedOn: Date | null;
  quote: string | null;
  quoteLanguage: string | null;
  locator: string | null;
  source: {
    slug: string;
    name: string;
    publisher: string | null;
    kind: SourceKind;
    reliability: ReliabilityGrade | null;
  };
}

export interface EventDetail extends PlacedEvent {
  id: string;
  title: Localized;
  summary: Localized | null;
  category: EventCategory;
  ucdpViolenceType: number | null;
  dateStart: Date;
  dateEnd: Date;
  datePrecision: DatePrecision;
  areaDisplayName: string | null;
  /** Natural Earth feature codes of the area (see lib/places/map-codes.ts) and of the country. */
  areaMapCode: string | null;
  countryMapCode: string | null;
  latitude: number | null;
  longitude: number | null;
  fatalities: {
    low: number | null;
    best: number | null;
    high: number | null;
    sideA: number | null;
    sideB: number | null;
    civilians: number | null;
    unknown: number | null;
  };
  dataStatus: DataStatus;
  qualityFlags: QualityFlag[];
  sourceText: string | null;
  numberOfSources: number | null;
  externalIds: { system: string; externalId: string; release: string | null }[];
  actors: EventActorLink[];
  citations: EventCitation[];
  institutions: { slug: string; acronym: string | null; name: Localized }[];
  publishedAt: Date | null;
  updatedAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const getPublishedEvent = cache(
  async (id: string, locale: Locale): Promise<EventDetail | null> => {
    if (!UUID.test(id)) return null;
    const row = await db.event.findFirst({
      where: { id, status: "PUBLISHED" },
      include: {
        country: { select: { nameEn: true, nameFr: true, mapCode: true } },
        area: { select: { nameEn: true, nameFr: true, mapCode: true } },
        externalIds: { select: { system: true, externalId: true, release: true } },
        actors: {
          select: { role: true, actor: { select: { slug: true, nameEn: true, nameFr: true } } },
          orderBy: [{ role: "asc" }, { actor: { slug: "asc" } }],
        },
        citations: {
          orderBy: [{ publishedOn: "asc" }, { id: "asc" }],
          include: {
            source: {
              select: { slug: true, name: true, publisher: true, kind: true, reliability: true },
            },
          },
        },
        institutions: {
          where: { institution: { status: "PUBLISHED" } },
          select: {
            institution: { select: { slug: true, acronym: true, nameEn: true, nameFr: true } },
          },
        },
      },
    });
    if (!row) return null;
    const localName = (place: { nameEn: string; nameFr: string }) =>
      locale === "fr" ? place.nameFr : place.nameEn;
    return {
      id: row.id,
      title: pickLocalized(locale, row.titleEn, row.titleFr),
      summary:
        row.summaryEn || row.summaryFr ? pickLocalized(locale, row.summaryEn, row.summaryFr) : null,
      category: row.category,
      ucdpViolenceType: row.ucdpViolenceType,
      dateStart: row.dateStart,
      dateEnd: row.dateEnd,
      datePrecision: row.datePrecision,
      countryId: row.countryId,
      countryName: localName(row.country),
      areaId: row.areaId,
      areaName: row.areaName,
      areaDisplayName: row.area ? localName(row.area) : row.areaName,
      areaMapCode: row.area?.mapCode ?? null,
      countryMapCode: row.country.mapCode,
      locationName: row.locationName,
      geoPrecision: row.geoPrecision,
      latitude: row.latitude,
      longitude: row.longitude,
      fatalities: {
        low: row.fatalitiesLow,
        best: row.fatalitiesBest,
        high: row.fatalitiesHigh,
        sideA: row.fatalitiesSideA,
        sideB: row.fatalitiesSideB,
        civilians: row.fatalitiesCivilians,
        unknown: row.fatalitiesUnknown,
      },
      dataStatus: row.dataStatus,
      qualityFlags: row.qualityFlags,
      sourceText: row.sourceText,
      numberOfSources: row.numberOfSources,
      externalIds: row.externalIds,
      actors: row.actors.map((link) => ({
        slug: link.actor.slug,
        name: localName(link.actor),
        role: link.role,
      })),
      citations: row.citations.map((citation) => ({
        id: citation.id,
        title: citation.title,
        url: citation.url,
        archiveUrl: citation.archiveUrl,
        publishedOn: citation.publishedOn,
        accessedOn: citation.accessedOn,
        quote: citation.quote,
        quoteLanguage: citation.quoteLanguage,
        locator: citation.locator,
        source: citation.source,
      })),
      institutions: row.institutions.map(({ institution }) => ({
        slug: institution.slug,
        acronym: institution.acronym,
        name: pickLocalized(locale, institution.nameEn, institution.nameFr),
      })),
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
    };
  },
);

const RELATED_LIMIT = 6;
const RELATED_WINDOW_DAYS = 45;

/**
 * Published events close to this one: same area (else same country) within ±45 days, those sharing
 * an actor first, then the nearest in time.
 */
export const listRelatedEvents = cache(
  async (event: EventDetail, locale: Locale): Promise<EventListItem[]> => {
    const windowMs = RELATED_WINDOW_DAYS * 86_400_000;
    const actorSlugs = event.actors.map((actor) => actor.slug);
    const where: Prisma.EventWhereInput = {
      status: "PUBLISHED",
      id: { not: event.id },
      ...(event.areaId ? { areaId: event.areaId } : { countryId: event.countryId }),
      dateStart: { lte: new Date(event.dateEnd.getTime() + windowMs) },
      dateEnd: { gte: new Date(event.dateStart.getTime() - windowMs) },
    };
    const [sharing, nearby] = await Promise.all([
      actorSlugs.length === 0
        ? []
        : db.event.findMany({
            where: { ...where, actors: { some: { actor: { slug: { in: actorSlugs } } } } },
            orderBy: [{ dateStart: "asc" }, { id: "asc" }],
            take: RELATED_LIMIT,
            select: EVENT_LIST_SELECT,
          }),
      db.event.findMany({
        where,
        orderBy: [{ dateStart: "asc" }, { id: "asc" }],
        take: RELATED_LIMIT * 4,
        select: EVENT_LIST_SELECT,
      }),
    ]);
    const distance = (candidate: { dateStart: Date }) =>
      Math.abs(candidate.dateStart.getTime() - event.dateStart.getTime());
    const seen = new Set<string>();
    return [...sharing, ...nearby.sort((a, b) => distance(a) - distance(b))]
      .filter((candidate) => !seen.has(candidate.id) && seen.add(candidate.id))
      .slice(0, RELATED_LIMIT)
      .sort((a, b) => a.dateStart.getTime() - b.dateStart.getTime())
      .map((row) => toListItem(row, locale));
  },
);

// The in-repo Natural Earth copies, read once per server process.
let mapFeatures: Promise<{ countries: GeoFeature[]; areas: GeoFeature[] }> | undefined;

function loadMapFeatures() {
  mapFeatures ??= Promise.all([
    readFeatureCollection(path.join(PLACES_DATA_DIR, COUNTRY_OUTLINES_FILE)),
    readFeatureCollection(path.join(PLACES_DATA_DIR, ADMIN1_MAP_FILE)),
  ]).then(([countries, areas]) => ({ countries, areas }));
  return mapFeatures;
}

/** The locator map of an event: its country, its area and its point; null when nothing to draw. */
export const getEventLocatorMap = cache(async (event: EventDetail): Promise<LocatorMap | null> => {
  const { countries, areas } = await loadMapFeatures();
  const country =
    countries.find((feature) => feature.id === event.countryMapCode)?.geometry ?? null;
  const codes = new Set(splitMapCodes(event.areaMapCode));
  const area = areas.flatMap((feature) => {
    const code = stringProperty(feature, "adm1_code");
    return code !== null && codes.has(code) && feature.geometry ? [feature.geometry] : [];
  });
  const point =
    event.latitude !== null && event.longitude !== null
      ? { latitude: event.latitude, longitude: event.longitude }
      : null;
  return projectLocatorMap({ country, area }, point);
});
