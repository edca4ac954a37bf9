import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { wireValue } from "@/lib/api/schemas/common";
import type { InstitutionDto, institutionListQuery } from "@/lib/api/schemas/institutions";
import {
  anchoredRangeDto,
  CITATIONS_IN_ORDER,
  citationDto,
  localized,
  timestampOrNull,
} from "./dto";
import {
  ascendingBy,
  listCollection,
  loadInOrder,
  loadOne,
  tableCollection,
  type KeyRow,
} from "./keyset";
import { idOrSlugWhere } from "./lookups";

/** Published institutions with their published milestones, for the API. */

const PUBLISHED_EVENT = { status: "PUBLISHED" } as const;

const INSTITUTION_SELECT = {
  id: true,
  slug: true,
  acronym: true,
  nameEn: true,
  nameFr: true,
  descriptionEn: true,
  descriptionFr: true,
  parentId: true,
  publishedAt: true,
  updatedAt: true,
  version: true,
  citations: CITATIONS_IN_ORDER,
  events: {
    where: { event: PUBLISHED_EVENT },
    select: { eventId: true },
    orderBy: { eventId: "asc" },
  },
  milestones: {
    where: { status: "PUBLISHED" },
    orderBy: [{ date: { sort: "asc", nulls: "last" } }, { stage: "asc" }, { id: "asc" }],
    select: {
      id: true,
      stage: true,
      date: true,
      datePrecision: true,
      descriptionEn: true,
      descriptionFr: true,
      eventId: true,
      event: { select: { status: true } },
      publishedAt: true,
      citations: CITATIONS_IN_ORDER,
    },
  },
} satisfies Prisma.InstitutionSelect;

type InstitutionRow = Prisma.InstitutionGetPayload<{ select: typeof INSTITUTION_SELECT }>;

function institutionDto(row: InstitutionRow, updatedAt: string): InstitutionDto {
  return {
    id: row.id,
    slug: row.slug,
    acronym: row.acronym,
    name: localized(row.nameEn, row.nameFr),
    description: localized(row.descriptionEn, row.descriptionFr),
    parent_id: row.parentId,
    milestones: row.milestones.map((milestone) => ({
      id: milestone.id,
      stage: wireValue(milestone.stage),
      date: milestone.date
        ? anchoredRangeDto(milestone.date, milestone.datePrecision ?? "DAY")
        : null,
      description: localized(milestone.descriptionEn, milestone.descriptionFr),
      event_id: milestone.event?.status === "PUBLISHED" ? milestone.eventId : null,
      citations: milestone.citations.map(citationDto),
      published_at: timestampOrNull(milestone.publishedAt),
    })),
    event_ids: row.events.map((link) => link.eventId),
    citations: row.citations.map(citationDto),
    published_at: timestampOrNull(row.publishedAt),
    updated_at: updatedAt,
    version: row.version,
  };
}

const loadInstitutions = (keys: readonly KeyRow[]) =>
  loadInOrder(
    keys,
    (ids) =>
      db.institution.findMany({
        where: { id: { in: ids }, status: "PUBLISHED" },
        select: INSTITUTION_SELECT,
      }),
    institutionDto,
  );

export function listApiInstitutions(query: z.output<typeof institutionListQuery>) {
  return listCollection(
    tableCollection("institutions", "i", "INSTITUTION", [Prisma.sql`i.status = 'PUBLISHED'`]),
    ascendingBy("slug", Prisma.sql`i.slug`),
    query,
    loadInstitutions,
  );
}

export async function getApiInstitution(idOrSlug: string): Promise<InstitutionDto | null> {
  const found = await db.institution.findFirst({
    where: { status: "PUBLISHED", ...idOrSlugWhere(idOrSlug) },
    select: { id: true, updatedAt: true },
  });
  return loadOne("INSTITUTION", found, loadInstitutions);
}
