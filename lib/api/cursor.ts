/**
 * Opaque keyset cursors: base64url of the last row's sort key and id, the sort they belong to and a
 * fingerprint of the query's filters. A cursor used with another sort or other filters, or edited
 * by hand, is refused with a 400 naming `cursor` (never a 500, never a silently wrong page).
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { invalidParameter } from "./errors";

export interface CursorPosition {
  /** The sort key of the last row served, as text (a date, a timestamp with microseconds, a slug). */
  key: string;
  id: string;
}

const payloadSchema = z.tuple([
  z.literal(1),
  z.string().max(40),
  z.string().length(16),
  z.string().min(1).max(200),
  z.string().min(1).max(200),
]);

function stable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(stable);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, item]) => [key, stable(item)]),
    );
  }
  return value;
}

/** A fingerprint of what selects the rows (every parameter but the paging ones). */
export function cursorScope(
  query: Readonly<Record<string, unknown>>,
  paging: readonly string[] = ["cursor", "limit", "fields"],
): string {
  const filters = Object.fromEntries(
    Object.entries(query).filter(([key]) => !paging.includes(key)),
  );
  return createHash("sha256")
    .update(JSON.stringify(stable(filters)))
    .digest("hex")
    .slice(0, 16);
}

export function encodeCursor(sort: string, scope: string, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([1, sort, scope, position.key, position.id])).toString(
    "base64url",
  );
}

export function decodeCursor(token: string, sort: string, scope: string): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    throw invalidParameter("cursor", "not a cursor this API issued");
  }
  const result = payloadSchema.safeParse(parsed);
  if (!result.success) throw invalidParameter("cursor", "not a cursor this API issued");
  const [, cursorSort, cursorScopeValue, key, id] = result.data;
  if (cursorSort !== sort) {
    throw invalidParameter("cursor", `issued for sort=${cursorSort}, not sort=${sort}`);
  }
  if (cursorScopeValue !== scope) {
    throw invalidParameter("cursor", "issued for other filters; start again without a cursor");
  }
  return { key, id };
}
