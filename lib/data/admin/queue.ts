import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { COLLECTIONS, adapterForType, type Collection } from "@/lib/workflow/adapters";
import { isJsonObject } from "@/lib/workflow/json";
import { listAdminRecords } from "./lists";

export interface QueueItem {
  collection: Collection;
  id: string;
  label: string;
  /** A new record, or a change to a published one. */
  kind: "record" | "change";
  updatedAt: Date;
}

const QUEUE_LIMIT = 50;

async function pendingChanges(
  state: PublicationStatus,
  createdById?: string,
): Promise<QueueItem[]> {
  const rows = await db.pendingChange.findMany({
    where: { state, ...(createdById ? { createdById } : {}) },
    orderBy: { updatedAt: "asc" },
    take: QUEUE_LIMIT,
    select: { recordType: true, recordId: true, data: true, updatedAt: true },
  });
  return rows.flatMap((row) => {
    const adapter = adapterForType(row.recordType);
    if (!adapter || !isJsonObject(row.data)) return [];
    const collection = COLLECTIONS.find((name) => name === adapter.collection);
    if (!collection) return [];
    const label = adapter.label(row.data);
    return [
      { collection, id: row.recordId, label, kind: "change" as const, updatedAt: row.updatedAt },
    ];
  });
}

async function recordsIn(
  status: PublicationStatus,
  locale: Locale,
  createdById?: string,
): Promise<QueueItem[]> {
  const lists = await Promise.all(
    COLLECTIONS.map(async (collection) => {
      const list = await listAdminRecords(collection, { status, page: 1 }, locale, { createdById });
      return list.rows.map((row) => ({
        collection,
        id: row.id,
        label: row.label.text,
        kind: "record" as const,
        updatedAt: row.updatedAt,
      }));
    }),
  );
  return lists.flat();
}

/** Everything waiting for a reviewer: new records and changes to published ones, oldest first. */
export const listReviewQueue = cache(async (locale: Locale): Promise<QueueItem[]> => {
  const items = [...(await recordsIn("IN_REVIEW", locale)), ...(await pendingChanges("IN_REVIEW"))];
  return items.sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());
});

/** The member's unsubmitted work: their drafts and draft changes, newest first. */
export const listDraftsOf = cache(async (userId: string, locale: Locale): Promise<QueueItem[]> => {
  const items = [
    ...(await recordsIn("DRAFT", locale, userId)),
    ...(await pendingChanges("DRAFT", userId)),
  ];
  return items.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
});

export const countPendingSources = cache(async (): Promise<number> =>
  db.source.count({ where: { status: "PENDING", mergedIntoId: null } }),
);
