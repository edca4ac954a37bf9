/**
 * Seeds the places: the AES confederation, Mali / Burkina Faso / Niger and their admin-1 areas with
 * aliases, from lib/places/catalog.ts and the in-repo Natural Earth copy (prisma/seed/data/).
 *
 * Idempotent: a place is written only when it differs from the stored row (so `updatedAt` does not
 * move on a re-run), and aliases are only added — aliases staff added later are never removed.
 */
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildPlaceRecords, type PlaceRecord } from "@/lib/places/build";
import { ADMIN1_MAP_FILE, PLACES_DATA_DIR, readFeatureCollection } from "@/lib/places/geojson";

export interface SeedPlacesResult {
  placesInserted: number;
  placesUpdated: number;
  aliasesInserted: number;
}

const COMPARED_FIELDS = [
  "kind",
  "iso2",
  "iso3",
  "isoNumeric",
  "mapCode",
  "nameEn",
  "nameFr",
  "parentId",
  "latitude",
  "longitude",
] as const satisfies readonly (keyof PlaceRecord)[];

function differs(
  stored: Record<(typeof COMPARED_FIELDS)[number], unknown>,
  wanted: PlaceRecord,
): boolean {
  return COMPARED_FIELDS.some((field) => stored[field] !== wanted[field]);
}

export async function seedPlaces(
  db: PrismaClient,
  dataDir: string = PLACES_DATA_DIR,
): Promise<SeedPlacesResult> {
  const { places, aliases } = buildPlaceRecords(
    await readFeatureCollection(path.join(dataDir, ADMIN1_MAP_FILE)),
  );

  return db.$transaction(async (tx) => {
    const stored = new Map(
      (await tx.place.findMany({ where: { id: { in: places.map((place) => place.id) } } })).map(
        (place) => [place.id, place],
      ),
    );
    let placesInserted = 0;
    let placesUpdated = 0;
    // Records come parents first (AES, countries, areas), so parent ids always exist.
    for (const place of places) {
      const existing = stored.get(place.id);
      if (!existing) {
        await tx.place.create({ data: place });
        placesInserted += 1;
      } else if (differs(existing, place)) {
        const { id, ...changes } = place;
        await tx.place.update({ where: { id }, data: changes });
        placesUpdated += 1;
      }
    }
    // Filtered here rather than with skipDuplicates: ON CONFLICT would still draw sequence values.
    const storedAliases = new Set(
      (await tx.placeAlias.findMany({ select: { placeId: true, normalized: true } })).map(
        (alias) => `${alias.placeId}\u0000${alias.normalized}`,
      ),
    );
    const missingAliases = aliases.filter(
      (alias) => !storedAliases.has(`${alias.placeId}\u0000${alias.normalized}`),
    );
    const { count: aliasesInserted } = await tx.placeAlias.createMany({ data: missingAliases });
    return { placesInserted, placesUpdated, aliasesInserted };
    // Hundreds of rows on a fresh database: Prisma's 5 s default is too tight on a busy machine.
  }, PLACES_TRANSACTION);
}

const PLACES_TRANSACTION = { timeout: 120_000, maxWait: 30_000 } as const;
