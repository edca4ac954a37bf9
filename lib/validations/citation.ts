/**
 * A citation attached to a record: which source, which document, where in it. Every record
 * type carries a list of them; `id` only matches a citation the record already has (new ones
 * get their id when saved).
 */
import { z } from "zod";
import {
  optionalIsoDate,
  optionalLanguage,
  optionalText,
  optionalUrl,
  requiredText,
} from "./fields";

export const citationSchema = z.object({
  id: z.uuid().optional(),
  sourceId: z.uuid({ error: "required" }),
  title: requiredText(500),
  url: optionalUrl,
  archiveUrl: optionalUrl,
  publishedOn: optionalIsoDate,
  accessedOn: optionalIsoDate,
  quote: optionalText(2000),
  quoteLanguage: optionalLanguage,
  locator: optionalText(200),
});

export type CitationData = z.output<typeof citationSchema>;
export type CitationInput = z.input<typeof citationSchema>;

export const citationsSchema = z.array(citationSchema).max(30, { error: "tooMany" });
