/** Territorial-control assessments, actors and places. */
import { z } from "zod";
import { ActorKind, Confidence, ControlCategory } from "@/lib/generated/prisma/enums";
import { citationsSchema } from "./citation";
import { dateRangeProblem, datePrecisionSchema, isoDateSchema } from "./dates";
import {
  optionalNumber,
  optionalPlaceId,
  optionalText,
  optionalUuid,
  placeIdSchema,
  requiredText,
  slugSchema,
} from "./fields";

export const assessmentDataSchema = z
  .object({
    areaId: placeIdSchema,
    assessedOn: isoDateSchema,
    datePrecision: datePrecisionSchema,
    category: z.enum(ControlCategory, { error: "required" }),
    actorId: optionalUuid,
    confidence: z.enum(Confidence, { error: "required" }),
    methodNote: optionalText(5000),
    citations: citationsSchema.default([]),
  })
  .superRefine((assessment, context) => {
    const problem = dateRangeProblem("DAY", assessment.assessedOn, assessment.assessedOn);
    if (problem) context.addIssue({ code: "custom", message: problem, path: ["assessedOn"] });
  });
export type AssessmentData = z.output<typeof assessmentDataSchema>;

export const actorDataSchema = z.object({
  slug: slugSchema,
  nameEn: requiredText(200),
  nameFr: requiredText(200),
  kind: z.enum(ActorKind, { error: "required" }),
  descriptionEn: optionalText(5000),
  descriptionFr: optionalText(5000),
  countryId: optionalPlaceId,
  affiliationId: optionalUuid,
});
export type ActorData = z.output<typeof actorDataSchema>;

/** Places are the fixed geography: names and centre point can be corrected, nothing else. */
export const placeDataSchema = z.object({
  nameEn: requiredText(200),
  nameFr: requiredText(200),
  latitude: optionalNumber(-90, 90),
  longitude: optionalNumber(-180, 180),
});
export type PlaceData = z.output<typeof placeDataSchema>;
