import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReliabilityGrade, SourceKind, SourceStatus } from "@/lib/generated/prisma/enums";

export const SOURCES_PAGE_SIZE = 30;

export interface CuratedSource {
  id: string;
  version: number;
  name: string;
  publisher: string | null;
  kind: SourceKind;
  language: string | null;
  homepageUrl: string | null;
  status: SourceStatus;
  reliability: ReliabilityGrade | null;
  reliabilityNote: string | null;
  citations: number;
  indicators: number;
  createdAt: Date;
}

/** Sources for curation: the approval queue first, merged duplicates left out. */
export const listSourcesForCuration = cache(
  async (filters: { q?: string; status?: SourceStatus; page: number }) => {
    const where: Prisma.SourceWhereInput = {
      mergedIntoId: null,
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.q
        ? {
            OR: [
              { name: { contains: filters.q, mode: "insensitive" } },
              { publisher: { contains: filters.q, mode: "insensitive" } },
            ],
          }
        : {}),
    };
    const [total, rows] = await Promise.all([
      db.source.count({ where }),
      db.source.findMany({
        where,
        orderBy: [{ status: "asc" }, { name: "asc" }],
        skip: (filters.page - 1) * SOURCES_PAGE_SIZE,
        take: SOURCES_PAGE_SIZE,
        select: {
          id: true,
          version: true,
          name: true,
          publisher: true,
          kind: true,
          language: true,
          homepageUrl: true,
          status: true,
          reliability: true,
          reliabilityNote: true,
          createdAt: true,
          _count: { select: { citations: true, indicators: true } },
        },
      }),
    ]);
    const sources: CuratedSource[] = rows.map(({ _count, ...row }) => ({
      ...row,
      citations: _count.citations,
      indicators: _count.indicators,
    }));
    return { sources, total, pageCount: Math.max(1, Math.ceil(total / SOURCES_PAGE_SIZE)) };
  },
);
