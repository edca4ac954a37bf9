/** Institutions of the confederation and the milestones of their lifecycle. */
import { z } from "zod";
import { DatePrecision, MilestoneStage } from "@/lib/generated/prisma/enums";
import { citationsSchema } from "./citation";
import { dateRangeProblem } from "./dates";
import { optionalIsoDate, optionalText, optionalUuid, requiredText, slugSchema } from "./fields";

export const institutionDataSchema = z.object({
  slug: slugSchema,
  acronym: optionalText(30),
  nameEn: requiredText(200),
  nameFr: requiredText(200),
  descriptionEn: optionalText(5000),
  descriptionFr: optionalText(5000),
  parentId: optionalUuid,
  citations: citationsSchema.default([]),
});
export type InstitutionData = z.output<typeof institutionDataSchema>;

export const milestoneDataSchema = z
  .object({
    institutionId: z.uuid({ error: "required" }),
    stage: z.enum(MilestoneStage, { error: "required" }),
    date: optionalIsoDate,
    datePrecision: z.preprocess(
      (value) => value || null,
      z.enum(DatePrecision, { error: "invalid" }).nullable(),
    ),
    descriptionEn: optionalText(2000),
    descriptionFr: optionalText(2000),
    eventId: optionalUuid,
    citations: citationsSchema.default([]),
  })
  .superRefine((milestone, context) => {
    // A stage reached on an unknown date has neither; a known date always says how precisely.
    if ((milestone.date === null) !== (milestone.datePrecision === null)) {
      context.addIssue({
        code: "custom",
        message: "datePrecisionRequired",
        path: ["datePrecision"],
      });
    }
    if (milestone.date && milestone.datePrecision) {
      const problem = dateRangeProblem(milestone.datePrecision, milestone.date, milestone.date);
      if (problem === "dateOutOfRange") {
        context.addIssue({ code: "custom", message: problem, path: ["date"] });
      }
    }
  });
export type MilestoneData = z.output<typeof milestoneDataSchema>;
