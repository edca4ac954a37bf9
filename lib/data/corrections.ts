import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { adapterForType } from "@/lib/workflow/adapters";
import {
  buildCorrectionsLog,
  publicSnapshotAt,
  type CorrectionEntry,
  type PublicRevision,
} from "@/lib/workflow/corrections";
import type { RecordSnapshot } from "@/lib/workflow/types";

export type { CorrectionEntry, CorrectionFieldChange } from "@/lib/workflow/corrections";

const publicRevisions = cache(async (type: RecordType, id: string): Promise<PublicRevision[]> => {
  const rows = await db.revision.findMany({
    where: { recordType: type, recordId: id, publicAt: { not: null } },
    orderBy: { number: "asc" },
    select: { action: true, publicAt: true, before: true, after: true },
  });
  return rows.flatMap((row) => (row.publicAt ? [{ ...row, publicAt: row.publicAt }] : []));
});

/**
 * The public corrections log of a record (oldest first): corrections, retraction, reinstatement
 * after its first publication. Only what the public saw; nothing about pending changes.
 */
export const getCorrectionsLog = cache(
  async (type: RecordType, id: string): Promise<CorrectionEntry[]> =>
    buildCorrectionsLog(await publicRevisions(type, id)),
);

/**
 * The record as the public saw it at the end of `at` (null: not public then). The snapshot's
 * `data` has the shape of the record's zod schema (lib/validations/<kind>.ts).
 */
export const getPublicVersionAt = cache(
  async (type: RecordType, id: string, at: Date): Promise<RecordSnapshot | null> => {
    const adapter = adapterForType(type);
    if (!adapter) return null;
    const stored = await adapter.load(db, id);
    if (!stored) return null;
    return publicSnapshotAt(await publicRevisions(type, id), at, {
      snapshot: { workflow: stored.workflow, data: stored.data },
      publishedAt: stored.publishedAt,
    });
  },
);
