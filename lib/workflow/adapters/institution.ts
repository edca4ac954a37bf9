import {
  institutionDataSchema,
  milestoneDataSchema,
  type InstitutionData,
  type MilestoneData,
} from "@/lib/validations/institution";
import { loadCitations, syncCitations } from "../citations";
import type { RecordAdapter } from "../types";
import { assertFree, optionalDate, optionalDay, storedRecord, workflowColumns } from "./shared";

const INSTITUTION_PERMISSIONS = {
  draft: "institutions.draft",
  write: "institutions.write",
  submit: "institutions.submit",
  publish: "institutions.publish",
  retract: "institutions.retract",
  revert: "institutions.revert",
} as const;

const institutionColumns = (data: InstitutionData) => ({
  slug: data.slug,
  acronym: data.acronym,
  nameEn: data.nameEn,
  nameFr: data.nameFr,
  descriptionEn: data.descriptionEn,
  descriptionFr: data.descriptionFr,
  parentId: data.parentId,
});

export const institutionAdapter: RecordAdapter<typeof institutionDataSchema> = {
  type: "INSTITUTION",
  collection: "institutions",
  hasWorkflow: true,
  creatable: true,
  permissions: INSTITUTION_PERMISSIONS,
  schema: institutionDataSchema,
  figureFields: async () => [],

  async load(db, id) {
    const row = await db.institution.findUnique({ where: { id } });
    if (!row) return null;
    const data: InstitutionData = {
      ...institutionColumns({ ...row, citations: [] }),
      citations: await loadCitations(db, { institutionId: id }),
    };
    return storedRecord(row, data);
  },

  async insert(db, data, meta) {
    await assertFree(
      db.institution.findUnique({ where: { slug: data.slug }, select: { id: true } }),
      "slug",
    );
    const row = await db.institution.create({
      data: {
        ...institutionColumns(data),
        ...workflowColumns(meta),
        createdById: meta.userId,
        updatedById: meta.userId,
      },
      select: { id: true },
    });
    await syncCitations(db, { institutionId: row.id }, data.citations, meta.userId);
    return row.id;
  },

  async write(db, id, expectedVersion, nextVersion, data, meta) {
    await assertFree(
      db.institution.findUnique({ where: { slug: data.slug }, select: { id: true } }),
      "slug",
      id,
    );
    const { count } = await db.institution.updateMany({
      where: { id, version: expectedVersion },
      data: {
        ...institutionColumns(data),
        ...workflowColumns(meta),
        version: nextVersion,
        updatedById: meta.userId,
      },
    });
    if (count === 0) return false;
    await syncCitations(db, { institutionId: id }, data.citations, meta.userId);
    return true;
  },

  publicPath: (_id, data) => (typeof data.slug === "string" ? `/institutions/${data.slug}` : null),
  label: (data) => String(data.acronym || data.nameEn || data.nameFr || ""),
};

const milestoneColumns = (data: MilestoneData) => ({
  institutionId: data.institutionId,
  stage: data.stage,
  date: optionalDate(data.date),
  datePrecision: data.datePrecision,
  descriptionEn: data.descriptionEn,
  descriptionFr: data.descriptionFr,
  eventId: data.eventId,
});

export const milestoneAdapter: RecordAdapter<typeof milestoneDataSchema> = {
  type: "MILESTONE",
  collection: "milestones",
  hasWorkflow: true,
  creatable: true,
  // Milestones are part of an institution's record: the same permissions.
  permissions: INSTITUTION_PERMISSIONS,
  schema: milestoneDataSchema,
  figureFields: async () => [],

  async load(db, id) {
    const row = await db.milestone.findUnique({ where: { id } });
    if (!row) return null;
    const data: MilestoneData = {
      institutionId: row.institutionId,
      stage: row.stage,
      date: optionalDay(row.date),
      datePrecision: row.datePrecision,
      descriptionEn: row.descriptionEn,
      descriptionFr: row.descriptionFr,
      eventId: row.eventId,
      citations: await loadCitations(db, { milestoneId: id }),
    };
    return storedRecord(row, data);
  },

  async insert(db, data, meta) {
    const row = await db.milestone.create({
      data: {
        ...milestoneColumns(data),
        ...workflowColumns(meta),
        createdById: meta.userId,
        updatedById: meta.userId,
      },
      select: { id: true },
    });
    await syncCitations(db, { milestoneId: row.id }, data.citations, meta.userId);
    return row.id;
  },

  async write(db, id, expectedVersion, nextVersion, data, meta) {
    const { count } = await db.milestone.updateMany({
      where: { id, version: expectedVersion },
      data: {
        ...milestoneColumns(data),
        ...workflowColumns(meta),
        version: nextVersion,
        updatedById: meta.userId,
      },
    });
    if (count === 0) return false;
    await syncCitations(db, { milestoneId: id }, data.citations, meta.userId);
    return true;
  },

  publicPath: () => null,
  label: (data) => [data.stage, data.date].filter(Boolean).join(" · "),
};
