/**
 * A fingerprint of every application table's content, to prove that an operation changed nothing
 * (dry runs, refused imports, a second seed, denied mutations).
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function tableChecksums(db: PrismaClient): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
    ORDER BY tablename`;
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    // The name comes from pg_tables, not from input; md5 over rows sorted by their text form.
    const [row] = await db.$queryRawUnsafe<{ sum: string | null; count: bigint }[]>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum, count(*) AS count FROM "${name}" t`,
    );
    sums[name] = `${String(row?.count ?? 0)}:${row?.sum ?? "empty"}`;
  }
  return sums;
}
