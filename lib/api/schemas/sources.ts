/** Sources: who said it, and how reliable they have been graded. */
import { z } from "zod";
import { ReliabilityGrade, SourceKind } from "@/lib/generated/prisma/enums";
import { recordMetaFields, timestampSchema, uuidSchema, wireEnum } from "./common";
import { listParamMeta, pagingParams } from "./params";

export const sourceKindSchema = wireEnum(Object.values(SourceKind));

export const sourceSchema = z
  .object({
    id: uuidSchema,
    slug: z.string(),
    name: z.string(),
    publisher: z.string().nullable(),
    kind: sourceKindSchema,
    language: z.string().nullable(),
    homepage_url: z.string().nullable(),
    reliability: z
      .enum(Object.values(ReliabilityGrade))
      .nullable()
      .meta({ description: "Admiralty grade A (reliable) to F (cannot be judged)." }),
    reliability_note: z.string().nullable(),
    graded_at: timestampSchema.nullable(),
    updated_at: recordMetaFields.updated_at,
    version: recordMetaFields.version,
  })
  .meta({ id: "Source", description: "An approved source (merged duplicates are not listed)." });

export type SourceDto = z.infer<typeof sourceSchema>;

export const sourceListQuery = z.object({
  kind: z
    .array(sourceKindSchema)
    .optional()
    .meta({ description: "Source kinds.", example: ["news"], param: listParamMeta }),
  ...pagingParams,
});
