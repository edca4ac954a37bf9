import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { pickLocalized } from "@/lib/i18n/localized";
import { isConflictCategory } from "@/lib/events/categories";

export interface LatestEvent {
  id: string;
  title: string;
  titleLocale: Locale;
  dateStart: Date;
  countryName: string;
  fatalitiesBest: number | null;
  /** Whether a fatality count (or its absence) is worth showing for this kind of event. */
  showsFatalities: boolean;
}

export const countPublishedEvents = cache(async (): Promise<number> => {
  return db.event.count({ where: { status: "PUBLISHED" } });
});

export const listLatestEvents = cache(async (locale: Locale, take = 8): Promise<LatestEvent[]> => {
  const rows = await db.event.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ dateStart: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      titleEn: true,
      titleFr: true,
      dateStart: true,
      fatalitiesBest: true,
      category: true,
      country: { select: { nameEn: true, nameFr: true } },
    },
  });
  return rows.map((row) => {
    const title = pickLocalized(locale, row.titleEn, row.titleFr);
    return {
      id: row.id,
      title: title.text,
      titleLocale: title.locale,
      dateStart: row.dateStart,
      countryName: locale === "fr" ? row.country.nameFr : row.country.nameEn,
      fatalitiesBest: row.fatalitiesBest,
      showsFatalities: row.fatalitiesBest !== null || isConflictCategory(row.category),
    };
  });
});

export interface InstitutionSummary {
  slug: string;
  acronym: string | null;
  name: string;
}

export const listInstitutionSummaries = cache(
  async (locale: Locale): Promise<InstitutionSummary[]> => {
    const rows = await db.institution.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { slug: "asc" },
      select: { slug: true, acronym: true, nameEn: true, nameFr: true },
    });
    return rows.map((row) => ({
      slug: row.slug,
      acronym: row.acronym,
      name: locale === "fr" ? row.nameFr : row.nameEn,
    }));
  },
);
