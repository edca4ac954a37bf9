/** Indicators, their observations and their aggregated series. */
import { z } from "zod";
import {
  DataStatus,
  GapState,
  IndicatorKind,
  SeriesStatus,
  StatementRank,
  UpdateFrequency,
} from "@/lib/generated/prisma/enums";
import { GRANULARITIES } from "@/lib/indicators/periods";
import { CELL_STATES } from "@/lib/indicators/series";
import {
  citationSchema,
  daySchema,
  localizedTextSchema,
  recordMetaFields,
  uuidSchema,
  wireEnum,
} from "./common";
import { idOrSlugList, listParamMeta, pagingParams } from "./params";

export const indicatorSchema = z
  .object({
    id: uuidSchema,
    slug: z.string().meta({ example: "unhcr-idps" }),
    name: localizedTextSchema,
    description: localizedTextSchema,
    methodology: localizedTextSchema,
    kind: wireEnum(Object.values(IndicatorKind)),
    measure: z.enum(["flow", "stock"]).meta({
      description:
        "flow: a figure covers a period (deaths in 2023); stock: a figure is as of a date (people displaced on 31 Dec 2023).",
    }),
    unit: z.string(),
    producer: z.string(),
    licence: z.string(),
    citation_text: z.string().nullable(),
    source_id: uuidSchema.nullable().meta({ description: "See /sources." }),
    update_frequency: wireEnum(Object.values(UpdateFrequency)),
    series_status: wireEnum(Object.values(SeriesStatus)),
    series_status_note: z.string().nullable(),
    ...recordMetaFields,
  })
  .meta({ id: "Indicator", description: "A measured quantity, with its producer and licence." });

export type IndicatorDto = z.infer<typeof indicatorSchema>;

export const observationSchema = z
  .object({
    id: uuidSchema,
    indicator_id: uuidSchema,
    place_id: z.string().meta({ example: "BF" }),
    period: z
      .object({ start: daySchema, end: daySchema })
      .meta({ description: "A flow covers [start, end]; a stock is as of `end` (start = end)." }),
    value: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    data_status: wireEnum(Object.values(DataStatus)),
    gap_state: wireEnum(Object.values(GapState)).meta({
      description: "value, or why there is none: unknown, not-collected, discontinued.",
    }),
    carried_forward_from: daySchema
      .nullable()
      .meta({ description: "Set when the producer repeated an earlier figure." }),
    rank: wireEnum(Object.values(StatementRank)),
    rank_reason: z.string().nullable(),
    series: z.string().meta({ description: "Which of the producer's series (may be empty)." }),
    note: z.string().nullable(),
    citations: z.array(citationSchema),
    ...recordMetaFields,
  })
  .meta({ id: "Observation", description: "One figure of an indicator for one place and period." });

export type ObservationDto = z.infer<typeof observationSchema>;

const placeList = z
  .array(z.string().regex(/^[a-z]{2,3}(?:-[a-z0-9-]{1,40})?$/, { error: "not a place id" }))
  .max(30, { error: "at most 30 values" })
  .optional()
  .meta({ description: "Place ids (see /places).", example: ["bf", "ml"], param: listParamMeta });

const periodParams = {
  from: z.iso
    .date({ error: "expected a date YYYY-MM-DD" })
    .optional()
    .meta({ description: "Periods ending on or after this day.", example: "2015-01-01" }),
  to: z.iso
    .date({ error: "expected a date YYYY-MM-DD" })
    .optional()
    .meta({ description: "Periods starting on or before this day.", example: "2023-12-31" }),
  place: placeList,
  source: idOrSlugList.optional().meta({
    description: "Only figures citing one of these sources (ids or slugs, see /sources).",
    param: listParamMeta,
  }),
};

export const observationListQuery = z.object({
  indicator: idOrSlugList.optional().meta({
    description: "Indicator ids or slugs.",
    example: ["unhcr-idps"],
    param: listParamMeta,
  }),
  ...periodParams,
  ...pagingParams,
});

export type ObservationListQuery = z.output<typeof observationListQuery>;

export const indicatorListQuery = z.object({
  kind: z
    .array(wireEnum(Object.values(IndicatorKind)))
    .optional()
    .meta({ description: "Indicator kinds.", example: ["fatalities"], param: listParamMeta }),
  ...pagingParams,
});

export const seriesQuery = z.object({
  aggregation: z
    .enum(GRANULARITIES, { error: `expected one of ${GRANULARITIES.join(", ")}` })
    .optional()
    .meta({
      description:
        "Calendar buckets: month, quarter or year. Defaults to the finest one the figures fit.",
    }),
  ...periodParams,
});

/** "carriedForward" → "carried-forward". */
export function cellStateToWire(state: string): string {
  return state.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export const seriesCellSchema = z
  .object({
    bucket: z.string().meta({ example: "2023-Q2" }),
    start: daySchema,
    end: daySchema,
    state: z.enum(CELL_STATES.map(cellStateToWire)).meta({
      description:
        "value, provisional, carried-forward, partial (not every day of the bucket has a figure; value is the sum of what exists), or why there is no value: unknown, not-collected, discontinued, missing.",
    }),
    value: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    as_of: daySchema.nullable().meta({ description: "For a stock, the day the figure is for." }),
    carried_forward_from: daySchema.nullable(),
    notes: z.array(z.string()),
  })
  .meta({ id: "SeriesCell" });

export const seriesSchema = z
  .object({
    indicator_id: uuidSchema,
    aggregation: z.enum(GRANULARITIES),
    measure: z.enum(["flow", "stock"]),
    places: z.array(z.object({ place_id: z.string(), cells: z.array(seriesCellSchema) })),
  })
  .meta({
    id: "Series",
    description:
      "An indicator bucketed by calendar period per place, as the charts draw it: flows are summed over the bucket, stocks take the latest figure in it; gaps keep their reason.",
  });

export type SeriesDto = z.infer<typeof seriesSchema>;
