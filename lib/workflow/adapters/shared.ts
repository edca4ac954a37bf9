/** Mapping helpers the record adapters share. */
import { AppError } from "@/lib/actions/errors";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import type { StoredRecord, WorkflowState, WriteMeta } from "../types";

export const day = (value: Date) => value.toISOString().slice(0, 10);
export const optionalDay = (value: Date | null) => (value ? day(value) : null);
export const toDate = (value: string) => new Date(`${value}T00:00:00.000Z`);
export const optionalDate = (value: string | null) => (value ? toDate(value) : null);

/** Columns of the publication workflow, as every workflow model names them. */
export function workflowColumns(meta: WriteMeta) {
  return {
    status: meta.workflow?.status ?? "DRAFT",
    retractionReason: meta.workflow?.retractionReason ?? null,
    publishedAt: meta.publishedAt,
  };
}

interface WorkflowRow {
  id: string;
  version: number;
  status: PublicationStatus;
  retractionReason: string | null;
  publishedAt: Date | null;
  createdById: string | null;
}

export function storedRecord<D extends Record<string, unknown>>(
  row: WorkflowRow,
  data: D,
): StoredRecord {
  const workflow: WorkflowState = { status: row.status, retractionReason: row.retractionReason };
  return {
    id: row.id,
    version: row.version,
    workflow,
    publishedAt: row.publishedAt,
    createdById: row.createdById,
    data,
  };
}

/** Slugs are unique: say so on the field instead of failing on the index. */
export async function assertFree(
  taken: Promise<{ id: string } | null>,
  field: string,
  ownId?: string,
): Promise<void> {
  const other = await taken;
  if (other && other.id !== ownId) {
    throw new AppError("invalid", undefined, { fieldErrors: { [`data.${field}`]: ["taken"] } });
  }
}
