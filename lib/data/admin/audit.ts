import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilters } from "@/lib/validations/admin-filters";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: string;
  occurredAt: Date;
  actorEmail: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  ipAddress: string | null;
  details: string | null;
}

/** One page of the audit log, newest first (admins only: the page checks `audit.read`). */
export const listAuditEntries = cache(async (filters: AuditFilters) => {
  const where: Prisma.AuditEntryWhereInput = {
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.actor ? { actorEmail: { contains: filters.actor, mode: "insensitive" } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  const entries: AuditRow[] = rows.map((row) => ({
    id: row.id.toString(),
    occurredAt: row.occurredAt,
    actorEmail: row.actorEmail,
    action: row.action,
    recordType: row.recordType,
    recordId: row.recordId,
    ipAddress: row.ipAddress,
    details: row.details === null ? null : JSON.stringify(row.details),
  }));
  return { entries, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
});
