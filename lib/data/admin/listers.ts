/**
 * One page of each staff list: the records of a collection, filtered by the URL's search and
 * status, newest change first. Each returns small rows (a label, two facts, the status).
 */
import "server-only";
import { db } from "@/lib/db/client";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { pickLocalized, type Localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { AdminListFilters } from "@/lib/validations/admin-filters";
import type { Collection } from "@/lib/workflow/adapters";

export const ADMIN_PAGE_SIZE = 25;

/** Restrictions the pages add on top of the URL's filters. */
export interface ListScope {
  ids?: string[];
  createdById?: string;
}

export interface ListedRow {
  id: string;
  label: Localized;
  status: PublicationStatus | null;
  facts: string[];
  updatedAt: Date;
}

export type Lister = (
  filters: AdminListFilters,
  locale: Locale,
  scope: ListScope,
) => Promise<{ rows: ListedRow[]; total: number }>;

const contains = (q: string) => ({ contains: q, mode: "insensitive" as const });
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** The part of every list's filter that does not depend on the model. */
function scoped(filters: AdminListFilters, scope: ListScope, withStatus = true) {
  return {
    ...(scope.ids ? { id: { in: scope.ids } } : {}),
    ...(scope.createdById ? { createdById: scope.createdById } : {}),
    ...(withStatus && filters.status && filters.status !== "PENDING_CHANGE"
      ? { status: filters.status }
      : {}),
  };
}

const paging = (filters: AdminListFilters) => ({
  orderBy: [{ updatedAt: "desc" as const }, { id: "asc" as const }],
  skip: (filters.page - 1) * ADMIN_PAGE_SIZE,
  take: ADMIN_PAGE_SIZE,
});

const text = (q: string | undefined, fields: string[]) =>
  q ? { OR: fields.map((field) => ({ [field]: contains(q) })) } : {};

/** Runs the count and the page query together and maps the page to list rows. */
async function listed<Row>(
  count: Promise<number>,
  page: Promise<Row[]>,
  toRow: (row: Row) => ListedRow,
): Promise<{ rows: ListedRow[]; total: number }> {
  const [total, rows] = await Promise.all([count, page]);
  return { total, rows: rows.map(toRow) };
}

const name = (locale: Locale, row: { nameEn: string; nameFr: string }) =>
  locale === "fr" ? row.nameFr : row.nameEn;

const listEvents: Lister = async (filters, locale, scope) => {
  const where = {
    ...scoped(filters, scope),
    ...text(filters.q, ["titleEn", "titleFr", "locationName"]),
  };
  return listed(
    db.event.count({ where }),
    db.event.findMany({
      where,
      ...paging(filters),
      select: {
        id: true,
        titleEn: true,
        titleFr: true,
        status: true,
        dateStart: true,
        updatedAt: true,
        country: { select: { nameEn: true, nameFr: true } },
      },
    }),
    (row) => ({
      id: row.id,
      label: pickLocalized(locale, row.titleEn, row.titleFr),
      status: row.status,
      facts: [day(row.dateStart), name(locale, row.country)],
      updatedAt: row.updatedAt,
    }),
  );
};

const listInstitutions: Lister = async (filters, locale, scope) => {
  const where = {
    ...scoped(filters, scope),
    ...text(filters.q, ["nameEn", "nameFr", "acronym", "slug"]),
  };
  return listed(
    db.institution.count({ where }),
    db.institution.findMany({ where, ...paging(filters) }),
    (row) => ({
      id: row.id,
      label: pickLocalized(locale, row.nameEn, row.nameFr),
      status: row.status,
      facts: [row.acronym ?? "", row.slug],
      updatedAt: row.updatedAt,
    }),
  );
};

const listMilestones: Lister = async (filters, locale, scope) => {
  const q = filters.q;
  const where = {
    ...scoped(filters, scope),
    ...(q
      ? {
          institution: {
            OR: [{ nameEn: contains(q) }, { nameFr: contains(q) }, { acronym: contains(q) }],
          },
        }
      : {}),
  };
  return listed(
    db.milestone.count({ where }),
    db.milestone.findMany({
      where,
      ...paging(filters),
      include: { institution: { select: { acronym: true, nameEn: true, nameFr: true } } },
    }),
    (row) => ({
      id: row.id,
      label: {
        text: `${row.institution.acronym ?? name(locale, row.institution)} · ${row.stage}`,
        locale,
      },
      status: row.status,
      facts: [day(row.date), name(locale, row.institution)],
      updatedAt: row.updatedAt,
    }),
  );
};

const listIndicators: Lister = async (filters, locale, scope) => {
  const where = {
    ...scoped(filters, scope),
    ...text(filters.q, ["nameEn", "nameFr", "slug", "producer"]),
  };
  return listed(
    db.indicator.count({ where }),
    db.indicator.findMany({ where, ...paging(filters) }),
    (row) => ({
      id: row.id,
      label: pickLocalized(locale, row.nameEn, row.nameFr),
      status: row.status,
      facts: [row.kind, row.producer],
      updatedAt: row.updatedAt,
    }),
  );
};

const listObservations: Lister = async (filters, locale, scope) => {
  const q = filters.q;
  const where = {
    ...scoped(filters, scope),
    ...(q
      ? {
          OR: [
            { placeId: contains(q) },
            { indicator: { OR: [{ nameEn: contains(q) }, { nameFr: contains(q) }] } },
          ],
        }
      : {}),
  };
  return listed(
    db.observation.count({ where }),
    db.observation.findMany({
      where,
      ...paging(filters),
      include: { indicator: { select: { nameEn: true, nameFr: true, unit: true } } },
    }),
    (row) => ({
      id: row.id,
      label: {
        text: `${name(locale, row.indicator)} · ${row.placeId} · ${day(row.periodEnd)}`,
        locale,
      },
      status: row.status,
      facts: [row.value === null ? row.gapState : `${row.value} ${row.indicator.unit}`, row.series],
      updatedAt: row.updatedAt,
    }),
  );
};

const listAssessments: Lister = async (filters, locale, scope) => {
  const where = { ...scoped(filters, scope), ...text(filters.q, ["areaId", "methodNote"]) };
  return listed(
    db.territorialAssessment.count({ where }),
    db.territorialAssessment.findMany({
      where,
      ...paging(filters),
      include: { area: { select: { nameEn: true, nameFr: true } } },
    }),
    (row) => ({
      id: row.id,
      label: { text: `${name(locale, row.area)} · ${day(row.assessedOn)}`, locale },
      status: row.status,
      facts: [row.category, row.confidence],
      updatedAt: row.updatedAt,
    }),
  );
};

const listActors: Lister = async (filters, locale, scope) => {
  const where = {
    ...scoped(filters, scope, false),
    ...text(filters.q, ["nameEn", "nameFr", "slug"]),
  };
  return listed(
    db.actor.count({ where }),
    db.actor.findMany({ where, ...paging(filters) }),
    (row) => ({
      id: row.id,
      label: pickLocalized(locale, row.nameEn, row.nameFr),
      status: null,
      facts: [row.kind, row.slug],
      updatedAt: row.updatedAt,
    }),
  );
};

const listPlaces: Lister = async (filters, locale, scope) => {
  const where = {
    ...(scope.ids ? { id: { in: scope.ids } } : {}),
    ...text(filters.q, ["nameEn", "nameFr", "id"]),
  };
  return listed(
    db.place.count({ where }),
    db.place.findMany({
      where,
      orderBy: [{ kind: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
    }),
    (row) => ({
      id: row.id,
      label: { text: name(locale, row), locale },
      status: null,
      facts: [row.id, row.kind],
      updatedAt: row.updatedAt,
    }),
  );
};

export const RECORD_LISTERS: Record<Collection, Lister> = {
  events: listEvents,
  institutions: listInstitutions,
  milestones: listMilestones,
  indicators: listIndicators,
  observations: listObservations,
  assessments: listAssessments,
  actors: listActors,
  places: listPlaces,
};
