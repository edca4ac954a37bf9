"use server";
/** Sources: anyone citing may propose one; admins curate (approve, grade, edit, merge, delete). */
import { changeSource, createSource, deleteSource, mergeSources } from "@/lib/workflow/sources";
import {
  decideSourceSchema,
  deleteSourceSchema,
  gradeSourceSchema,
  mergeSourcesSchema,
  sourceFieldsSchema,
  updateSourceSchema,
} from "@/lib/validations/sources";
import { defineAction, requireUser } from "./action-client";

const SOURCE_PAGES = ["/admin/sources", "/sources"];
const about = (input: { sourceId: string }) => ({ recordType: "SOURCE", recordId: input.sourceId });

export const createSourceAction = defineAction({
  name: "sources.create",
  schema: sourceFieldsSchema,
  access: "sources.create",
  handler: (input, context) => createSource(context.db, requireUser(context).id, input),
  audit: (input, result) => ({
    recordType: "SOURCE",
    recordId: result.id,
    details: { name: input.name },
  }),
  revalidate: () => SOURCE_PAGES,
});

export const updateSourceAction = defineAction({
  name: "sources.update",
  schema: updateSourceSchema,
  access: "sources.curate",
  handler: (input, context) => {
    const { sourceId, expectedVersion, ...fields } = input;
    return changeSource(
      context.db,
      requireUser(context).id,
      sourceId,
      expectedVersion,
      "UPDATE",
      fields,
    );
  },
  audit: about,
  revalidate: () => SOURCE_PAGES,
});

export const decideSourceAction = defineAction({
  name: "sources.decide",
  schema: decideSourceSchema,
  access: "sources.curate",
  handler: (input, context) =>
    changeSource(
      context.db,
      requireUser(context).id,
      input.sourceId,
      input.expectedVersion,
      input.decision === "APPROVED" ? "APPROVE" : "REJECT",
      { status: input.decision },
    ),
  audit: (input) => ({ ...about(input), details: { decision: input.decision } }),
  revalidate: () => SOURCE_PAGES,
});

export const gradeSourceAction = defineAction({
  name: "sources.grade",
  schema: gradeSourceSchema,
  access: "sources.curate",
  handler: (input, context) => {
    const user = requireUser(context);
    return changeSource(context.db, user.id, input.sourceId, input.expectedVersion, "GRADE", {
      reliability: input.reliability,
      reliabilityNote: input.note,
      gradedBy: { connect: { id: user.id } },
      gradedAt: new Date(),
    });
  },
  audit: (input) => ({ ...about(input), details: { reliability: input.reliability } }),
  revalidate: () => SOURCE_PAGES,
});

export const mergeSourcesAction = defineAction({
  name: "sources.merge",
  schema: mergeSourcesSchema,
  access: "sources.curate",
  handler: (input, context) =>
    mergeSources(context.db, requireUser(context).id, input.keepId, input.mergeId),
  audit: (_input, result) => ({
    recordType: "SOURCE",
    recordId: result.mergeId,
    details: {
      keptSource: result.keepId,
      citationsMoved: result.citationsMoved,
      indicatorsMoved: result.indicatorsMoved,
    },
  }),
  revalidate: () => SOURCE_PAGES,
});

export const deleteSourceAction = defineAction({
  name: "sources.delete",
  schema: deleteSourceSchema,
  access: "sources.curate",
  handler: (input, context) => deleteSource(context.db, requireUser(context).id, input.sourceId),
  audit: about,
  revalidate: () => SOURCE_PAGES,
});
