"use server";
/**
 * Workflow actions for every kind of record (events, institutions, …): each checks the
 * permission of its collection's namespace (`events.write`, `events.publish`, …).
 */
import type { Permission } from "@/lib/permissions";
import { adapterFor, type Collection } from "@/lib/workflow/adapters";
import { createRecord, discardPendingChange, revertRecord, saveRecord } from "@/lib/workflow/edit";
import type { StepResult } from "@/lib/workflow/edit";
import {
  publishRecord,
  retractRecord,
  returnToDraft,
  submitForReview,
} from "@/lib/workflow/review";
import { isJsonObject } from "@/lib/workflow/json";
import type { Db, RecordAdapter, WorkflowVerb } from "@/lib/workflow/types";
import type { Editor } from "@/lib/workflow/working-copy";
import type { z } from "zod";
import {
  createRecordSchema,
  recordStepSchema,
  retractRecordSchema,
  revertRecordSchema,
  saveRecordSchema,
} from "@/lib/validations/workflow";
import { defineAction, requireUser } from "./action-client";

/** The permission of `verb` in the collection's namespace; "denied" when the step has none. */
const permissionFor =
  (...verbs: WorkflowVerb[]) =>
  (input: { collection: Collection }): Permission | "denied" => {
    const { permissions } = adapterFor(input.collection);
    for (const verb of verbs) {
      const permission = permissions[verb];
      if (permission) return permission;
    }
    return "denied";
  };

const audit = (input: { collection: Collection }, result: StepResult) => ({
  recordType: adapterFor(input.collection).type,
  recordId: result.id,
  details: { version: result.version, pending: result.pending, changed: result.changed },
});

const revalidate = (input: { collection: Collection }, result: StepResult) => {
  const data = "data" in input && isJsonObject(input.data) ? input.data : {};
  const publicPath = adapterFor(input.collection).publicPath(result.id, data);
  return [
    `/admin/${input.collection}`,
    `/admin/${input.collection}/${result.id}`,
    ...(publicPath ? [publicPath] : []),
    "/",
  ];
};

/**
 * One workflow step as a server action: its schema, the verbs whose permission it needs (the
 * first one the collection defines), and the engine function that performs it.
 */
function workflowAction<S extends z.ZodType<{ collection: Collection }>>(
  name: string,
  schema: S,
  access: (input: { collection: Collection }) => Permission | "denied",
  step: (db: Db, adapter: RecordAdapter, editor: Editor, input: z.output<S>) => Promise<StepResult>,
) {
  return defineAction({
    name,
    schema,
    access,
    handler: (input, context) =>
      step(context.db, adapterFor(input.collection), requireUser(context), input),
    audit,
    revalidate,
  });
}

export const createRecordAction = workflowAction(
  "records.create",
  createRecordSchema,
  // Some kinds (places) can be corrected but not added to.
  (input) =>
    adapterFor(input.collection).creatable ? permissionFor("draft", "write")(input) : "denied",
  createRecord,
);
// Contributors may save their own drafts: the engine checks ownership.
export const saveRecordAction = workflowAction(
  "records.save",
  saveRecordSchema,
  permissionFor("draft", "write"),
  saveRecord,
);
export const submitRecordAction = workflowAction(
  "records.submit",
  recordStepSchema,
  permissionFor("submit"),
  submitForReview,
);
export const returnRecordToDraftAction = workflowAction(
  "records.return_to_draft",
  recordStepSchema,
  permissionFor("publish"),
  returnToDraft,
);
export const publishRecordAction = workflowAction(
  "records.publish",
  recordStepSchema,
  permissionFor("publish"),
  publishRecord,
);
export const retractRecordAction = workflowAction(
  "records.retract",
  retractRecordSchema,
  permissionFor("retract"),
  retractRecord,
);
export const revertRecordAction = workflowAction(
  "records.revert",
  revertRecordSchema,
  permissionFor("revert"),
  revertRecord,
);
export const discardPendingChangeAction = workflowAction(
  "records.discard_pending",
  recordStepSchema,
  // Only published records of kinds with a workflow have pending changes.
  (input) => (adapterFor(input.collection).hasWorkflow ? permissionFor("write")(input) : "denied"),
  discardPendingChange,
);
