/**
 * Building blocks of the API's response shapes. Conventions, the same everywhere:
 * - field names in snake_case; enumerated values lower-case with hyphens ("side-a", "month");
 * - calendar dates as YYYY-MM-DD, always with their precision; instants as RFC 3339 UTC with
 *   microseconds ("2026-11-23T17:00:00.123456Z");
 * - text that exists in two languages as `{ en, fr }`, either possibly null;
 * - related records by id (fetch them from their own collection, which has its own change feed).
 */
import { z } from "zod";
import { DatePrecision } from "@/lib/generated/prisma/enums";

/** "VIOLENCE_AGAINST_CIVILIANS" → "violence-against-civilians". */
export function wireValue(value: string): string {
  return value.toLowerCase().replaceAll("_", "-");
}

/** "violence-against-civilians" → "VIOLENCE_AGAINST_CIVILIANS". */
export function fromWireValue(value: string): string {
  return value.toUpperCase().replaceAll("-", "_");
}

export function wireEnum(values: readonly string[]) {
  return z.enum(values.map(wireValue));
}

export const timestampSchema = z.iso.datetime().meta({
  description: "An instant, RFC 3339 in UTC with microseconds.",
  example: "2026-11-23T17:00:00.123456Z",
});

export const daySchema = z.iso.date().meta({ example: "2024-03-01" });

export const uuidSchema = z.uuid().meta({ example: "0f6c5d0a-6f3b-5c2e-9a8f-1d2e3f4a5b6c" });

export const localizedTextSchema = z
  .object({
    en: z.string().nullable(),
    fr: z.string().nullable(),
  })
  .meta({
    id: "LocalizedText",
    description: "The same text in English and French; a language may be missing (null).",
  });

export const datePrecisionSchema = wireEnum(Object.values(DatePrecision)).meta({
  id: "DatePrecision",
  description:
    "How precisely the date is known: day, days (two to six days), week, month, quarter, year.",
});

export const dateRangeSchema = z
  .object({
    start: daySchema,
    end: daySchema,
    precision: datePrecisionSchema,
  })
  .meta({
    id: "DateRange",
    description:
      "A date as precisely as it is known: the range it falls in, both ends included, and the precision.",
    example: { start: "2024-03-01", end: "2024-03-31", precision: "month" },
  });

export const citationSchema = z
  .object({
    source_id: uuidSchema.meta({ description: "The source (see /sources)." }),
    title: z.string(),
    url: z.string().nullable(),
    published_on: daySchema.nullable(),
    accessed_on: daySchema.nullable(),
    quote: z.string().nullable(),
    quote_language: z.string().nullable(),
    archive_url: z.string().nullable(),
    locator: z.string().nullable().meta({ description: "Where in the document: page, row id…" }),
  })
  .meta({ id: "Citation", description: "One reference backing a record." });

export const recordMetaFields = {
  published_at: timestampSchema.nullable().meta({ description: "When it was first published." }),
  updated_at: timestampSchema.meta({
    description:
      "When what this API shows of the record last changed. `updated_since` compares with it.",
  }),
  version: z.number().int().meta({ description: "Increases with every edit of the record." }),
};

export const asOfSchema = timestampSchema.meta({
  description:
    "The data version the response was read at. To sync, pass the `as_of` of the first response " +
    "of a run as `updated_since` (collections) and `since` (deletions) in the next run.",
});

export const pageMetaSchema = z
  .object({
    limit: z.number().int(),
    count: z.number().int().meta({ description: "Items in this page." }),
    sort: z.string(),
    next_cursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
    as_of: asOfSchema,
  })
  .meta({ id: "PageMeta" });

export const pageLinksSchema = z
  .object({
    self: z.string(),
    next: z.string().nullable(),
  })
  .meta({
    id: "PageLinks",
    description: "Paths (relative to this server) of this and the next page.",
  });

export function pageSchema<T extends z.ZodType>(item: T, id: string, description: string) {
  return z
    .object({ data: z.array(item), meta: pageMetaSchema, links: pageLinksSchema })
    .meta({ id, description });
}

export const singleMetaSchema = z.object({ as_of: asOfSchema }).meta({ id: "SingleMeta" });

export function singleSchema<T extends z.ZodType>(item: T, id: string, description: string) {
  return z.object({ data: item, meta: singleMetaSchema }).meta({ id, description });
}
