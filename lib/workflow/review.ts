/**
 * The review steps: draft → in review → published → retracted, for a record or for the pending
 * change of a published record. Publishing applies the pending change to the record, which is
 * what the public reads; the two-person rule guards fatality and displacement figures.
 */
import { AppError } from "@/lib/actions/errors";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { changedFields, jsonEqual } from "./diff";
import type { StepResult } from "./edit";
import { appendRevision, figureAuthorsSinceLastPublication } from "./revisions";
import type { Db, RecordAdapter, RecordData, WorkflowState } from "./types";
import {
  isPublicState,
  openForChange,
  pendingSnapshot,
  storedSnapshot,
  type Editor,
  type WorkingCopy,
} from "./working-copy";

interface StepInput {
  id: string;
  expectedVersion: number;
  summary: string | null;
}

function requireState(copy: WorkingCopy, wanted: PublicationStatus, reason: string): void {
  if (copy.state !== wanted) throw new AppError("invalid_state", reason);
}

function requireWorkflow(adapter: RecordAdapter): void {
  if (!adapter.hasWorkflow) throw new AppError("invalid_state", "no_workflow");
}

/** Moves the working copy's state (pending change or record) without touching its content. */
async function moveState(
  db: Db,
  adapter: RecordAdapter,
  editor: Editor,
  copy: WorkingCopy,
  input: StepInput,
  to: PublicationStatus,
  action: "SUBMIT" | "REJECT",
  now: Date,
): Promise<StepResult> {
  const version = copy.version + 1;
  if (copy.pending) {
    await db.pendingChange.update({
      where: { id: copy.pending.id },
      data: { state: to, version, updatedById: editor.id },
    });
  } else {
    const written = await adapter.write(
      db,
      copy.stored.id,
      copy.stored.version,
      version,
      copy.data,
      {
        userId: editor.id,
        workflow: { status: to, retractionReason: null },
        publishedAt: copy.stored.publishedAt,
      },
    );
    if (!written) throw new AppError("conflict");
  }
  const before = copy.pending ? pendingSnapshot(copy.pending) : storedSnapshot(copy.stored);
  await appendRevision(db, {
    type: adapter.type,
    recordId: input.id,
    action,
    pending: copy.pending !== null,
    before,
    after: { workflow: { status: to, retractionReason: null }, data: copy.data },
    changedFields: ["status"],
    summary: input.summary,
    authorId: editor.id,
    at: now,
  });
  return { id: input.id, version, pending: copy.pending !== null, changed: true };
}

function citationCount(data: RecordData): number | null {
  return Array.isArray(data.citations) ? data.citations.length : null;
}

export async function submitForReview(
  db: Db,
  adapter: RecordAdapter,
  editor: Editor,
  input: StepInput,
  now: Date = new Date(),
): Promise<StepResult> {
  requireWorkflow(adapter);
  const copy = await openForChange(db, adapter, input.id, input.expectedVersion);
  requireState(copy, "DRAFT", "not_a_draft");
  // Every figure must be traceable: nothing goes to review without a source.
  if (citationCount(copy.data) === 0) throw new AppError("invalid_state", "citation_required");
  return moveState(db, adapter, editor, copy, input, "IN_REVIEW", "SUBMIT", now);
}

/** Sends a record or change in review back to its authors as a draft. */
export async function returnToDraft(
  db: Db,
  adapter: RecordAdapter,
  editor: Editor,
  input: StepInput,
  now: Date = new Date(),
): Promise<StepResult> {
  requireWorkflow(adapter);
  const copy = await openForChange(db, adapter, input.id, input.expectedVersion);
  requireState(copy, "IN_REVIEW", "not_in_review");
  return moveState(db, adapter, editor, copy, input, "DRAFT", "REJECT", now);
}

/**
 * Two-person rule: when the content to publish changes a fatality or displacement figure
 * relative to what the public sees, nobody who changed a figure since the last publication may
 * publish it.
 */
async function assertTwoPersonRule(
  db: Db,
  adapter: RecordAdapter,
  editor: Editor,
  copy: WorkingCopy,
): Promise<void> {
  const publicData = isPublicState(copy.stored.workflow) ? copy.stored.data : null;
  const figures = new Set([
    ...(await adapter.figureFields(db, copy.data)),
    ...(publicData ? await adapter.figureFields(db, publicData) : []),
  ]);
  const figureChanged = [...figures].some(
    (field) => !jsonEqual(publicData?.[field] ?? null, copy.data[field] ?? null),
  );
  if (!figureChanged) return;
  const authors = await figureAuthorsSinceLastPublication(db, adapter.type, copy.stored.id);
  if (authors.has(editor.id)) throw new AppError("two_person_rule");
}

export async function publishRecord(
  db: Db,
  adapter: RecordAdapter,
  editor: Editor,
  input: StepInput,
  now: Date = new Date(),
): Promise<StepResult> {
  requireWorkflow(adapter);
  const copy = await openForChange(db, adapter, input.id, input.expectedVersion);
  requireState(copy, "IN_REVIEW", "not_in_review");
  await assertTwoPersonRule(db, adapter, editor, copy);

  const { stored } = copy;
  const version = copy.version + 1;
  const workflow: WorkflowState = { status: "PUBLISHED", retractionReason: null };
  const written = await adapter.write(db, stored.id, stored.version, version, copy.data, {
    userId: editor.id,
    workflow,
    publishedAt: stored.publishedAt ?? now,
  });
  if (!written) throw new AppError("conflict");
  if (copy.pending) await db.pendingChange.delete({ where: { id: copy.pending.id } });
  await appendRevision(db, {
    type: adapter.type,
    recordId: input.id,
    action: "PUBLISH",
    publicAt: now,
    before: storedSnapshot(stored),
    after: { workflow, data: copy.data },
    changedFields: [...changedFields(stored.data, copy.data), "status"],
    summary: input.summary,
    authorId: editor.id,
    at: now,
  });
  return { id: input.id, version, pending: false, changed: true };
}

/**
 * Withdraws a published record from the public pages. It stays stored, with its public reason;
 * a pending change it had is dropped (its content remains in the history).
 */
export async function retractRecord(
  db: Db,
  adapter: RecordAdapter,
  editor: Editor,
  input: StepInput & { reason: string },
  now: Date = new Date(),
): Promise<StepResult> {
  requireWorkflow(adapter);
  const copy = await openForChange(db, adapter, input.id, input.expectedVersion);
  const { stored } = copy;
  if (stored.workflow?.status !== "PUBLISHED") {
    throw new AppError("invalid_state", "not_published");
  }
  const version = copy.version + 1;
  const workflow: WorkflowState = { status: "RETRACTED", retractionReason: input.reason };
  const written = await adapter.write(db, stored.id, stored.version, version, stored.data, {
    userId: editor.id,
    workflow,
    publishedAt: stored.publishedAt,
  });
  if (!written) throw new AppError("conflict");
  if (copy.pending) await db.pendingChange.delete({ where: { id: copy.pending.id } });
  await appendRevision(db, {
    type: adapter.type,
    recordId: input.id,
    action: "RETRACT",
    publicAt: now,
    before: storedSnapshot(stored),
    after: { workflow, data: stored.data },
    changedFields: ["status", "retractionReason"],
    summary: input.summary,
    authorId: editor.id,
    at: now,
  });
  return { id: input.id, version, pending: false, changed: true };
}
