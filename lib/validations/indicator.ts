/** Indicators (a series definition, with its origin) and their observations. */
import { z } from "zod";
import {
  DataStatus,
  GapState,
  IndicatorKind,
  SeriesStatus,
  StatementRank,
  UpdateFrequency,
} from "@/lib/generated/prisma/enums";
import { citationsSchema } from "./citation";
import { isoDateSchema } from "./dates";
import {
  optionalIsoDate,
  optionalNumber,
  optionalText,
  optionalUuid,
  placeIdSchema,
  requiredText,
  slugSchema,
} from "./fields";

export const indicatorDataSchema = z.object({
  slug: slugSchema,
  nameEn: requiredText(200),
  nameFr: requiredText(200),
  kind: z.enum(IndicatorKind, { error: "required" }),
  unit: requiredText(40),
  descriptionEn: optionalText(5000),
  descriptionFr: optionalText(5000),
  methodologyEn: optionalText(10000),
  methodologyFr: optionalText(10000),
  producer: requiredText(200),
  licence: requiredText(100),
  citationText: optionalText(1000),
  sourceId: optionalUuid,
  updateFrequency: z.enum(UpdateFrequency, { error: "required" }),
  seriesStatus: z.enum(SeriesStatus, { error: "invalid" }).default("ACTIVE"),
  seriesStatusNote: optionalText(1000),
});
export type IndicatorData = z.output<typeof indicatorDataSchema>;

/** Kinds whose values are counts of people killed or displaced (two-person rule). */
export const FIGURE_INDICATOR_KINDS: ReadonlySet<IndicatorKind> = new Set<IndicatorKind>([
  "FATALITIES",
  "CASUALTIES",
  "DISPLACEMENT_STOCK",
  "NEW_DISPLACEMENTS",
  "REFUGEES",
]);

const VALUE = optionalNumber(-1e12, 1e12);

export const observationDataSchema = z
  .object({
    indicatorId: z.uuid({ error: "required" }),
    placeId: placeIdSchema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    value: VALUE,
    low: VALUE,
    high: VALUE,
    dataStatus: z.enum(DataStatus, { error: "invalid" }).default("FINAL"),
    gapState: z.enum(GapState, { error: "invalid" }).default("VALUE"),
    carriedForwardFrom: optionalIsoDate,
    rank: z.enum(StatementRank, { error: "invalid" }).default("NORMAL"),
    rankReason: optionalText(500),
    series: z.string().trim().max(60, { error: "tooLong" }).default(""),
    note: optionalText(2000),
    citations: citationsSchema.default([]),
  })
  .superRefine((observation, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: "custom", message, path: [path] });
    if (observation.periodEnd < observation.periodStart) issue("periodEnd", "dateEndBeforeStart");
    if (
      observation.low !== null &&
      observation.high !== null &&
      observation.low > observation.high
    ) {
      issue("high", "lowAboveHigh");
    }
    // "0", "unknown" and "not collected" are different things: a value only when there is one.
    if (observation.gapState === "VALUE" && observation.value === null)
      issue("value", "valueRequired");
    if (observation.gapState !== "VALUE" && observation.value !== null)
      issue("value", "valueNotExpected");
    if (observation.rank === "DEPRECATED" && !observation.rankReason)
      issue("rankReason", "required");
  });
export type ObservationData = z.output<typeof observationDataSchema>;
