/**
 * The datasets importers cite, as Source rows (kind DATASET, approved: they are published reference
 * datasets). Created on first import; an existing row is left as curators made it.
 */
import { stableUuid } from "@/lib/db/stable-id";
import type { ImportSession } from "./importer";

export interface DatasetSource {
  slug: string;
  name: string;
  publisher: string;
  homepageUrl: string;
}

export const DATASET_SOURCES = {
  ucdpGed: {
    slug: "ucdp-ged",
    name: "UCDP Georeferenced Event Dataset",
    publisher: "Uppsala Conflict Data Program (UCDP), Uppsala University",
    homepageUrl: "https://ucdp.uu.se/downloads/",
  },
  ucdpCandidate: {
    slug: "ucdp-candidate",
    name: "UCDP Candidate Events Dataset",
    publisher: "Uppsala Conflict Data Program (UCDP), Uppsala University",
    homepageUrl: "https://ucdp.uu.se/downloads/",
  },
  owidConflictDeaths: {
    slug: "owid-ucdp-conflict-deaths",
    name: "Our World in Data — deaths in armed conflicts (based on UCDP)",
    publisher: "Our World in Data",
    homepageUrl: "https://ourworldindata.org/war-and-peace",
  },
  idmcGidd: {
    slug: "idmc-gidd",
    name: "IDMC Global Internal Displacement Database",
    publisher: "Internal Displacement Monitoring Centre (IDMC)",
    homepageUrl: "https://www.internal-displacement.org/database/",
  },
  unhcrPopulation: {
    slug: "unhcr-population-statistics",
    name: "UNHCR Refugee Population Statistics Database",
    publisher: "UNHCR, the UN Refugee Agency",
    homepageUrl: "https://www.unhcr.org/refugee-statistics/",
  },
} as const satisfies Record<string, DatasetSource>;

/** The id of the dataset's Source, creating it unless this is a dry run (then a stand-in id). */
export async function ensureDatasetSource(
  session: ImportSession,
  source: DatasetSource,
): Promise<string> {
  const existing = await session.db.source.findUnique({
    where: { slug: source.slug },
    select: { id: true },
  });
  if (existing) return existing.id;
  session.report.tally("sources created");
  const id = stableUuid(`source:${source.slug}`);
  if (session.dryRun) return id;
  const created = await session.db.source.create({
    data: {
      id,
      ...source,
      kind: "DATASET",
      language: "en",
      status: "APPROVED",
      createdById: session.importedById,
    },
    select: { id: true },
  });
  return created.id;
}
