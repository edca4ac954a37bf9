import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { wireValue } from "@/lib/api/schemas/common";
import type { SourceDto, sourceListQuery } from "@/lib/api/schemas/sources";
import { timestampOrNull } from "./dto";
import {
  ascendingBy,
  enumCondition,
  listCollection,
  loadInOrder,
  loadOne,
  tableCollection,
  type KeyRow,
} from "./keyset";
import { idOrSlugWhere } from "./lookups";

/** Sources for the API: approved and not merged, as on the public site; never who graded them. */

const PUBLIC_SOURCE = { status: "APPROVED", mergedIntoId: null } satisfies Prisma.SourceWhereInput;

const SOURCE_SELECT = {
  id: true,
  slug: true,
  name: true,
  publisher: true,
  kind: true,
  language: true,
  homepageUrl: true,
  reliability: true,
  reliabilityNote: true,
  gradedAt: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.SourceSelect;

type SourceRow = Prisma.SourceGetPayload<{ select: typeof SOURCE_SELECT }>;

function sourceDto(row: SourceRow, updatedAt: string): SourceDto {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    publisher: row.publisher,
    kind: wireValue(row.kind),
    language: row.language,
    homepage_url: row.homepageUrl,
    reliability: row.reliability,
    reliability_note: row.reliabilityNote,
    graded_at: timestampOrNull(row.gradedAt),
    updated_at: updatedAt,
    version: row.version,
  };
}

const loadSources = (keys: readonly KeyRow[]) =>
  loadInOrder(
    keys,
    (ids) =>
      db.source.findMany({ where: { id: { in: ids }, ...PUBLIC_SOURCE }, select: SOURCE_SELECT }),
    sourceDto,
  );

export function listApiSources(query: z.output<typeof sourceListQuery>) {
  const where = [
    Prisma.sql`s.status = 'APPROVED' AND s.merged_into_id IS NULL`,
    ...enumCondition(Prisma.sql`s.kind`, query.kind),
  ];
  return listCollection(
    tableCollection("sources", "s", "SOURCE", where),
    ascendingBy("slug", Prisma.sql`s.slug`),
    query,
    loadSources,
  );
}

export async function getApiSource(idOrSlug: string): Promise<SourceDto | null> {
  const found = await db.source.findFirst({
    where: { ...PUBLIC_SOURCE, ...idOrSlugWhere(idOrSlug) },
    select: { id: true, updatedAt: true },
  });
  return loadOne("SOURCE", found, loadSources);
}
