import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlaceRecords, type PlaceRecords } from "./build";
import { AREAS } from "./catalog";
import {
  ADMIN1_MAP_FILE,
  COUNTRY_OUTLINES_FILE,
  PLACES_DATA_DIR,
  readFeatureCollection,
} from "./geojson";
import { splitMapCodes } from "./map-codes";
import { normalizePlaceName } from "./normalize";
import { indexGeometry, indexedGeometryContains } from "./point-in-polygon";
import { createAreaResolver } from "./resolve";

let records: PlaceRecords;

beforeAll(async () => {
  records = buildPlaceRecords(
    await readFeatureCollection(path.join(PLACES_DATA_DIR, ADMIN1_MAP_FILE)),
  );
});

function resolverOf({ places, aliases }: PlaceRecords) {
  const parents = new Map(places.map((place) => [place.id, place.parentId]));
  return createAreaResolver(
    aliases
      .filter((alias) => alias.placeId.includes("-"))
      .map((alias) => ({ ...alias, countryId: parents.get(alias.placeId) ?? "" })),
  );
}

describe("buildPlaceRecords", () => {
  it("produces the confederation, three countries and every catalog area", () => {
    const ids = records.places.map((place) => place.id);
    expect(ids[0]).toBe("AES");
    expect(
      records.places.filter((place) => place.kind === "COUNTRY").map((place) => place.id),
    ).toEqual(["ML", "BF", "NE"]);
    expect(ids).toHaveLength(4 + AREAS.length);
    expect(records.places.filter((place) => place.kind === "ADMIN1")).toHaveLength(11 + 13 + 8);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("keeps countries' ISO codes", () => {
    const byId = new Map(records.places.map((place) => [place.id, place]));
    expect(byId.get("ML")).toMatchObject({
      iso2: "ML",
      iso3: "MLI",
      isoNumeric: 466,
      parentId: "AES",
    });
    expect(byId.get("BF")).toMatchObject({ iso2: "BF", iso3: "BFA", isoNumeric: 854 });
    expect(byId.get("NE")).toMatchObject({ iso2: "NE", iso3: "NER", isoNumeric: 562 });
  });

  it("links every map feature to exactly one area, and Ménaka / Taoudénit to none", () => {
    const codes = records.places.flatMap((place) =>
      place.kind === "ADMIN1" ? splitMapCodes(place.mapCode) : [],
    );
    expect(codes).toHaveLength(62);
    expect(new Set(codes).size).toBe(62);
    const unmapped = records.places.filter(
      (place) => place.kind === "ADMIN1" && place.mapCode === null,
    );
    expect(unmapped.map((place) => place.id)).toEqual(["ML-MENAKA", "ML-TAOUDENIT"]);
  });

  it("dissolves Burkina Faso's provinces into its 13 regions", () => {
    const sahel = records.places.find((place) => place.id === "BF-SAHEL");
    expect(splitMapCodes(sahel?.mapCode)).toEqual(["BFA-2805", "BFA-2806", "BFA-2876", "BFA-2877"]);
    const resolver = resolverOf(records);
    expect(resolver.resolveArea("BF", "Soum province")).toEqual({
      kind: "resolved",
      areaId: "BF-SAHEL",
    });
    expect(resolver.resolveArea("BF", "Province du Kénédougou")).toEqual({
      kind: "resolved",
      areaId: "BF-HAUTS-BASSINS",
    });
  });

  it("resolves the spellings the datasets use", () => {
    const resolver = resolverOf(records);
    const expectations: [string, string, string][] = [
      ["ML", "Tombouctou region", "ML-TOMBOUCTOU"],
      ["ML", "Timbuktu", "ML-TOMBOUCTOU"],
      ["ML", "Segou region", "ML-SEGOU"],
      ["ML", "Ségou", "ML-SEGOU"],
      ["ML", "Ménaka region", "ML-MENAKA"],
      ["ML", "Taoudeni", "ML-TAOUDENIT"],
      ["ML", "Kidal region", "ML-KIDAL"],
      ["ML", "Bamako District", "ML-BAMAKO"],
      ["NE", "Tillabéri region", "NE-TILLABERI"],
      ["NE", "Tillaberi", "NE-TILLABERI"],
      ["NE", "Agadès", "NE-AGADEZ"],
      ["BF", "Centre Nord region", "BF-CENTRE-NORD"],
      ["BF", "Plateau Central region", "BF-PLATEAU-CENTRAL"],
      ["BF", "Boucle du Mouhoun region", "BF-BOUCLE-DU-MOUHOUN"],
      ["BF", "Sud-Ouest region", "BF-SUD-OUEST"],
    ];
    for (const [countryId, name, areaId] of expectations) {
      expect(resolver.resolveArea(countryId, name), name).toEqual({ kind: "resolved", areaId });
    }
  });

  it("stores one alias per spelling that normalises differently", () => {
    const keys = records.aliases.map((alias) => `${alias.placeId}|${alias.normalized}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const alias of records.aliases)
      expect(alias.normalized).toBe(normalizePlaceName(alias.alias));
  });

  it("puts each area's label point inside its country outline", async () => {
    const outlines = await readFeatureCollection(path.join(PLACES_DATA_DIR, COUNTRY_OUTLINES_FILE));
    const byId = new Map(records.places.map((place) => [place.id, place]));
    for (const place of records.places) {
      if (place.latitude === null || place.longitude === null || place.parentId === null) continue;
      const country = byId.get(place.parentId);
      const feature = outlines.find((candidate) => Number(candidate.id) === country?.isoNumeric);
      if (!feature?.geometry) throw new Error(`no outline for ${place.parentId}`);
      const inside = indexedGeometryContains(indexGeometry(feature.geometry), {
        longitude: place.longitude,
        latitude: place.latitude,
      });
      expect(inside, place.id).toBe(true);
    }
  });
});

describe("UCDP adm_1 names in the in-repo files", () => {
  it("all resolve, except the names no admin-1 area carries", async () => {
    const resolver = resolverOf(records);
    const countryIds: Record<string, string> = { Mali: "ML", "Burkina Faso": "BF", Niger: "NE" };
    const unresolved = new Set<string>();
    for (const file of [
      "ucdp_ged_events_mali_burkina_faso.csv",
      "ucdp_candidate_events_sahel_2021_2022.csv",
    ]) {
      const rows = parse(await readFile(path.join(PLACES_DATA_DIR, file)), {
        columns: true,
      }) as Record<string, string>[];
      for (const row of rows) {
        const resolution = resolver.resolveArea(countryIds[row.country ?? ""] ?? "", row.adm_1);
        if (resolution.kind === "unresolved") unresolved.add(resolution.name);
      }
    }
    expect([...unresolved]).toEqual(["Timetrine region"]);
  });
});
