/**
 * Appends to the audit log (admin only to read). The table refuses UPDATE, DELETE and TRUNCATE
 * (trigger in the migration), so an entry, once written, stays as written.
 */
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = Prisma.TransactionClient;

/** What an audit entry is about. */
export interface AuditRecordRef {
  recordType?: string;
  recordId?: string;
  details?: Prisma.InputJsonObject;
}

export interface AuditEntryInput extends AuditRecordRef {
  /** "events.save", "auth.sign_in", "auth.sign_in_failed", "users.change_role", … */
  action: string;
  user?: { id: string; email: string } | null;
  /** For entries without a signed-in user (a failed sign-in names the email that was tried). */
  actorEmail?: string | null;
  ipAddress?: string | null;
}

export async function recordAudit(db: Db, entry: AuditEntryInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      action: entry.action,
      actorId: entry.user?.id ?? null,
      actorEmail: entry.user?.email ?? entry.actorEmail ?? null,
      recordType: entry.recordType ?? null,
      recordId: entry.recordId ?? null,
      ipAddress: entry.ipAddress ?? null,
      details: entry.details,
    },
  });
}
