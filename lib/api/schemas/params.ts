/** Query and path parameters shared by the collections. */
import { z } from "zod";

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 100;

export const limitParam = z.coerce
  .number({ error: "expected a whole number" })
  .int({ error: "expected a whole number" })
  .min(1, { error: "at least 1" })
  .max(MAX_LIMIT, { error: `at most ${MAX_LIMIT}` })
  .default(DEFAULT_LIMIT)
  .meta({ description: `Items per page, 1–${MAX_LIMIT}.`, example: 50 });

export const cursorParam = z
  .string()
  .max(600, { error: "not a cursor this API issued" })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "not a cursor this API issued" })
  .optional()
  .meta({ description: "The `meta.next_cursor` of the previous page (opaque)." });

export const updatedSinceParam = z.iso
  .datetime({ offset: true, error: "expected an RFC 3339 timestamp, e.g. 2026-01-31T00:00:00Z" })
  .optional()
  .meta({
    description:
      "Only records whose `updated_at` is at or after this instant (inclusive), including records " +
      "that became public again. Records that left the public set are in /changes/deletions. " +
      "Sorts by `updated` unless `sort` says otherwise.",
    example: "2026-01-31T00:00:00Z",
  });

export const pagingParams = {
  limit: limitParam,
  cursor: cursorParam,
  updated_since: updatedSinceParam,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export const uuidPathParams = z.object({
  id: z.string().regex(UUID, { error: "expected a UUID" }).meta({
    description: "The record's id (UUID).",
    example: "0f6c5d0a-6f3b-5c2e-9a8f-1d2e3f4a5b6c",
  }),
});

/** Records that have both a UUID and a readable slug are found by either. */
export const idOrSlugPathParams = z.object({
  id: z
    .string()
    .max(100, { error: "expected a UUID or a slug" })
    .refine((value) => UUID.test(value) || SLUG.test(value), {
      error: "expected a UUID or a slug (lower-case letters, digits and hyphens)",
    })
    .meta({ description: "The record's id (UUID) or its slug.", example: "jnim" }),
});

/** A list of ids or slugs, as a filter. */
export const idOrSlugList = z
  .array(
    z
      .string()
      .max(100)
      .refine((value) => UUID.test(value) || SLUG.test(value), {
        error: "expected UUIDs or slugs",
      }),
  )
  .max(30, { error: "at most 30 values" });

export const listParamMeta = { style: "form", explode: false } as const;
