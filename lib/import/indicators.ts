/**
 * Indicators the observation importers feed, upserted by slug: created PUBLISHED on first import;
 * later imports update the descriptive fields only when the definition changed (so a re-import
 * leaves updatedAt and version alone). Publication status stays as curators set it.
 */
import { stableUuid } from "@/lib/db/stable-id";
import type { IndicatorKind, SeriesStatus, UpdateFrequency } from "@/lib/generated/prisma/enums";
import type { ImportSession } from "./importer";

export interface IndicatorDefinition {
  slug: string;
  nameEn: string;
  nameFr: string;
  kind: IndicatorKind;
  unit: string;
  descriptionEn: string;
  descriptionFr: string;
  methodologyEn: string;
  methodologyFr: string;
  producer: string;
  licence: string;
  citationText: string;
  updateFrequency: UpdateFrequency;
  seriesStatus: SeriesStatus;
  seriesStatusNote: string | null;
}

type Stored = { [K in keyof IndicatorDefinition]: unknown } & { sourceId: string | null };

function changedFields(stored: Stored, wanted: IndicatorDefinition, sourceId: string): boolean {
  if (stored.sourceId !== sourceId) return true;
  return (Object.keys(wanted) as (keyof IndicatorDefinition)[]).some(
    (key) => stored[key] !== wanted[key],
  );
}

/** slug → indicator id, for every definition (stand-in ids for indicators a dry run would create). */
export async function ensureIndicators(
  session: ImportSession,
  definitions: readonly IndicatorDefinition[],
  sourceId: string,
): Promise<Map<string, string>> {
  const { db, report } = session;
  const stored = new Map(
    (
      await db.indicator.findMany({
        where: { slug: { in: definitions.map((definition) => definition.slug) } },
      })
    ).map((indicator) => [indicator.slug, indicator]),
  );
  const ids = new Map<string, string>();
  const by = session.importedById;
  for (const definition of definitions) {
    const existing = stored.get(definition.slug);
    if (!existing) {
      const id = stableUuid(`indicator:${definition.slug}`);
      ids.set(definition.slug, id);
      report.tally("indicators created");
      if (!session.dryRun) {
        await db.indicator.create({
          data: {
            id,
            ...definition,
            sourceId,
            status: "PUBLISHED",
            createdById: by,
            updatedById: by,
          },
        });
      }
      continue;
    }
    ids.set(definition.slug, existing.id);
    if (!changedFields(existing, definition, sourceId)) continue;
    report.tally("indicators updated");
    if (!session.dryRun) {
      await db.indicator.update({
        where: { id: existing.id },
        data: { ...definition, sourceId, version: { increment: 1 }, updatedById: by },
      });
    }
  }
  return ids;
}
