import { AppError } from "@/lib/actions/errors";
import {
  actorDataSchema,
  assessmentDataSchema,
  placeDataSchema,
  type ActorData,
  type AssessmentData,
  type PlaceData,
} from "@/lib/validations/reference-data";
import { loadCitations, syncCitations } from "../citations";
import type { RecordAdapter } from "../types";
import { assertFree, day, storedRecord, toDate, workflowColumns } from "./shared";

const assessmentColumns = (data: AssessmentData) => ({
  areaId: data.areaId,
  assessedOn: toDate(data.assessedOn),
  datePrecision: data.datePrecision,
  category: data.category,
  actorId: data.actorId,
  confidence: data.confidence,
  methodNote: data.methodNote,
});

export const assessmentAdapter: RecordAdapter<typeof assessmentDataSchema> = {
  type: "ASSESSMENT",
  collection: "assessments",
  hasWorkflow: true,
  creatable: true,
  permissions: {
    draft: "assessments.draft",
    write: "assessments.write",
    submit: "assessments.submit",
    publish: "assessments.publish",
    retract: "assessments.retract",
    revert: "assessments.revert",
  },
  schema: assessmentDataSchema,
  figureFields: async () => [],

  async load(db, id) {
    const row = await db.territorialAssessment.findUnique({ where: { id } });
    if (!row) return null;
    const data: AssessmentData = {
      areaId: row.areaId,
      assessedOn: day(row.assessedOn),
      datePrecision: row.datePrecision,
      category: row.category,
      actorId: row.actorId,
      confidence: row.confidence,
      methodNote: row.methodNote,
      citations: await loadCitations(db, { assessmentId: id }),
    };
    return storedRecord(row, data);
  },

  async insert(db, data, meta) {
    const row = await db.territorialAssessment.create({
      data: {
        ...assessmentColumns(data),
        ...workflowColumns(meta),
        createdById: meta.userId,
        updatedById: meta.userId,
      },
      select: { id: true },
    });
    await syncCitations(db, { assessmentId: row.id }, data.citations, meta.userId);
    return row.id;
  },

  async write(db, id, expectedVersion, nextVersion, data, meta) {
    const { count } = await db.territorialAssessment.updateMany({
      where: { id, version: expectedVersion },
      data: {
        ...assessmentColumns(data),
        ...workflowColumns(meta),
        version: nextVersion,
        updatedById: meta.userId,
      },
    });
    if (count === 0) return false;
    await syncCitations(db, { assessmentId: id }, data.citations, meta.userId);
    return true;
  },

  publicPath: () => null,
  label: (data) => [data.areaId, data.assessedOn, data.category].filter(Boolean).join(" · "),
};

const actorColumns = (data: ActorData) => ({
  slug: data.slug,
  nameEn: data.nameEn,
  nameFr: data.nameFr,
  kind: data.kind,
  descriptionEn: data.descriptionEn,
  descriptionFr: data.descriptionFr,
  countryId: data.countryId,
  affiliationId: data.affiliationId,
});

/** Actors are reference data: no review step, every change applies at once (and is revisioned). */
export const actorAdapter: RecordAdapter<typeof actorDataSchema> = {
  type: "ACTOR",
  collection: "actors",
  hasWorkflow: false,
  creatable: true,
  permissions: { write: "actors.write", revert: "actors.revert" },
  schema: actorDataSchema,
  figureFields: async () => [],

  async load(db, id) {
    const row = await db.actor.findUnique({ where: { id } });
    if (!row) return null;
    return {
      id,
      version: row.version,
      workflow: null,
      publishedAt: null,
      createdById: row.createdById,
      data: actorColumns(row),
    };
  },

  async insert(db, data, meta) {
    await assertFree(
      db.actor.findUnique({ where: { slug: data.slug }, select: { id: true } }),
      "slug",
    );
    const row = await db.actor.create({
      data: { ...actorColumns(data), createdById: meta.userId, updatedById: meta.userId },
      select: { id: true },
    });
    return row.id;
  },

  async write(db, id, expectedVersion, nextVersion, data, meta) {
    await assertFree(
      db.actor.findUnique({ where: { slug: data.slug }, select: { id: true } }),
      "slug",
      id,
    );
    if (data.affiliationId === id) {
      throw new AppError("invalid", undefined, {
        fieldErrors: { "data.affiliationId": ["invalid"] },
      });
    }
    const { count } = await db.actor.updateMany({
      where: { id, version: expectedVersion },
      data: { ...actorColumns(data), version: nextVersion, updatedById: meta.userId },
    });
    return count > 0;
  },

  publicPath: (_id, data) => (typeof data.slug === "string" ? `/actors/${data.slug}` : null),
  label: (data) => String(data.nameEn || data.nameFr || data.slug || ""),
};

/** Places are the fixed geography of the app: their names and centre can be corrected. */
export const placeAdapter: RecordAdapter<typeof placeDataSchema> = {
  type: "PLACE",
  collection: "places",
  hasWorkflow: false,
  creatable: false,
  permissions: { write: "places.write", revert: "places.revert" },
  schema: placeDataSchema,
  figureFields: async () => [],

  async load(db, id) {
    const row = await db.place.findUnique({ where: { id } });
    if (!row) return null;
    const data: PlaceData = {
      nameEn: row.nameEn,
      nameFr: row.nameFr,
      latitude: row.latitude,
      longitude: row.longitude,
    };
    return { id, version: row.version, workflow: null, publishedAt: null, createdById: null, data };
  },

  async insert() {
    throw new AppError("invalid_state", "not_creatable");
  },

  async write(db, id, expectedVersion, nextVersion, data) {
    const { count } = await db.place.updateMany({
      where: { id, version: expectedVersion },
      data: { ...data, version: nextVersion },
    });
    return count > 0;
  },

  publicPath: () => null,
  label: (data) => String(data.nameEn || data.nameFr || ""),
};
