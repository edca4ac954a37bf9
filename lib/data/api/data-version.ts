import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The data version: one row the database bumps at the commit of every change to public records
 * (triggers of the api_tombstones migration). It is the API's ETag and Last-Modified, read from the
 * shared database rather than kept per process, so two app instances never disagree, and a
 * publication is visible to the next request on any of them.
 */

export interface DataVersion {
  version: bigint;
  changedAt: Date;
  /** changedAt as RFC 3339 with microseconds (exact, for `updated_since`). */
  asOf: string;
  /** The database's clock when it was read. */
  now: Date;
}

/** An instant as RFC 3339 UTC with microseconds, formatted by PostgreSQL (no precision lost). */
export function isoTimestamp(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export async function readDataVersion(): Promise<DataVersion> {
  const [row] = await db.$queryRaw<
    { version: bigint; changed_at: Date; as_of: string; now: Date }[]
  >`
    SELECT version, changed_at, ${isoTimestamp(Prisma.sql`changed_at`)} AS as_of,
           clock_timestamp() AS now
    FROM api_data_version WHERE id = 1`;
  if (row)
    return { version: row.version, changedAt: row.changed_at, asOf: row.as_of, now: row.now };
  // Only before the first commit ever stamped anything (the migration inserts the row).
  const now = new Date();
  return { version: 0n, changedAt: now, asOf: now.toISOString(), now };
}
