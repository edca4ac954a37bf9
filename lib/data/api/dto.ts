import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { isoDay } from "@/lib/indicators/periods";
import { rangeForPrecision } from "@/lib/validations/dates";
import { wireValue } from "@/lib/api/schemas/common";
import type { z } from "zod";
import type { citationSchema, dateRangeSchema } from "@/lib/api/schemas/common";

/** Row → response pieces shared by the collections. Never staff fields (who created, graded…). */

export const CITATION_SELECT = {
  sourceId: true,
  title: true,
  url: true,
  publishedOn: true,
  accessedOn: true,
  quote: true,
  quoteLanguage: true,
  archiveUrl: true,
  locator: true,
} satisfies Prisma.CitationSelect;

/** Citations in a stable order (the order they were recorded in). */
export const CITATIONS_IN_ORDER = {
  select: CITATION_SELECT,
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
} satisfies Prisma.CitationFindManyArgs;

type CitationRow = Prisma.CitationGetPayload<{ select: typeof CITATION_SELECT }>;

const day = (date: Date | null) => (date ? isoDay(date) : null);

export function citationDto(row: CitationRow): z.infer<typeof citationSchema> {
  return {
    source_id: row.sourceId,
    title: row.title,
    url: row.url,
    published_on: day(row.publishedOn),
    accessed_on: day(row.accessedOn),
    quote: row.quote,
    quote_language: row.quoteLanguage,
    archive_url: row.archiveUrl,
    locator: row.locator,
  };
}

export function localized(en: string | null, fr: string | null) {
  return { en: en || null, fr: fr || null };
}

export function timestampOrNull(date: Date | null): string | null {
  return date ? `${date.toISOString().slice(0, 23)}000Z` : null;
}

export function dateRangeDto(
  start: Date,
  end: Date,
  precision: DatePrecision,
): z.infer<typeof dateRangeSchema> {
  return { start: isoDay(start), end: isoDay(end), precision: wireValue(precision) };
}

/** A single date with a precision (milestones): the range that precision implies. */
export function anchoredRangeDto(
  anchor: Date,
  precision: DatePrecision,
): z.infer<typeof dateRangeSchema> {
  const range = rangeForPrecision(precision, isoDay(anchor));
  return { ...range, precision: wireValue(precision) };
}
