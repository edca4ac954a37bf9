/**
 * Revisions: the append-only history of every record. Numbers count up per record; the
 * unique (record, number) index is a second line of defence behind the per-record lock.
 */
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  PublicationStatus,
  type RecordType,
  type RevisionAction,
} from "@/lib/generated/prisma/enums";
import type { Db, RecordSnapshot } from "./types";

export const snapshotSchema = z.object({
  workflow: z
    .object({
      status: z.enum(PublicationStatus),
      retractionReason: z.string().nullable(),
    })
    .nullable(),
  data: z.record(z.string(), z.unknown()),
});

/** A stored snapshot, or null when the JSON is missing or not one (never throws). */
export function readSnapshot(value: unknown): RecordSnapshot | null {
  const parsed = snapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Plain JSON for a Json column (dates are already strings in record data). */
export function toJson(value: RecordSnapshot | RecordSnapshot["data"]): Prisma.InputJsonValue {
  const json: Prisma.InputJsonValue = JSON.parse(JSON.stringify(value));
  return json;
}

/** Serializes every workflow step on one record for the rest of the transaction. */
export async function lockRecord(db: Db, type: RecordType, id: string): Promise<void> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`record:${type}:${id}`}, 0))`;
}

export interface RevisionEntry {
  type: RecordType;
  recordId: string;
  action: RevisionAction;
  pending?: boolean;
  publicAt?: Date | null;
  before: RecordSnapshot | null;
  after: RecordSnapshot | null;
  changedFields: string[];
  changesFigures?: boolean;
  summary?: string | null;
  authorId: string | null;
  at: Date;
}

export async function appendRevision(db: Db, entry: RevisionEntry): Promise<number> {
  const last = await db.revision.findFirst({
    where: { recordType: entry.type, recordId: entry.recordId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const number = (last?.number ?? 0) + 1;
  await db.revision.create({
    data: {
      recordType: entry.type,
      recordId: entry.recordId,
      number,
      action: entry.action,
      pending: entry.pending ?? false,
      publicAt: entry.publicAt ?? null,
      before: entry.before ? toJson(entry.before) : undefined,
      after: entry.after ? toJson(entry.after) : undefined,
      changedFields: entry.changedFields,
      changesFigures: entry.changesFigures ?? false,
      summary: entry.summary ?? null,
      authorId: entry.authorId,
      createdAt: entry.at,
    },
  });
  return number;
}

/**
 * Who changed a figure since the record was last made public (or its pending change last
 * discarded): none of them may publish it (two-person rule).
 */
export async function figureAuthorsSinceLastPublication(
  db: Db,
  type: RecordType,
  recordId: string,
): Promise<Set<string>> {
  const boundary = await db.revision.findFirst({
    where: {
      recordType: type,
      recordId,
      OR: [{ publicAt: { not: null } }, { action: "DISCARD" }],
    },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const rows = await db.revision.findMany({
    where: {
      recordType: type,
      recordId,
      number: { gt: boundary?.number ?? 0 },
      changesFigures: true,
    },
    select: { authorId: true },
  });
  return new Set(rows.map((row) => row.authorId).filter((id): id is string => id !== null));
}
