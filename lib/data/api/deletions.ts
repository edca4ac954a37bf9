import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { cursorScope, decodeCursor, encodeCursor } from "@/lib/api/cursor";
import { invalidParameter } from "@/lib/api/errors";
import { wireValue } from "@/lib/api/schemas/common";
import {
  RECORD_TYPES,
  REMOVAL_REASONS,
  type ApiRecordType,
  type DeletionDto,
  type deletionListQuery,
} from "@/lib/api/schemas/changes";
import { isoTimestamp } from "./data-version";

/**
 * The deletions feed: records that left the public set (deleted, retracted, unpublished, rejected,
 * merged), from the tombstones the database triggers write. Oldest first, keyset by (at, id).
 */

const SORT = "at";

const API_TYPES: Readonly<Record<ApiRecordType, RecordType>> = {
  event: "EVENT",
  indicator: "INDICATOR",
  observation: "OBSERVATION",
  institution: "INSTITUTION",
  actor: "ACTOR",
  place: "PLACE",
  source: "SOURCE",
};

function apiTypeOf(type: RecordType): ApiRecordType | null {
  return RECORD_TYPES.find((apiType) => API_TYPES[apiType] === type) ?? null;
}

function reasonOf(stored: string): DeletionDto["reason"] {
  const wire = wireValue(stored);
  return REMOVAL_REASONS.find((reason) => reason === wire) ?? "deleted";
}
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export async function listApiDeletions(query: z.output<typeof deletionListQuery>) {
  const conditions: Prisma.Sql[] = [Prisma.sql`t.tx_id IS NULL`];
  if (query.since) conditions.push(Prisma.sql`t.removed_at >= ${query.since}::timestamptz`);
  if (query.type) {
    const types = query.type.map((type) => API_TYPES[type]);
    conditions.push(Prisma.sql`t.record_type::text IN (${Prisma.join(types)})`);
  }
  const scope = cursorScope(query);
  if (query.cursor) {
    const position = decodeCursor(query.cursor, SORT, scope);
    if (!STAMP.test(position.key) || !/^\d{1,19}$/.test(position.id)) {
      throw invalidParameter("cursor", "not a cursor this API issued");
    }
    conditions.push(
      Prisma.sql`(t.removed_at, t.id) > (${position.key}::timestamptz, ${position.id}::bigint)`,
    );
  }
  const rows = await db.$queryRaw<
    {
      id: bigint;
      record_type: RecordType;
      record_id: string;
      at: string;
      reason: string;
      note: string | null;
      replaced_by: string | null;
    }[]
  >`
    SELECT t.id, t.record_type, t.record_id, ${isoTimestamp(Prisma.sql`t.removed_at`)} AS at,
           t.reason, t.note, t.replaced_by
    FROM api_tombstones t
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY t.removed_at, t.id
    LIMIT ${query.limit + 1}`;
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const items = page.flatMap((row): DeletionDto[] => {
    const type = apiTypeOf(row.record_type);
    if (type === null) return [];
    const { record_id: id, at, note, replaced_by } = row;
    return [{ type, id, at, reason: reasonOf(row.reason), note, replaced_by }];
  });
  return {
    items,
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor(SORT, scope, { key: last.at, id: String(last.id) })
        : null,
    sort: SORT,
    limit: query.limit,
  };
}
