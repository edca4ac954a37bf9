import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { PlaceKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";

export interface PlaceName {
  id: string;
  kind: PlaceKind;
  name: string;
  parentId: string | null;
  mapCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

const KIND_ORDER: Readonly<Record<PlaceKind, number>> = { REGION: 0, COUNTRY: 1, ADMIN1: 2 };
// The countries in the order the product always lists them (the AES's own order).
const COUNTRY_ORDER = ["ML", "BF", "NE"];

/** Every place with its name in the reader's language: the AES, then countries, then areas. */
export const listPlaces = cache(async (locale: Locale): Promise<PlaceName[]> => {
  const rows = await db.place.findMany({
    select: {
      id: true,
      kind: true,
      nameEn: true,
      nameFr: true,
      parentId: true,
      mapCode: true,
      latitude: true,
      longitude: true,
    },
  });
  const places = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: locale === "fr" ? row.nameFr : row.nameEn,
    parentId: row.parentId,
    mapCode: row.mapCode,
    latitude: row.latitude,
    longitude: row.longitude,
  }));
  return places.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      COUNTRY_ORDER.indexOf(a.kind === "ADMIN1" ? (a.parentId ?? "") : a.id) -
        COUNTRY_ORDER.indexOf(b.kind === "ADMIN1" ? (b.parentId ?? "") : b.id) ||
      a.name.localeCompare(b.name, locale),
  );
});

export async function placeNameMap(locale: Locale): Promise<Map<string, PlaceName>> {
  return new Map((await listPlaces(locale)).map((place) => [place.id, place]));
}
