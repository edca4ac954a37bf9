import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { dissolve, type GeoJsonGeometry } from "@/lib/api/dissolve";
import { wireValue } from "@/lib/api/schemas/common";
import type { PlaceDto, placeListQuery } from "@/lib/api/schemas/places";
import {
  ADMIN1_MAP_FILE,
  COUNTRY_OUTLINES_FILE,
  PLACES_DATA_DIR,
  readFeatureCollection,
  stringProperty,
  type GeoFeature,
} from "@/lib/places/geojson";
import { splitMapCodes } from "@/lib/places/map-codes";
import type { AreaGeometry } from "@/lib/places/point-in-polygon";
import { localized } from "./dto";
import {
  ascendingBy,
  enumCondition,
  listCollection,
  loadInOrder,
  loadOne,
  tableCollection,
  type KeyRow,
} from "./keyset";

/**
 * Places for the API, with GeoJSON outlines from the Natural Earth files shipped in
 * prisma/seed/data: a country by its feature id (Place.mapCode), an admin-1 area by the admin-1
 * features its mapCode lists (Burkina Faso's regions dissolve their provinces), the AES as the
 * union of its countries.
 */

const PLACE_SELECT = {
  id: true,
  kind: true,
  iso2: true,
  iso3: true,
  isoNumeric: true,
  mapCode: true,
  nameEn: true,
  nameFr: true,
  parentId: true,
  latitude: true,
  longitude: true,
  updatedAt: true,
  version: true,
  aliases: { select: { alias: true }, orderBy: [{ alias: "asc" }, { id: "asc" }] },
} satisfies Prisma.PlaceSelect;

type PlaceRow = Prisma.PlaceGetPayload<{ select: typeof PLACE_SELECT }>;

interface Outlines {
  byPlace: Map<string, GeoJsonGeometry>;
  /** Changes when the files or the places' map codes do: part of the places' ETag. */
  fingerprint: string;
}

let memo: { signature: string; outlines: Promise<Outlines> } | null = null;

function geometriesOf(
  features: readonly GeoFeature[],
  codes: readonly string[],
  key: (f: GeoFeature) => string | null,
) {
  return features
    .filter((feature) => codes.includes(key(feature) ?? ""))
    .flatMap((feature): AreaGeometry[] => (feature.geometry ? [feature.geometry] : []));
}

async function buildOutlines(places: readonly Pick<PlaceRow, "id" | "kind" | "mapCode">[]) {
  const [countries, admin1] = await Promise.all([
    readFeatureCollection(path.join(PLACES_DATA_DIR, COUNTRY_OUTLINES_FILE)),
    readFeatureCollection(path.join(PLACES_DATA_DIR, ADMIN1_MAP_FILE)),
  ]);
  const byPlace = new Map<string, GeoJsonGeometry>();
  const countryCodes = places
    .filter((place) => place.kind === "COUNTRY")
    .flatMap((place) => splitMapCodes(place.mapCode));
  for (const place of places) {
    const codes = splitMapCodes(place.mapCode);
    const geometries =
      place.kind === "REGION"
        ? geometriesOf(countries, countryCodes, (feature) => feature.id)
        : place.kind === "COUNTRY"
          ? geometriesOf(countries, codes, (feature) => feature.id)
          : geometriesOf(admin1, codes, (feature) => stringProperty(feature, "adm1_code"));
    const outline = dissolve(geometries);
    if (outline) byPlace.set(place.id, outline);
  }
  const fingerprint = createHash("sha256")
    .update(JSON.stringify([...byPlace]))
    .digest("hex")
    .slice(0, 12);
  return { byPlace, fingerprint };
}

/** The outlines, built once per process and again when a place's map code changes. */
export async function loadOutlines(): Promise<Outlines> {
  const places = await db.place.findMany({
    select: { id: true, kind: true, mapCode: true },
    orderBy: { id: "asc" },
  });
  const signature = places.map((place) => `${place.id}:${place.kind}:${place.mapCode}`).join("|");
  if (memo?.signature !== signature) {
    const outlines = buildOutlines(places);
    memo = { signature, outlines };
    outlines.catch(() => {
      memo = null;
    });
  }
  return memo.outlines;
}

function placeDto(row: PlaceRow, updatedAt: string, outlines: Outlines | null): PlaceDto {
  const dto: PlaceDto = {
    id: row.id,
    kind: wireValue(row.kind),
    iso2: row.iso2,
    iso3: row.iso3,
    iso_numeric: row.isoNumeric,
    name: localized(row.nameEn, row.nameFr),
    parent_id: row.parentId,
    centroid:
      row.latitude !== null && row.longitude !== null
        ? { latitude: row.latitude, longitude: row.longitude }
        : null,
    aliases: row.aliases.map((alias) => alias.alias),
    updated_at: updatedAt,
    version: row.version,
  };
  return outlines ? { ...dto, geometry: outlines.byPlace.get(row.id) ?? null } : dto;
}

function loaderFor(outlines: Outlines | null) {
  return (keys: readonly KeyRow[]) =>
    loadInOrder(
      keys,
      (ids) => db.place.findMany({ where: { id: { in: ids } }, select: PLACE_SELECT }),
      (row, updatedAt) => placeDto(row, updatedAt, outlines),
    );
}

export async function listApiPlaces(query: z.output<typeof placeListQuery>) {
  const where = enumCondition(Prisma.sql`p.kind`, query.kind);
  if (query.parent) {
    const parents = query.parent.map((parent) => parent.toUpperCase());
    where.push(Prisma.sql`p.parent_id IN (${Prisma.join(parents)})`);
  }
  const withGeometry = query.geometry === "1" || query.geometry === "true";
  return listCollection(
    tableCollection("places", "p", "PLACE", where, "text"),
    ascendingBy("id", Prisma.sql`p.id`),
    query,
    loaderFor(withGeometry ? await loadOutlines() : null),
  );
}

export async function getApiPlace(id: string): Promise<PlaceDto | null> {
  const found = await db.place.findUnique({
    where: { id: id.toUpperCase() },
    select: { id: true, updatedAt: true },
  });
  if (!found) return null;
  return loadOne("PLACE", found, loaderFor(await loadOutlines()));
}

/** For the ETag of responses carrying outlines. */
export async function outlinesFingerprint(): Promise<string> {
  return (await loadOutlines()).fingerprint;
}
