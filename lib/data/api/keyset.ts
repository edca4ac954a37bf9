import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { cursorScope, decodeCursor, encodeCursor, type CursorPosition } from "@/lib/api/cursor";
import { invalidParameter } from "@/lib/api/errors";
import { fromWireValue } from "@/lib/api/schemas/common";
import { isoTimestamp } from "./data-version";

/**
 * Keyset pagination over one collection: rows ordered by (sort key, id), each page starting after
 * the last row of the previous one, so pages neither skip nor repeat rows while the data changes,
 * and a deep page costs what the first one does. This module only finds the ids of a page (and
 * their `updated_at`, from api_changes); each collection then loads its rows by id.
 */

export interface Collection {
  /** The table with its alias, e.g. `events e`. */
  from: Prisma.Sql;
  id: Prisma.Sql;
  idType: "uuid" | "text";
  /** The record's own updated_at, used when api_changes has no row for it yet. */
  updatedAt: Prisma.Sql;
  recordType: RecordType;
  /** The published-records condition plus the query's filters. */
  where: Prisma.Sql;
}

type KeyType = "date" | "timestamptz" | "text";

export interface Sort {
  name: string;
  type: KeyType;
  descending: boolean;
  /** The key over the collection's alias; `changed` is when its public form last changed. */
  key: (changed: Prisma.Sql) => Prisma.Sql;
}

export const sortByUpdated = (descending = false): Sort => ({
  name: descending ? "-updated" : "updated",
  type: "timestamptz",
  descending,
  key: (changed) => changed,
});

export interface KeyRow {
  id: string;
  /** Null when api_changes has no row for it (the record's own updated_at is used). */
  updatedAt: string | null;
}

export interface PageOfKeys {
  rows: KeyRow[];
  nextCursor: string | null;
}

const KEY_PATTERNS: Readonly<Record<KeyType, RegExp>> = {
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  timestamptz:
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z$/,
  text: /^[\p{L}\p{N}_.:-]{1,200}$/u,
};
const ID_PATTERNS = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  text: /^[A-Za-z0-9_-]{1,64}$/,
};

function keyText(type: KeyType, key: Prisma.Sql): Prisma.Sql {
  if (type === "date") return Prisma.sql`to_char(${key}, 'YYYY-MM-DD')`;
  if (type === "timestamptz") return isoTimestamp(key);
  return Prisma.sql`(${key})::text`;
}

/** A cursor's position, refused unless each part has the shape the sort gives it. */
function checkedPosition(position: CursorPosition, sort: Sort, idType: Collection["idType"]) {
  const validDay = (day: string) =>
    new Date(`${day.slice(0, 10)}T00:00:00Z`).toISOString().slice(0, 10) === day.slice(0, 10);
  const keyOk =
    KEY_PATTERNS[sort.type].test(position.key) && (sort.type === "text" || validDay(position.key));
  if (!keyOk || !ID_PATTERNS[idType].test(position.id)) {
    throw invalidParameter("cursor", "not a cursor this API issued");
  }
  return position;
}

function afterCondition(
  collection: Collection,
  sort: Sort,
  key: Prisma.Sql,
  position: CursorPosition,
): Prisma.Sql {
  const castKey = Prisma.raw(sort.type);
  const castId = Prisma.raw(collection.idType);
  const left = Prisma.sql`(${key}, ${collection.id})`;
  const right = Prisma.sql`(${position.key}::${castKey}, ${position.id}::${castId})`;
  return sort.descending ? Prisma.sql`${left} < ${right}` : Prisma.sql`${left} > ${right}`;
}

export interface PageRequest {
  sort: Sort;
  cursor: string | undefined;
  /** Binds cursors to the filters they were issued for (lib/api/cursor.ts). */
  scope: string;
  updatedSince: string | undefined;
  limit: number;
}

export async function pageOfKeys(
  collection: Collection,
  request: PageRequest,
): Promise<PageOfKeys> {
  const { sort, limit } = request;
  // The change stamps are joined only when the page is selected or ordered by them; otherwise
  // they are looked up for the page's ids alone (by primary key), whatever the planner thinks.
  const joinChanges = request.updatedSince !== undefined || sort.type === "timestamptz";
  const changed = Prisma.sql`coalesce(c.changed_at, ${collection.updatedAt})`;
  const key = sort.key(changed);
  const conditions: Prisma.Sql[] = [collection.where];
  if (request.updatedSince !== undefined) {
    conditions.push(Prisma.sql`${changed} >= ${request.updatedSince}::timestamptz`);
  }
  if (request.cursor !== undefined) {
    const position = decodeCursor(request.cursor, sort.name, request.scope);
    conditions.push(
      afterCondition(collection, sort, key, checkedPosition(position, sort, collection.idType)),
    );
  }
  const direction = Prisma.raw(sort.descending ? "DESC" : "ASC");
  const join = joinChanges
    ? Prisma.sql`LEFT JOIN api_changes c ON c.record_type = ${collection.recordType}::record_type
        AND c.record_id = ${collection.id}::text`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string; key: string; updated_at: string | null }[]>`
    SELECT ${collection.id}::text AS id, ${keyText(sort.type, key)} AS key,
           ${joinChanges ? isoTimestamp(changed) : Prisma.sql`NULL`} AS updated_at
    FROM ${collection.from} ${join}
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${key} ${direction}, ${collection.id} ${direction}
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const stamps = joinChanges
    ? new Map(page.map((row) => [row.id, row.updated_at ?? ""]))
    : await changeStamps(
        collection.recordType,
        page.map((row) => row.id),
      );
  const last = page.at(-1);
  return {
    rows: page.map((row) => ({ id: row.id, updatedAt: stamps.get(row.id) || null })),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor(sort.name, request.scope, { key: last.key, id: last.id })
        : null,
  };
}

/** `updated_at` of records loaded by id (detail endpoints, embedded lists). */
export async function changeStamps(
  recordType: RecordType,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; updated_at: string }[]>`
    SELECT record_id AS id, ${isoTimestamp(Prisma.sql`changed_at`)} AS updated_at
    FROM api_changes
    WHERE record_type = ${recordType}::record_type AND record_id IN (${Prisma.join([...ids])})`;
  return new Map(rows.map((row) => [row.id, row.updated_at]));
}

/** The stamp of a record, falling back to its own updated_at (a row written before the triggers). */
export function stampOf(stamps: Map<string, string>, id: string, fallback: Date): string {
  return stamps.get(id) ?? `${fallback.toISOString().slice(0, 23)}000Z`;
}

/** Rows loaded by id, back in the order of the page. */
export function inPageOrder<T extends { id: string }>(
  ids: readonly string[],
  rows: readonly T[],
): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface PagingQuery {
  cursor?: string;
  limit: number;
  updated_since?: string;
}

/** One page of a collection: keys in order, then the rows loaded by `load`. */
export async function listCollection<T>(
  collection: Collection,
  defaultSort: Sort,
  query: PagingQuery & Readonly<Record<string, unknown>>,
  load: (keys: readonly KeyRow[]) => Promise<T[]>,
  sort: Sort = query.updated_since ? sortByUpdated() : defaultSort,
) {
  const page = await pageOfKeys(collection, {
    sort,
    cursor: query.cursor,
    scope: cursorScope(query),
    updatedSince: query.updated_since,
    limit: query.limit,
  });
  return {
    items: await load(page.rows),
    nextCursor: page.nextCursor,
    sort: sort.name,
    limit: query.limit,
  };
}

/** One record found by `find`, loaded like a list row, with its change stamp. */
export async function loadOne<T>(
  recordType: RecordType,
  found: { id: string; updatedAt: Date } | null,
  load: (keys: readonly KeyRow[]) => Promise<T[]>,
): Promise<T | null> {
  if (!found) return null;
  const stamps = await changeStamps(recordType, [found.id]);
  const [record] = await load([
    { id: found.id, updatedAt: stampOf(stamps, found.id, found.updatedAt) },
  ]);
  return record ?? null;
}

/** Rows of `ids` loaded by `find`, in page order, each with its stamp. */
export async function loadInOrder<R extends { id: string; updatedAt: Date }, T>(
  keys: readonly KeyRow[],
  find: (ids: string[]) => Promise<R[]>,
  toDto: (row: R, updatedAt: string) => T,
): Promise<T[]> {
  const ids = keys.map((key) => key.id);
  if (ids.length === 0) return [];
  const stamps = new Map(
    keys.flatMap((key) => (key.updatedAt === null ? [] : [[key.id, key.updatedAt] as const])),
  );
  return inPageOrder(ids, await find(ids)).map((row) =>
    toDto(row, stampOf(stamps, row.id, row.updatedAt)),
  );
}

type Table =
  "events" | "indicators" | "observations" | "institutions" | "actors" | "places" | "sources";

/** A table with an `id` and an `updated_at`, aliased for the conditions written against it. */
export function tableCollection(
  table: Table,
  alias: "e" | "i" | "o" | "a" | "p" | "s",
  recordType: RecordType,
  where: readonly Prisma.Sql[],
  idType: Collection["idType"] = "uuid",
): Collection {
  const name = Prisma.raw(alias);
  return {
    from: Prisma.sql`${Prisma.raw(table)} ${name}`,
    id: Prisma.sql`${name}.id`,
    idType,
    updatedAt: Prisma.sql`${name}.updated_at`,
    recordType,
    where: where.length > 0 ? Prisma.join([...where], " AND ") : Prisma.sql`TRUE`,
  };
}

/** Ascending order of one column (slugs, ids, dates), ties broken by id. */
export function ascendingBy(name: string, column: Prisma.Sql, type: KeyType = "text"): Sort {
  return { name, type, descending: false, key: () => column };
}

/** `column` among the enumerated values of a filter ("armed-group" → ARMED_GROUP). */
export function enumCondition(
  column: Prisma.Sql,
  values: readonly string[] | undefined,
): Prisma.Sql[] {
  if (!values || values.length === 0) return [];
  return [Prisma.sql`${column}::text IN (${Prisma.join(values.map(fromWireValue))})`];
}
