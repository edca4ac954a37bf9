/** The deletions feed: records that left the public set, so that a copy can drop them. */
import { z } from "zod";
import { timestampSchema } from "./common";
import { limitParam, cursorParam, listParamMeta } from "./params";

export const RECORD_TYPES = [
  "event",
  "indicator",
  "observation",
  "institution",
  "actor",
  "place",
  "source",
] as const;
export type ApiRecordType = (typeof RECORD_TYPES)[number];

export const REMOVAL_REASONS = [
  "retracted",
  "unpublished",
  "deleted",
  "rejected",
  "merged",
  "indicator-withdrawn",
] as const;

export const deletionSchema = z
  .object({
    type: z.enum(RECORD_TYPES),
    id: z.string(),
    at: timestampSchema,
    reason: z.enum(REMOVAL_REASONS).meta({
      description:
        "retracted (with a public note), unpublished, deleted, rejected (a source), merged (a source, see replaced_by), indicator-withdrawn (an observation whose indicator left).",
    }),
    note: z.string().nullable(),
    replaced_by: z.string().nullable().meta({ description: "For a merged source: the one kept." }),
  })
  .meta({
    id: "Deletion",
    description:
      "A record that left the public set at `at`. It may come back later (it then appears again with `updated_since`).",
  });

export type DeletionDto = z.infer<typeof deletionSchema>;

export const deletionListQuery = z.object({
  since: z.iso
    .datetime({ offset: true, error: "expected an RFC 3339 timestamp, e.g. 2026-01-31T00:00:00Z" })
    .optional()
    .meta({
      description: "Only removals at or after this instant (inclusive).",
      example: "2026-01-31T00:00:00Z",
    }),
  type: z
    .array(z.enum(RECORD_TYPES))
    .optional()
    .meta({ description: "Record types.", example: ["event"], param: listParamMeta }),
  limit: limitParam,
  cursor: cursorParam,
});
