/**
 * The places as stored (seeded, plus any alias staff added), loaded once per import run so that
 * thousands of rows resolve in memory instead of one query each.
 */
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlaceKind } from "@/lib/generated/prisma/enums";
import { COUNTRY_OUTLINES_FILE, PLACES_DATA_DIR, readFeatureCollection } from "./geojson";
import { normalizePlaceName } from "./normalize";
import {
  indexGeometry,
  indexedGeometryContains,
  type IndexedGeometry,
  type LonLat,
} from "./point-in-polygon";
import { createAreaResolver, type AreaResolver } from "./resolve";

export type PlaceReader = Pick<Prisma.TransactionClient, "place" | "placeAlias">;

export interface KnownPlace {
  id: string;
  kind: PlaceKind;
  nameEn: string;
  nameFr: string;
  parentId: string | null;
  iso3: string | null;
  isoNumeric: number | null;
}

export interface PlaceDirectory extends AreaResolver {
  find(placeId: string): KnownPlace | undefined;
  /** A country by any of its names ("Burkina", "République du Mali"); null when unknown. */
  countryIdByName(name: string): string | null;
  countryIdByIso3(iso3: string): string | null;
  countries(): KnownPlace[];
}

export async function loadPlaceDirectory(db: PlaceReader): Promise<PlaceDirectory> {
  // Sequential on purpose: `db` may be a transaction, i.e. one connection.
  const places = await db.place.findMany({
    select: {
      id: true,
      kind: true,
      nameEn: true,
      nameFr: true,
      parentId: true,
      iso3: true,
      isoNumeric: true,
    },
  });
  const aliases = await db.placeAlias.findMany({ select: { placeId: true, normalized: true } });
  const byId = new Map(places.map((place) => [place.id, place]));
  const countries = places.filter((place) => place.kind === "COUNTRY");

  const countryByName = new Map<string, string>();
  for (const country of countries) {
    countryByName.set(normalizePlaceName(country.nameEn), country.id);
    countryByName.set(normalizePlaceName(country.nameFr), country.id);
  }
  for (const alias of aliases) {
    if (byId.get(alias.placeId)?.kind === "COUNTRY")
      countryByName.set(alias.normalized, alias.placeId);
  }

  const areaEntries = aliases.flatMap((alias) => {
    const place = byId.get(alias.placeId);
    if (place?.kind !== "ADMIN1" || place.parentId === null) return [];
    return [{ placeId: place.id, countryId: place.parentId, normalized: alias.normalized }];
  });
  const resolver = createAreaResolver(areaEntries);

  return {
    resolveArea: resolver.resolveArea,
    find: (placeId) => byId.get(placeId),
    countryIdByName: (name) => countryByName.get(normalizePlaceName(name)) ?? null,
    countryIdByIso3: (iso3) =>
      countries.find((country) => country.iso3 === iso3.trim().toUpperCase())?.id ?? null,
    countries: () => countries,
  };
}

export interface CountryOutlines {
  /** null when we hold no outline for the country (then nothing can be said). */
  contains(countryId: string, point: LonLat): boolean | null;
}

/** Country polygons from the in-repo Natural Earth copy, keyed by the places' ISO numeric codes. */
export async function loadCountryOutlines(
  countries: readonly Pick<KnownPlace, "id" | "isoNumeric">[],
  dataDir: string = PLACES_DATA_DIR,
): Promise<CountryOutlines> {
  const features = await readFeatureCollection(path.join(dataDir, COUNTRY_OUTLINES_FILE));
  const outlines = new Map<string, IndexedGeometry>();
  for (const country of countries) {
    const feature = features.find(
      (candidate) => candidate.id !== null && Number(candidate.id) === country.isoNumeric,
    );
    if (feature?.geometry) outlines.set(country.id, indexGeometry(feature.geometry));
  }
  return {
    contains(countryId, point) {
      const outline = outlines.get(countryId);
      return outline ? indexedGeometryContains(outline, point) : null;
    },
  };
}
