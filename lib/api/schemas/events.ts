/** Events: the response shape and the list's parameters (the timeline's filters plus paging). */
import { z } from "zod";
import {
  ActorRole,
  DataStatus,
  EventCategory,
  ExternalSystem,
  QualityFlag,
} from "@/lib/generated/prisma/enums";
import { AREAS, COUNTRIES } from "@/lib/places/catalog";
import {
  categoryToParam,
  MAX_FATALITIES,
  MAX_FILTER_VALUES,
  MAX_QUERY_LENGTH,
} from "@/lib/validations/event-filters";
import {
  citationSchema,
  dateRangeSchema,
  localizedTextSchema,
  recordMetaFields,
  uuidSchema,
  wireEnum,
} from "./common";
import { listParamMeta, pagingParams } from "./params";

const count = z.number().int().nullable();

export const eventCategorySchema = z.enum(Object.values(EventCategory).map(categoryToParam)).meta({
  id: "EventCategory",
});

export const eventSchema = z
  .object({
    id: uuidSchema,
    title: localizedTextSchema,
    summary: localizedTextSchema,
    category: eventCategorySchema,
    ucdp_violence_type: z
      .number()
      .int()
      .nullable()
      .meta({ description: "UCDP type of violence: 1 state-based, 2 non-state, 3 one-sided." }),
    date: dateRangeSchema,
    location: z
      .object({
        country_id: z.string().meta({ example: "BF" }),
        area_id: z.string().nullable().meta({ example: "BF-SAHEL" }),
        area_name: z
          .string()
          .nullable()
          .meta({ description: "The area as the source named it, kept when it did not resolve." }),
        name: z.string().nullable().meta({ description: "Town or place named by the source." }),
        latitude: z.number().nullable(),
        longitude: z.number().nullable(),
        precision: z.number().int().nullable().meta({
          description:
            "UCDP where_prec: 1 exact place, 2 within 25 km, 3 district, 4 region, 5 wider area, 6 country, 7 water or airspace.",
        }),
      })
      .meta({ id: "EventLocation" }),
    fatalities: z
      .object({
        low: count,
        best: count,
        high: count,
        side_a: count,
        side_b: count,
        civilians: count,
        unknown: count,
      })
      .meta({
        id: "Fatalities",
        description: "Deaths as the source counts them; null is unknown, never zero.",
      }),
    data_status: wireEnum(Object.values(DataStatus)).meta({
      description: "Provisional (e.g. UCDP Candidate) or final.",
    }),
    quality_flags: z.array(wireEnum(Object.values(QualityFlag))),
    actors: z.array(
      z.object({
        actor_id: uuidSchema.meta({ description: "See /actors." }),
        role: wireEnum(Object.values(ActorRole)),
      }),
    ),
    citations: z.array(citationSchema),
    external_ids: z.array(
      z.object({
        system: wireEnum(Object.values(ExternalSystem)),
        id: z.string(),
        release: z.string().nullable().meta({ example: "GED 24.1" }),
      }),
    ),
    source_text: z
      .string()
      .nullable()
      .meta({ description: "Source text as the dataset carries it (UCDP source_article)." }),
    number_of_sources: z.number().int().nullable(),
    ...recordMetaFields,
  })
  .meta({ id: "Event", description: "A dated event, with its place, actors, toll and sources." });

export type EventDto = z.infer<typeof eventSchema>;

export const EVENT_FIELDS = Object.keys(eventSchema.shape) as (keyof EventDto)[];

/** A list item: the event, or only the `fields` asked for (always with its id). */
export const eventListItemSchema = eventSchema.partial().required({ id: true }).meta({
  id: "EventListItem",
  description: "An Event; with `fields`, only those properties (and `id`).",
});

export const EVENT_SORTS = ["-date", "date", "updated", "-updated"] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

const listOf = (values: readonly string[], description: string, example: string) =>
  z
    .array(z.enum(values))
    .max(MAX_FILTER_VALUES, { error: `at most ${MAX_FILTER_VALUES} values` })
    .optional()
    .meta({ description, example: [example], param: listParamMeta });

const fatalityBound = (description: string) =>
  z.coerce
    .number({ error: "expected a whole number" })
    .int({ error: "expected a whole number" })
    .min(0, { error: "at least 0" })
    .max(MAX_FATALITIES, { error: `at most ${MAX_FATALITIES}` })
    .optional()
    .meta({ description });

export const eventFilterParams = {
  country: listOf(
    COUNTRIES.map((country) => country.id.toLowerCase()),
    "Countries (ISO 3166-1 alpha-2).",
    "bf",
  ),
  area: listOf(
    AREAS.map((area) => area.id.toLowerCase()),
    "Admin-1 areas (see /places).",
    "bf-sahel",
  ),
  category: listOf(
    Object.values(EventCategory).map(categoryToParam),
    "Event categories.",
    "battle",
  ),
  actor: z
    .array(
      z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/, { error: "not an actor slug" }),
    )
    .max(MAX_FILTER_VALUES, { error: `at most ${MAX_FILTER_VALUES} values` })
    .optional()
    .meta({
      description: "Actor slugs (see /actors): events involving any of them.",
      example: ["jnim"],
      param: listParamMeta,
    }),
  from: z.iso.date({ error: "expected a date YYYY-MM-DD" }).optional().meta({
    description: "Events whose date range ends on or after this day.",
    example: "2022-01-01",
  }),
  to: z.iso.date({ error: "expected a date YYYY-MM-DD" }).optional().meta({
    description: "Events whose date range starts on or before this day.",
    example: "2023-12-31",
  }),
  fatalitiesMin: fatalityBound("Best fatality estimate at least this (unknown tolls never match)."),
  fatalitiesMax: fatalityBound("Best fatality estimate at most this (unknown tolls never match)."),
  precise: z
    .enum(["1", "0", "true", "false", "on"], { error: "expected 1 or 0" })
    .optional()
    .meta({ description: "1: leave out events whose date or place is imprecise." }),
  q: z
    .string()
    .max(MAX_QUERY_LENGTH, { error: `at most ${MAX_QUERY_LENGTH} characters` })
    .optional()
    .meta({
      description: "Free text (accent- and case-insensitive), also matching place and actor names.",
      example: "djibo",
    }),
};

export const eventListQuery = z.object({
  ...eventFilterParams,
  ...pagingParams,
  sort: z
    .enum(EVENT_SORTS, { error: `expected one of ${EVENT_SORTS.join(", ")}` })
    .optional()
    .meta({
      description:
        "-date (newest first; the default), date, updated or -updated (by `updated_at`; the default with `updated_since`). Ties are broken by id.",
    }),
  fields: z
    .array(z.enum(EVENT_FIELDS, { error: `expected some of ${EVENT_FIELDS.join(", ")}` }))
    .optional()
    .meta({
      description: "Only these properties of each event (`id` is always included).",
      example: ["date", "title", "fatalities"],
      param: listParamMeta,
    }),
});

export type EventListQuery = z.output<typeof eventListQuery>;
