/**
 * Source curation: proposing, approving or rejecting, grading reliability (A–F with a note),
 * editing, merging duplicates (citations and indicators move to the kept source) and deleting
 * — only a source nothing cites. Every change is a revision of the source.
 */
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/actions/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionAction } from "@/lib/generated/prisma/enums";
import type { SourceFields } from "@/lib/validations/sources";
import { changedFields } from "./diff";
import { appendRevision, lockRecord } from "./revisions";
import type { Db, RecordSnapshot } from "./types";

const SOURCE_SELECT = {
  id: true,
  version: true,
  name: true,
  publisher: true,
  kind: true,
  language: true,
  homepageUrl: true,
  status: true,
  reliability: true,
  reliabilityNote: true,
  mergedIntoId: true,
} satisfies Prisma.SourceSelect;

type SourceRow = Prisma.SourceGetPayload<{ select: typeof SOURCE_SELECT }>;

function snapshot(row: SourceRow): RecordSnapshot {
  const { id: _id, version: _version, ...data } = row;
  return { workflow: null, data };
}

function slugFor(name: string): string {
  const base = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${base || "source"}-${randomBytes(3).toString("hex")}`;
}

async function record(
  db: Db,
  action: RevisionAction,
  before: SourceRow | null,
  after: SourceRow | null,
  authorId: string,
  id: string,
) {
  const beforeSnapshot = before ? snapshot(before) : null;
  const afterSnapshot = after ? snapshot(after) : null;
  await appendRevision(db, {
    type: "SOURCE",
    recordId: id,
    action,
    publicAt: new Date(),
    before: beforeSnapshot,
    after: afterSnapshot,
    changedFields: changedFields(beforeSnapshot?.data ?? null, afterSnapshot?.data ?? null),
    authorId,
    at: new Date(),
  });
}

export async function createSource(db: Db, authorId: string, fields: SourceFields) {
  const row = await db.source.create({
    data: { ...fields, slug: slugFor(fields.name), status: "PENDING", createdById: authorId },
    select: SOURCE_SELECT,
  });
  await record(db, "CREATE", null, row, authorId, row.id);
  return { id: row.id, name: row.name, status: row.status };
}

/** Locks and loads a source, checking the version the curator saw. */
async function openSource(db: Db, id: string, expectedVersion: number | null): Promise<SourceRow> {
  await lockRecord(db, "SOURCE", id);
  const row = await db.source.findUnique({ where: { id }, select: SOURCE_SELECT });
  if (!row) throw new AppError("not_found");
  if (expectedVersion !== null && row.version !== expectedVersion) {
    throw new AppError("conflict", undefined, {
      conflict: {
        currentVersion: row.version,
        changedFields: [],
        changedBy: null,
        changedAt: null,
        current: snapshot(row).data,
      },
    });
  }
  if (row.mergedIntoId) throw new AppError("invalid_state", "source_merged");
  return row;
}

export async function changeSource(
  db: Db,
  authorId: string,
  id: string,
  expectedVersion: number,
  action: RevisionAction,
  patch: Prisma.SourceUpdateInput,
) {
  const before = await openSource(db, id, expectedVersion);
  const after = await db.source.update({
    where: { id },
    data: { ...patch, version: before.version + 1, updatedById: authorId },
    select: SOURCE_SELECT,
  });
  await record(db, action, before, after, authorId, id);
  return { id, version: after.version, status: after.status };
}

export async function mergeSources(db: Db, authorId: string, keepId: string, mergeId: string) {
  // Lock in a fixed order so that two opposite merges cannot deadlock.
  const [firstId, secondId] = [keepId, mergeId].sort();
  await lockRecord(db, "SOURCE", firstId ?? keepId);
  await lockRecord(db, "SOURCE", secondId ?? mergeId);
  const keep = await openSource(db, keepId, null);
  const merged = await openSource(db, mergeId, null);
  const citations = await db.citation.updateMany({
    where: { sourceId: mergeId },
    data: { sourceId: keepId },
  });
  const indicators = await db.indicator.updateMany({
    where: { sourceId: mergeId },
    data: { sourceId: keepId },
  });
  const after = await db.source.update({
    where: { id: mergeId },
    data: {
      mergedIntoId: keepId,
      status: "REJECTED",
      version: merged.version + 1,
      updatedById: authorId,
    },
    select: SOURCE_SELECT,
  });
  await record(db, "MERGE", merged, after, authorId, mergeId);
  await record(db, "MERGE", keep, keep, authorId, keepId);
  return { keepId, mergeId, citationsMoved: citations.count, indicatorsMoved: indicators.count };
}

/** Deletes a source only when nothing refers to it; a cited source is never deleted. */
export async function deleteSource(db: Db, authorId: string, id: string) {
  const row = await openSource(db, id, null);
  const [citations, indicators, mergedFrom] = [
    await db.citation.count({ where: { sourceId: id } }),
    await db.indicator.count({ where: { sourceId: id } }),
    await db.source.count({ where: { mergedIntoId: id } }),
  ];
  if (citations + indicators + mergedFrom > 0) throw new AppError("in_use", "source_cited");
  // Pending changes may cite it too: refuse rather than leave them dangling.
  const pending = await db.pendingChange.findMany({ select: { data: true } });
  if (pending.some((change) => JSON.stringify(change.data).includes(id))) {
    throw new AppError("in_use", "source_cited");
  }
  await db.source.delete({ where: { id } });
  await record(db, "DISCARD", row, null, authorId, id);
  return { id };
}
