/**
 * Creating and editing records. A record that was never public is edited in place; a published
 * (or retracted) one keeps serving the public version while the edit goes to its pending
 * change. Every step writes exactly one revision.
 */
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/actions/errors";
import { can } from "@/lib/permissions";
import { changedFields, jsonEqual } from "./diff";
import { isJsonObject, objectsIn, stringsIn } from "./json";
import { appendRevision, readSnapshot, toJson } from "./revisions";
import type { Db, RecordAdapter, RecordData } from "./types";
import {
  assertMayEdit,
  figureChanges,
  isPublicState,
  openForChange,
  pendingSnapshot,
  storedSnapshot,
  workingSnapshot,
  type Editor,
  type WorkingCopy,
} from "./working-copy";

export interface StepResult {
  id: string;
  version: number;
  /** True when the change waits in a pending change (the public still sees the old version). */
  pending: boolean;
  /** False when the save changed nothing (no revision was written). */
  changed: boolean;
}

function citationIds(data: RecordData | null): Set<string> {
  return new Set(stringsIn(data?.citations, "id"));
}

/**
 * Citations keep their id when they already belong to this record; any other id a client sends
 * is replaced, so a form can never take over another record's citation.
 */
function withCitationIds(data: RecordData, ...known: (RecordData | null)[]): RecordData {
  if (!Array.isArray(data.citations)) return data;
  const ids = new Set(known.flatMap((item) => [...citationIds(item)]));
  const citations = objectsIn(data.citations).map((citation) => {
    const { id, ...rest } = citation;
    return { id: typeof id === "string" && ids.has(id) ? id : randomUUID(), ...rest };
  });
  return { ...data, citations };
}

export async function createRecord(
  db: Db,
  adapter: RecordAdapter,
  editor: Editor,
  input: { data: RecordData; summary: string | null },
  now: Date = new Date(),
): Promise<StepResult> {
  const data = withCitationIds(input.data);
  const workflow = adapter.hasWorkflow
    ? { status: "DRAFT" as const, retractionReason: null }
    : null;
  const id = await adapter.insert(db, data, { userId: editor.id, workflow, publishedAt: null });
  const fields = changedFields(null, data);
  await appendRevision(db, {
    type: adapter.type,
    recordId: id,
    action: "CREATE",
    // Reference data (actors, places) is public as soon as it exists.
    publicAt: adapter.hasWorkflow ? null : now,
    before: null,
    after: { workflow, data },
    changedFields: fields,
    changesFigures: await figureChanges(db, adapter, null, data, fields),
    summary: input.summary,
    authorId: editor.id,
    at: now,
  });
  return { id, version: 1, pending: false, changed: true };
}

/** Writes new content to the working copy (record, or pending change of a public record). */
async function writeWorkingCopy(
  db: Db,
  adapter: RecordAdapter,
  editor: Editor,
  copy: WorkingCopy,
  data: RecordData,
): Promise<{ version: number; pending: boolean }> {
  const version = copy.version + 1;
  const { stored } = copy;
  if (adapter.hasWorkflow && isPublicState(stored.workflow)) {
    if (copy.pending) {
      await db.pendingChange.update({
        where: { id: copy.pending.id },
        data: { data: toJson(data), version, updatedById: editor.id },
      });
    } else {
      await db.pendingChange.create({
        data: {
          recordType: adapter.type,
          recordId: stored.id,
          state: "DRAFT",
          data: toJson(data),
          version,
          createdById: editor.id,
          updatedById: editor.id,
        },
      });
    }
    return { version, pending: true };
  }
  const written = await adapter.write(db, stored.id, stored.version, version, data, {
    userId: editor.id,
    workflow: stored.workflow,
    publishedAt: stored.publishedAt,
  });
  if (!written) throw new AppError("conflict");
  return { version, pending: false };
}

export async function saveRecord(
  db: Db,
  adapter: RecordAdapter,
  editor: Editor,
  input: { id: string; expectedVersion: number; data: RecordData; summary: string | null },
  now: Date = new Date(),
): Promise<StepResult> {
  const copy = await openForChange(db, adapter, input.id, input.expectedVersion, input.data);
  assertMayEdit(adapter, editor, copy);
  const data = withCitationIds(input.data, copy.data, copy.stored.data);
  if (jsonEqual(copy.data, data)) {
    return { id: input.id, version: copy.version, pending: copy.pending !== null, changed: false };
  }
  const before = workingSnapshot(copy);
  const result = await writeWorkingCopy(db, adapter, editor, copy, data);
  const fields = changedFields(copy.data, data);
  await appendRevision(db, {
    type: adapter.type,
    recordId: input.id,
    action: "UPDATE",
    pending: result.pending,
    publicAt: adapter.hasWorkflow ? null : now,
    before,
    after: { workflow: result.pending ? before.workflow : copy.stored.workflow, data },
    changedFields: fields,
    changesFigures: await figureChanges(db, adapter, copy.data, data, fields),
    summary: input.summary,
    authorId: editor.id,
    at: now,
  });
  return { id: input.id, ...result, changed: true };
}

/** Drops the pending change of a public record: the working copy is the public version again. */
export async function discardPendingChange(
  db: Db,
  adapter: RecordAdapter,
  editor: Editor,
  input: { id: string; expectedVersion: number; summary: string | null },
  now: Date = new Date(),
): Promise<StepResult> {
  const copy = await openForChange(db, adapter, input.id, input.expectedVersion);
  if (!copy.pending) throw new AppError("invalid_state", "no_pending_change");
  await db.pendingChange.delete({ where: { id: copy.pending.id } });
  await appendRevision(db, {
    type: adapter.type,
    recordId: input.id,
    action: "DISCARD",
    pending: true,
    before: pendingSnapshot(copy.pending),
    after: storedSnapshot(copy.stored),
    changedFields: changedFields(copy.pending.data, copy.stored.data),
    summary: input.summary,
    authorId: editor.id,
    at: now,
  });
  return { id: input.id, version: copy.stored.version, pending: false, changed: true };
}

/**
 * Restores the content of an earlier revision, as a new revision. Restoring content the public
 * has already seen, by someone who may publish, applies at once (it was reviewed when first
 * published); anything else becomes a change to review like an ordinary edit.
 */
export async function revertRecord(
  db: Db,
  adapter: RecordAdapter,
  editor: Editor,
  input: { id: string; expectedVersion: number; revisionNumber: number; summary: string | null },
  now: Date = new Date(),
): Promise<StepResult> {
  const copy = await openForChange(db, adapter, input.id, input.expectedVersion);
  const target = await db.revision.findUnique({
    where: {
      recordType_recordId_number: {
        recordType: adapter.type,
        recordId: input.id,
        number: input.revisionNumber,
      },
    },
    select: { after: true, publicAt: true },
  });
  const snapshot = readSnapshot(target?.after);
  if (!target || !snapshot) throw new AppError("not_found");
  const parsed = adapter.schema.safeParse(snapshot.data);
  if (!parsed.success || !isJsonObject(parsed.data)) {
    throw new AppError("invalid_state", "revision_incompatible");
  }
  const data = withCitationIds(parsed.data, snapshot.data);

  const { stored } = copy;
  const applyLive =
    adapter.hasWorkflow &&
    isPublicState(stored.workflow) &&
    target.publicAt !== null &&
    adapter.permissions.publish !== undefined &&
    can(editor.role, adapter.permissions.publish);
  if (!applyLive) {
    const before = workingSnapshot(copy);
    const result = await writeWorkingCopy(db, adapter, editor, copy, data);
    const fields = changedFields(copy.data, data);
    await appendRevision(db, {
      type: adapter.type,
      recordId: input.id,
      action: "REVERT",
      pending: result.pending,
      publicAt: adapter.hasWorkflow ? null : now,
      before,
      after: { workflow: before.workflow, data },
      changedFields: fields,
      changesFigures: await figureChanges(db, adapter, copy.data, data, fields),
      summary: input.summary ?? `#${input.revisionNumber}`,
      authorId: editor.id,
      at: now,
    });
    return { id: input.id, ...result, changed: true };
  }

  const version = copy.version + 1;
  const workflow = snapshot.workflow ?? { status: "PUBLISHED" as const, retractionReason: null };
  const written = await adapter.write(db, stored.id, stored.version, version, data, {
    userId: editor.id,
    workflow,
    publishedAt: stored.publishedAt ?? now,
  });
  if (!written) throw new AppError("conflict");
  if (copy.pending) await db.pendingChange.delete({ where: { id: copy.pending.id } });
  await appendRevision(db, {
    type: adapter.type,
    recordId: input.id,
    action: "REVERT",
    publicAt: now,
    before: storedSnapshot(stored),
    after: { workflow, data },
    changedFields: changedFields(stored.data, data),
    summary: input.summary ?? `#${input.revisionNumber}`,
    authorId: editor.id,
    at: now,
  });
  return { id: input.id, version, pending: false, changed: true };
}
