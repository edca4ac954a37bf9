import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { PublicationStatus, RecordType } from "@/lib/generated/prisma/enums";
import type { Localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { AdminListFilters } from "@/lib/validations/admin-filters";
import { RECORD_ADAPTERS, type Collection } from "@/lib/workflow/adapters";
import { RECORD_LISTERS, type Lister, type ListScope } from "./listers";

export type { ListScope } from "./listers";

export { ADMIN_PAGE_SIZE } from "./listers";
import { ADMIN_PAGE_SIZE } from "./listers";

export interface AdminListRow {
  id: string;
  label: Localized;
  status: PublicationStatus | null;
  /** State of the pending change of a published record, if it has one. */
  pendingState: PublicationStatus | null;
  /** One or two short facts for the list (a date, a country). */
  facts: string[];
  updatedAt: Date;
}

export interface AdminList {
  rows: AdminListRow[];
  total: number;
  page: number;
  pageCount: number;
}

const LISTERS: Record<Collection, Lister> = RECORD_LISTERS;

async function pendingStates(type: RecordType, ids: string[]) {
  const rows = await db.pendingChange.findMany({
    where: { recordType: type, recordId: { in: ids } },
    select: { recordId: true, state: true },
  });
  return new Map(rows.map((row) => [row.recordId, row.state]));
}

/** One page of a staff list, with the pending change of each published record. */
export const listAdminRecords = cache(
  async (
    collection: Collection,
    filters: AdminListFilters,
    locale: Locale,
    scope: ListScope = {},
  ): Promise<AdminList> => {
    const type = RECORD_ADAPTERS[collection].type;
    let ids = scope.ids;
    if (filters.status === "PENDING_CHANGE") {
      const pending = await db.pendingChange.findMany({
        where: { recordType: type },
        select: { recordId: true },
        take: 5_000,
      });
      ids = pending.map((row) => row.recordId);
    }
    const { rows, total } = await LISTERS[collection](filters, locale, { ...scope, ids });
    const states = await pendingStates(
      type,
      rows.map((row) => row.id),
    );
    return {
      rows: rows.map((row) => ({ ...row, pendingState: states.get(row.id) ?? null })),
      total,
      page: filters.page,
      pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
    };
  },
);
