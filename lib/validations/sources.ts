import { z } from "zod";
import { ReliabilityGrade, SourceKind, SourceStatus } from "@/lib/generated/prisma/enums";
import { optionalText, optionalUrl, requiredText, versionSchema } from "./fields";

export const sourceFieldsSchema = z.object({
  name: requiredText(300),
  publisher: optionalText(300),
  kind: z.enum(SourceKind, { error: "required" }),
  language: z.preprocess(
    (value) => (value === "" ? null : value),
    z
      .string()
      .regex(/^[a-z]{2,3}$/, { error: "invalid" })
      .nullable()
      .default(null),
  ),
  homepageUrl: optionalUrl,
});
export type SourceFields = z.output<typeof sourceFieldsSchema>;

const sourceRef = { sourceId: z.uuid({ error: "invalid" }), expectedVersion: versionSchema };

export const updateSourceSchema = sourceFieldsSchema.extend(sourceRef);

export const decideSourceSchema = z.object({
  ...sourceRef,
  decision: z.enum([SourceStatus.APPROVED, SourceStatus.REJECTED], { error: "invalid" }),
});

export const gradeSourceSchema = z.object({
  ...sourceRef,
  reliability: z.enum(ReliabilityGrade, { error: "required" }),
  note: optionalText(1000),
});

export const mergeSourcesSchema = z
  .object({ keepId: z.uuid({ error: "invalid" }), mergeId: z.uuid({ error: "invalid" }) })
  .refine((value) => value.keepId !== value.mergeId, { error: "sameSource", path: ["mergeId"] });

export const deleteSourceSchema = z.object({ sourceId: z.uuid({ error: "invalid" }) });

export const searchSchema = z.object({ q: z.string().trim().max(100).default("") });
