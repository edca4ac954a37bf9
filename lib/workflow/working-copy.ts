/**
 * The working copy of a record: its pending change when it has one (a published record being
 * corrected), else the record itself. Its version is the optimistic-locking token every step
 * checks; it only ever grows, whichever of the two holds it.
 */
import { AppError } from "@/lib/actions/errors";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import { changedFields } from "./diff";
import { isJsonObject } from "./json";
import { lockRecord } from "./revisions";
import type {
  Db,
  RecordAdapter,
  RecordData,
  RecordSnapshot,
  StoredRecord,
  WorkflowState,
} from "./types";

export interface PendingRow {
  id: string;
  state: PublicationStatus;
  data: RecordData;
  version: number;
  createdById: string | null;
}

export interface WorkingCopy {
  stored: StoredRecord;
  pending: PendingRow | null;
  version: number;
  data: RecordData;
  /** The state the next step starts from: the pending change's, else the record's. */
  state: PublicationStatus | null;
}

export interface Editor {
  id: string;
  role: string;
}

/** Published or retracted: the public has seen it, so edits become a pending change. */
export function isPublicState(workflow: WorkflowState | null): boolean {
  return workflow?.status === "PUBLISHED" || workflow?.status === "RETRACTED";
}

export function storedSnapshot(stored: StoredRecord): RecordSnapshot {
  return { workflow: stored.workflow, data: stored.data };
}

export function pendingSnapshot(pending: PendingRow): RecordSnapshot {
  return { workflow: { status: pending.state, retractionReason: null }, data: pending.data };
}

export function workingSnapshot(copy: WorkingCopy): RecordSnapshot {
  return copy.pending ? pendingSnapshot(copy.pending) : storedSnapshot(copy.stored);
}

export async function loadWorkingCopy(
  db: Db,
  adapter: RecordAdapter,
  id: string,
): Promise<WorkingCopy> {
  const stored = await adapter.load(db, id);
  if (!stored) throw new AppError("not_found");
  const pendingRow = await db.pendingChange.findUnique({
    where: { recordType_recordId: { recordType: adapter.type, recordId: id } },
    select: { id: true, state: true, data: true, version: true, createdById: true },
  });
  const pending =
    pendingRow && isJsonObject(pendingRow.data) ? { ...pendingRow, data: pendingRow.data } : null;
  return {
    stored,
    pending,
    version: pending?.version ?? stored.version,
    data: pending?.data ?? stored.data,
    state: pending?.state ?? stored.workflow?.status ?? null,
  };
}

/** Locks the record for this transaction, loads it, and checks the caller's version. */
export async function openForChange(
  db: Db,
  adapter: RecordAdapter,
  id: string,
  expectedVersion: number,
  submitted: RecordData | null = null,
): Promise<WorkingCopy> {
  await lockRecord(db, adapter.type, id);
  const copy = await loadWorkingCopy(db, adapter, id);
  if (copy.version !== expectedVersion) throw await conflictError(db, adapter, copy, submitted);
  return copy;
}

/** A stale save: says who saved in between and hands back the stored working copy. */
export async function conflictError(
  db: Db,
  adapter: RecordAdapter,
  copy: WorkingCopy,
  submitted: RecordData | null,
): Promise<AppError> {
  const last = await db.revision.findFirst({
    where: { recordType: adapter.type, recordId: copy.stored.id },
    orderBy: { number: "desc" },
    select: { createdAt: true, author: { select: { name: true } } },
  });
  return new AppError("conflict", undefined, {
    conflict: {
      currentVersion: copy.version,
      changedFields: submitted ? changedFields(submitted, copy.data) : [],
      changedBy: last?.author?.name ?? null,
      changedAt: last?.createdAt.toISOString() ?? null,
      current: copy.data,
    },
  });
}

/**
 * Editors edit anything; a contributor only their own draft, before it is submitted and while
 * it has never been public.
 */
export function assertMayEdit(adapter: RecordAdapter, editor: Editor, copy: WorkingCopy): void {
  if (adapter.permissions.write && can(editor.role, adapter.permissions.write)) return;
  const ownDraft =
    adapter.hasWorkflow &&
    copy.pending === null &&
    copy.stored.workflow?.status === "DRAFT" &&
    copy.stored.createdById === editor.id;
  if (!ownDraft) throw new AppError("forbidden");
}

/** Names the fields among `fields` that hold figures in either version. */
export async function figureChanges(
  db: Db,
  adapter: RecordAdapter,
  before: RecordData | null,
  after: RecordData,
  fields: string[],
): Promise<boolean> {
  const figures = new Set([
    ...(await adapter.figureFields(db, after)),
    ...(before ? await adapter.figureFields(db, before) : []),
  ]);
  return fields.some((field) => figures.has(field));
}
