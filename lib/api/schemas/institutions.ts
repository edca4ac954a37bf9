/** Institutions with their lifecycle milestones. */
import { z } from "zod";
import { MilestoneStage } from "@/lib/generated/prisma/enums";
import {
  citationSchema,
  dateRangeSchema,
  localizedTextSchema,
  recordMetaFields,
  timestampSchema,
  uuidSchema,
  wireEnum,
} from "./common";
import { pagingParams } from "./params";

export const milestoneSchema = z
  .object({
    id: uuidSchema,
    stage: wireEnum(Object.values(MilestoneStage)).meta({
      description:
        "Lifecycle stage: announced, text-adopted, signed, in-force, staffed, headquartered, operational, first-output, suspended, dissolved.",
    }),
    date: dateRangeSchema
      .nullable()
      .meta({ description: "Null when the stage has no known date." }),
    description: localizedTextSchema,
    event_id: uuidSchema.nullable().meta({ description: "The published event that shows it." }),
    citations: z.array(citationSchema),
    published_at: timestampSchema.nullable(),
  })
  .meta({ id: "Milestone", description: "A dated step of an institution's lifecycle." });

export const institutionSchema = z
  .object({
    id: uuidSchema,
    slug: z.string().meta({ example: "fu-aes" }),
    acronym: z.string().nullable(),
    name: localizedTextSchema,
    description: localizedTextSchema,
    parent_id: uuidSchema.nullable(),
    milestones: z.array(milestoneSchema).meta({ description: "Published milestones, by date." }),
    event_ids: z.array(uuidSchema).meta({ description: "Related published events." }),
    citations: z.array(citationSchema),
    ...recordMetaFields,
  })
  .meta({
    id: "Institution",
    description:
      "An AES institution and its lifecycle. A change to a milestone changes the institution's `updated_at`.",
  });

export type InstitutionDto = z.infer<typeof institutionSchema>;

export const institutionListQuery = z.object({ ...pagingParams });
