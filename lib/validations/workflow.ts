/**
 * Inputs of the workflow actions, for every kind of record: which collection, which record,
 * the version the editor started from, and (for create/save) the content, validated by that
 * collection's own schema. Status, authorship and publication dates are never inputs.
 */
import { z } from "zod";
import { COLLECTIONS, adapterFor, type Collection } from "@/lib/workflow/adapters";
import { isJsonObject } from "@/lib/workflow/json";
import type { RecordData } from "@/lib/workflow/types";
import { editSummarySchema, requiredText, versionSchema } from "./fields";

export const collectionSchema = z.enum(COLLECTIONS, { error: "invalid" });

/** Record ids: uuids, or readable place ids ("ML-SEGOU"). */
export const recordIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9-]+$/, { error: "invalid" });

/** Validates `data` with the collection's schema; its errors are reported under `data.<field>`. */
function parseRecordData<T extends { collection: Collection; data: unknown }>(
  value: T,
  context: z.RefinementCtx,
): Omit<T, "data"> & { data: RecordData } {
  const parsed = adapterFor(value.collection).schema.safeParse(value.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      context.addIssue({ code: "custom", message: issue.message, path: ["data", ...issue.path] });
    }
    return z.NEVER;
  }
  if (!isJsonObject(parsed.data)) {
    context.addIssue({ code: "custom", message: "invalid", path: ["data"] });
    return z.NEVER;
  }
  return { ...value, data: parsed.data };
}

export const createRecordSchema = z
  .object({ collection: collectionSchema, data: z.unknown(), summary: editSummarySchema })
  .transform(parseRecordData);

export const saveRecordSchema = z
  .object({
    collection: collectionSchema,
    id: recordIdSchema,
    expectedVersion: versionSchema,
    data: z.unknown(),
    summary: editSummarySchema,
  })
  .transform(parseRecordData);

export const recordStepSchema = z.object({
  collection: collectionSchema,
  id: recordIdSchema,
  expectedVersion: versionSchema,
  summary: editSummarySchema,
});

export const retractRecordSchema = recordStepSchema.extend({ reason: requiredText(1000) });

export const revertRecordSchema = recordStepSchema.extend({
  revisionNumber: z.number().int().positive(),
});
