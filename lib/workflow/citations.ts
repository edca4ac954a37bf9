/**
 * Citations as part of a record's content: loaded in a stable order (creation time, then id)
 * and written back by difference, so unchanged citations keep their rows and ids.
 */
import type { CitationData } from "@/lib/validations/citation";
import type { Db } from "./types";

export type CitationOwner =
  | { eventId: string }
  | { milestoneId: string }
  | { observationId: string }
  | { assessmentId: string }
  | { institutionId: string };

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
const toDate = (value: string | null) => (value ? new Date(`${value}T00:00:00.000Z`) : null);

export async function loadCitations(db: Db, owner: CitationOwner): Promise<CitationData[]> {
  const rows = await db.citation.findMany({
    where: owner,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    sourceId: row.sourceId,
    title: row.title,
    url: row.url,
    archiveUrl: row.archiveUrl,
    publishedOn: day(row.publishedOn),
    accessedOn: day(row.accessedOn),
    quote: row.quote,
    quoteLanguage:
      row.quoteLanguage === "en" || row.quoteLanguage === "fr" ? row.quoteLanguage : null,
    locator: row.locator,
  }));
}

function columns(citation: CitationData) {
  return {
    sourceId: citation.sourceId,
    title: citation.title,
    url: citation.url,
    archiveUrl: citation.archiveUrl,
    publishedOn: toDate(citation.publishedOn),
    accessedOn: toDate(citation.accessedOn),
    quote: citation.quote,
    quoteLanguage: citation.quoteLanguage,
    locator: citation.locator,
  };
}

export async function syncCitations(
  db: Db,
  owner: CitationOwner,
  citations: CitationData[],
  userId: string,
  now: Date = new Date(),
): Promise<void> {
  const existing = new Map((await loadCitations(db, owner)).map((item) => [item.id, item]));
  const keep = citations.map((item) => item.id).filter((id): id is string => Boolean(id));
  await db.citation.deleteMany({ where: { ...owner, id: { notIn: keep } } });
  for (const [index, citation] of citations.entries()) {
    const current = citation.id ? existing.get(citation.id) : undefined;
    if (current) {
      if (JSON.stringify(columns(current)) !== JSON.stringify(columns(citation))) {
        await db.citation.update({ where: { id: current.id }, data: columns(citation) });
      }
      continue;
    }
    // New citations keep the order they were given in (creation time orders them on load).
    await db.citation.create({
      data: {
        id: citation.id,
        ...owner,
        ...columns(citation),
        createdById: userId,
        createdAt: new Date(now.getTime() + index),
      },
    });
  }
}
