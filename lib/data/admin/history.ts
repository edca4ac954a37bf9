import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { PublicationStatus, RecordType, RevisionAction } from "@/lib/generated/prisma/enums";
import { diffRecordData, type RecordDiff } from "@/lib/workflow/diff";
import { readSnapshot } from "@/lib/workflow/revisions";

export interface RevisionView {
  number: number;
  action: RevisionAction;
  pending: boolean;
  publicAt: Date | null;
  createdAt: Date;
  authorName: string | null;
  summary: string | null;
  statusBefore: PublicationStatus | null;
  statusAfter: PublicationStatus | null;
  diff: RecordDiff;
  /** Whether restoring this revision's content makes sense (it has content). */
  revertible: boolean;
}

const HISTORY_LIMIT = 200;

/** A record's revisions, newest first, each with its diff against the version before it. */
export const listRevisions = cache(
  async (type: RecordType, id: string): Promise<RevisionView[]> => {
    const rows = await db.revision.findMany({
      where: { recordType: type, recordId: id },
      orderBy: { number: "desc" },
      take: HISTORY_LIMIT,
      select: {
        number: true,
        action: true,
        pending: true,
        publicAt: true,
        createdAt: true,
        summary: true,
        before: true,
        after: true,
        author: { select: { name: true } },
      },
    });
    return rows.map((row) => {
      const before = readSnapshot(row.before);
      const after = readSnapshot(row.after);
      return {
        number: row.number,
        action: row.action,
        pending: row.pending,
        publicAt: row.publicAt,
        createdAt: row.createdAt,
        authorName: row.author?.name ?? null,
        summary: row.summary,
        statusBefore: before?.workflow?.status ?? null,
        statusAfter: after?.workflow?.status ?? null,
        diff: diffRecordData(before?.data ?? null, after?.data ?? null),
        revertible: after !== null,
      };
    });
  },
);
