import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, EventCategory, MilestoneStage } from "@/lib/generated/prisma/enums";
import { pickLocalized, type Localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { isoDay } from "@/lib/indicators/periods";
import { buildLifecycle, type Lifecycle } from "@/lib/institutions/lifecycle";

/** Published institutions, their published milestones (with evidence) and related events. */

const PUBLISHED = { status: "PUBLISHED" } as const;

export interface Evidence {
  id: string;
  title: string;
  url: string | null;
  sourceName: string;
  publishedOn: string | null;
  quote: string | null;
  quoteLanguage: string | null;
  locator: string | null;
}

export interface MilestoneView {
  id: string;
  stage: MilestoneStage;
  date: Date | null;
  datePrecision: DatePrecision | null;
  description: Localized | null;
  event: { id: string; title: Localized } | null;
  evidence: Evidence[];
}

export interface InstitutionTrack {
  slug: string;
  acronym: string | null;
  name: Localized;
  lifecycle: Lifecycle<MilestoneView>;
}

const CITATION_SELECT = {
  id: true,
  title: true,
  url: true,
  publishedOn: true,
  quote: true,
  quoteLanguage: true,
  locator: true,
  source: { select: { name: true } },
} satisfies Prisma.CitationSelect;

type CitationRow = Prisma.CitationGetPayload<{ select: typeof CITATION_SELECT }>;

function toEvidence(row: CitationRow): Evidence {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    sourceName: row.source.name,
    publishedOn: row.publishedOn ? isoDay(row.publishedOn) : null,
    quote: row.quote,
    quoteLanguage: row.quoteLanguage,
    locator: row.locator,
  };
}

const MILESTONE_SELECT = {
  id: true,
  stage: true,
  date: true,
  datePrecision: true,
  descriptionEn: true,
  descriptionFr: true,
  event: { select: { id: true, titleEn: true, titleFr: true, status: true } },
  citations: { select: CITATION_SELECT, orderBy: { id: "asc" } },
} satisfies Prisma.MilestoneSelect;

type MilestoneRow = Prisma.MilestoneGetPayload<{ select: typeof MILESTONE_SELECT }>;

function toMilestoneView(row: MilestoneRow, locale: Locale): MilestoneView {
  const description =
    row.descriptionEn || row.descriptionFr
      ? pickLocalized(locale, row.descriptionEn, row.descriptionFr)
      : null;
  return {
    id: row.id,
    stage: row.stage,
    date: row.date,
    datePrecision: row.datePrecision,
    description,
    // A milestone may point at an event that was since unpublished: never link to it then.
    event:
      row.event && row.event.status === "PUBLISHED"
        ? { id: row.event.id, title: pickLocalized(locale, row.event.titleEn, row.event.titleFr) }
        : null,
    evidence: row.citations.map(toEvidence),
  };
}

export const listInstitutionTracks = cache(async (locale: Locale): Promise<InstitutionTrack[]> => {
  const rows = await db.institution.findMany({
    where: PUBLISHED,
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      acronym: true,
      nameEn: true,
      nameFr: true,
      milestones: { where: PUBLISHED, select: MILESTONE_SELECT },
    },
  });
  const now = new Date();
  return rows.map((row) => ({
    slug: row.slug,
    acronym: row.acronym,
    name: pickLocalized(locale, row.nameEn, row.nameFr),
    lifecycle: buildLifecycle(
      row.milestones.map((milestone) => toMilestoneView(milestone, locale)),
      now,
    ),
  }));
});

export interface RelatedEvent {
  id: string;
  title: Localized;
  dateStart: Date;
  datePrecision: DatePrecision;
  category: EventCategory;
  countryName: string;
}

export interface InstitutionDetail extends InstitutionTrack {
  description: Localized | null;
  parent: { slug: string; name: Localized } | null;
  children: { slug: string; name: Localized }[];
  events: RelatedEvent[];
  evidence: Evidence[];
}

export const getInstitution = cache(
  async (slug: string, locale: Locale): Promise<InstitutionDetail | null> => {
    const row = await db.institution.findFirst({
      where: { slug, ...PUBLISHED },
      select: {
        id: true,
        slug: true,
        acronym: true,
        nameEn: true,
        nameFr: true,
        descriptionEn: true,
        descriptionFr: true,
        parent: { select: { slug: true, nameEn: true, nameFr: true, status: true } },
        children: {
          where: PUBLISHED,
          orderBy: { slug: "asc" },
          select: { slug: true, nameEn: true, nameFr: true },
        },
        milestones: { where: PUBLISHED, select: MILESTONE_SELECT },
        citations: { select: CITATION_SELECT, orderBy: { id: "asc" } },
      },
    });
    if (!row) return null;
    const milestones = row.milestones.map((milestone) => toMilestoneView(milestone, locale));
    const eventIds = milestones.flatMap((milestone) =>
      milestone.event ? [milestone.event.id] : [],
    );
    const events = await db.event.findMany({
      where: {
        ...PUBLISHED,
        OR: [{ institutions: { some: { institutionId: row.id } } }, { id: { in: eventIds } }],
      },
      orderBy: [{ dateStart: "desc" }, { id: "asc" }],
      take: 50,
      select: {
        id: true,
        titleEn: true,
        titleFr: true,
        dateStart: true,
        datePrecision: true,
        category: true,
        country: { select: { nameEn: true, nameFr: true } },
      },
    });
    const name = (value: { nameEn: string; nameFr: string }) =>
      pickLocalized(locale, value.nameEn, value.nameFr);
    return {
      slug: row.slug,
      acronym: row.acronym,
      name: name(row),
      description:
        row.descriptionEn || row.descriptionFr
          ? pickLocalized(locale, row.descriptionEn, row.descriptionFr)
          : null,
      lifecycle: buildLifecycle(milestones, new Date()),
      parent:
        row.parent && row.parent.status === "PUBLISHED"
          ? { slug: row.parent.slug, name: name(row.parent) }
          : null,
      children: row.children.map((child) => ({ slug: child.slug, name: name(child) })),
      events: events.map((event) => ({
        id: event.id,
        title: pickLocalized(locale, event.titleEn, event.titleFr),
        dateStart: event.dateStart,
        datePrecision: event.datePrecision,
        category: event.category,
        countryName: locale === "fr" ? event.country.nameFr : event.country.nameEn,
      })),
      evidence: row.citations.map(toEvidence),
    };
  },
);
