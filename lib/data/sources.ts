import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReliabilityGrade, SourceKind } from "@/lib/generated/prisma/enums";
import { pickLocalized, type Localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { pageOfEvents, type EventPage } from "./events";

/**
 * Sources as the public site shows them: approved and not merged into another one. What cites a
 * source is counted and listed over PUBLISHED records only (a draft event citing it stays private).
 */

/** The sources the public may see (exported so that every public reader uses the same rule). */
export const PUBLIC_SOURCE = {
  status: "APPROVED",
  mergedIntoId: null,
} satisfies Prisma.SourceWhereInput;

const PUBLISHED_CITATION_TARGET: Prisma.CitationWhereInput = {
  OR: [
    { event: { status: "PUBLISHED" } },
    { milestone: { status: "PUBLISHED", institution: { status: "PUBLISHED" } } },
    { observation: { status: "PUBLISHED", indicator: { status: "PUBLISHED" } } },
    { institution: { status: "PUBLISHED" } },
    { assessment: { status: "PUBLISHED" } },
  ],
};

export interface SourceSummary {
  slug: string;
  name: string;
  publisher: string | null;
  kind: SourceKind;
  reliability: ReliabilityGrade | null;
  citations: number;
}

export const listPublicSources = cache(async (): Promise<SourceSummary[]> => {
  const [sources, counts] = await Promise.all([
    db.source.findMany({
      where: PUBLIC_SOURCE,
      orderBy: [{ name: "asc" }],
      select: { id: true, slug: true, name: true, publisher: true, kind: true, reliability: true },
    }),
    db.citation.groupBy({
      by: ["sourceId"],
      where: { ...PUBLISHED_CITATION_TARGET, source: PUBLIC_SOURCE },
      _count: { _all: true },
    }),
  ]);
  const countBySource = new Map(counts.map((row) => [row.sourceId, row._count._all]));
  return sources.map(({ id, ...source }) => ({ ...source, citations: countBySource.get(id) ?? 0 }));
});

export interface PublicSource {
  id: string;
  slug: string;
  name: string;
  publisher: string | null;
  kind: SourceKind;
  language: string | null;
  homepageUrl: string | null;
  reliability: ReliabilityGrade | null;
  reliabilityNote: string | null;
  gradedAt: Date | null;
  citationCounts: { events: number; institutions: number; observations: number; total: number };
}

export const getPublicSource = cache(async (slug: string): Promise<PublicSource | null> => {
  const source = await db.source.findFirst({
    where: { slug, ...PUBLIC_SOURCE },
    select: {
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
    },
  });
  if (!source) return null;
  const mine = { sourceId: source.id };
  const [events, institutions, observations, total] = await Promise.all([
    db.citation.count({ where: { ...mine, event: { status: "PUBLISHED" } } }),
    db.citation.count({
      where: {
        ...mine,
        OR: [
          { institution: { status: "PUBLISHED" } },
          { milestone: { status: "PUBLISHED", institution: { status: "PUBLISHED" } } },
        ],
      },
    }),
    db.citation.count({
      where: { ...mine, observation: { status: "PUBLISHED", indicator: { status: "PUBLISHED" } } },
    }),
    db.citation.count({ where: { ...mine, ...PUBLISHED_CITATION_TARGET } }),
  ]);
  return { ...source, citationCounts: { events, institutions, observations, total } };
});

/** The published events citing a source, newest first, one page at a time. */
export const listEventsCitingSource = cache(
  async (sourceId: string, page: number, locale: Locale): Promise<EventPage> => {
    const where: Prisma.EventWhereInput = {
      status: "PUBLISHED",
      citations: { some: { sourceId } },
    };
    return pageOfEvents(where, page, locale);
  },
);

export interface CitingInstitution {
  slug: string;
  acronym: string | null;
  name: Localized;
  /** How many of its published milestones (or itself) cite the source. */
  citations: number;
}

export interface CitingIndicator {
  slug: string;
  name: Localized;
  citations: number;
}

/** Institutions and indicators citing a source (through milestones and observations). */
export const listOtherRecordsCitingSource = cache(
  async (
    sourceId: string,
    locale: Locale,
  ): Promise<{ institutions: CitingInstitution[]; indicators: CitingIndicator[] }> => {
    const [institutionCitations, observationCitations] = await Promise.all([
      db.citation.findMany({
        where: {
          sourceId,
          OR: [
            { institution: { status: "PUBLISHED" } },
            { milestone: { status: "PUBLISHED", institution: { status: "PUBLISHED" } } },
          ],
        },
        select: {
          institution: { select: { slug: true, acronym: true, nameEn: true, nameFr: true } },
          milestone: {
            select: {
              institution: { select: { slug: true, acronym: true, nameEn: true, nameFr: true } },
            },
          },
        },
      }),
      db.citation.findMany({
        where: {
          sourceId,
          observation: { status: "PUBLISHED", indicator: { status: "PUBLISHED" } },
        },
        select: {
          observation: {
            select: { indicator: { select: { slug: true, nameEn: true, nameFr: true } } },
          },
        },
      }),
    ]);
    const institutions = new Map<string, CitingInstitution>();
    for (const citation of institutionCitations) {
      const institution = citation.institution ?? citation.milestone?.institution;
      if (!institution) continue;
      const entry = institutions.get(institution.slug) ?? {
        slug: institution.slug,
        acronym: institution.acronym,
        name: pickLocalized(locale, institution.nameEn, institution.nameFr),
        citations: 0,
      };
      entry.citations += 1;
      institutions.set(institution.slug, entry);
    }
    const indicators = new Map<string, CitingIndicator>();
    for (const citation of observationCitations) {
      const indicator = citation.observation?.indicator;
      if (!indicator) continue;
      const entry = indicators.get(indicator.slug) ?? {
        slug: indicator.slug,
        name: pickLocalized(locale, indicator.nameEn, indicator.nameFr),
        citations: 0,
      };
      entry.citations += 1;
      indicators.set(indicator.slug, entry);
    }
    return { institutions: [...institutions.values()], indicators: [...indicators.values()] };
  },
);
