/**
 * The generic record workflow: what the engine needs to know about one kind of record. Each
 * adapter (lib/workflow/adapters/*) maps its Prisma model to a plain JSON `data` object (the
 * same shape as its zod schema's output) and back; the engine does the rest — versions,
 * pending changes, revisions, the two-person rule — once for every kind.
 */
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PublicationStatus, RecordType } from "@/lib/generated/prisma/enums";
import type { Permission } from "@/lib/permissions";

export type Db = Prisma.TransactionClient;

/** Editable content of a record: JSON-safe (dates as ISO strings), deterministic key order. */
export type RecordData = Record<string, unknown>;

/** Publication state of a record that has a workflow; null for reference data (actors, places). */
export interface WorkflowState {
  status: PublicationStatus;
  retractionReason: string | null;
}

/** What a revision stores as `before`/`after`, and a pending change as `data`. */
export interface RecordSnapshot {
  workflow: WorkflowState | null;
  data: RecordData;
}

export interface StoredRecord {
  id: string;
  version: number;
  workflow: WorkflowState | null;
  publishedAt: Date | null;
  createdById: string | null;
  data: RecordData;
}

export interface WriteMeta {
  userId: string;
  workflow: WorkflowState | null;
  /** Set on the first publication, kept afterwards. */
  publishedAt: Date | null;
}

/** Permission verbs of the workflow; reference data uses only `write` and `revert`. */
export type WorkflowVerb = "draft" | "write" | "submit" | "publish" | "retract" | "revert";

export interface RecordAdapter<S extends z.ZodType = z.ZodType> {
  type: RecordType;
  /** URL segment under /admin and catalog key: "events", "milestones", … */
  collection: string;
  /** Permission for each verb; undefined = the step does not exist for this kind. */
  permissions: Partial<Record<WorkflowVerb, Permission>>;
  /** True when records go through draft → review → published → retracted. */
  hasWorkflow: boolean;
  /** False for kinds the staff can correct but not add to (places: the fixed geography). */
  creatable: boolean;
  schema: S;
  /** Fields holding fatality or displacement figures (two-person rule). */
  figureFields(db: Db, data: RecordData): Promise<readonly string[]>;
  load(db: Db, id: string): Promise<StoredRecord | null>;
  /** Creates the record (a draft when it has a workflow); returns its id. */
  insert(db: Db, data: z.output<S>, meta: WriteMeta): Promise<string>;
  /**
   * Writes content and workflow state if the stored version is still `expectedVersion`, setting
   * it to `nextVersion`. Returns false (writing nothing) when someone else got there first.
   */
  write(
    db: Db,
    id: string,
    expectedVersion: number,
    nextVersion: number,
    data: z.output<S>,
    meta: WriteMeta,
  ): Promise<boolean>;
  /** A short human label for lists, history and the audit log. */
  label(data: RecordData): string;
  /** Where the public sees the record (without locale), if it has a page of its own. */
  publicPath(id: string, data: RecordData): string | null;
}
