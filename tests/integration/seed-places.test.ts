/**
 * The places seed: the confederation, three countries, their admin-1 areas and aliases; a second run
 * changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitMapCodes } from "@/lib/places/map-codes";
import { loadPlaceDirectory } from "@/lib/places/directory";
import { seedPlaces } from "@/prisma/seed/places";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase("seed_places");
});
afterAll(async () => {
  await test?.drop();
});

describe("seedPlaces", () => {
  it("creates the places and their aliases", async () => {
    const result = await seedPlaces(test.db);
    expect(result.placesInserted).toBe(1 + 3 + 32);
    expect(result.placesUpdated).toBe(0);
    expect(result.aliasesInserted).toBeGreaterThan(100);

    const countries = await test.db.place.findMany({
      where: { kind: "COUNTRY" },
      orderBy: { id: "asc" },
    });
    expect(
      countries.map((country) => [country.id, country.iso3, country.isoNumeric, country.parentId]),
    ).toEqual([
      ["BF", "BFA", 854, "AES"],
      ["ML", "MLI", 466, "AES"],
      ["NE", "NER", 562, "AES"],
    ]);
    const areas = await test.db.place.groupBy({
      by: ["parentId"],
      where: { kind: "ADMIN1" },
      _count: true,
    });
    expect(Object.fromEntries(areas.map((area) => [area.parentId, area._count]))).toEqual({
      ML: 11,
      BF: 13,
      NE: 8,
    });
    const menaka = await test.db.place.findUniqueOrThrow({ where: { id: "ML-MENAKA" } });
    expect(menaka).toMatchObject({ nameFr: "Ménaka", mapCode: null });
    const sahel = await test.db.place.findUniqueOrThrow({ where: { id: "BF-SAHEL" } });
    expect(splitMapCodes(sahel.mapCode)).toHaveLength(4);
  });

  it("resolves the names the datasets use from the stored aliases", async () => {
    const directory = await loadPlaceDirectory(test.db);
    expect(directory.resolveArea("ML", "Tombouctou region")).toEqual({
      kind: "resolved",
      areaId: "ML-TOMBOUCTOU",
    });
    expect(directory.resolveArea("NE", "Tillaberi")).toEqual({
      kind: "resolved",
      areaId: "NE-TILLABERI",
    });
    expect(directory.resolveArea("BF", "Yagha province")).toEqual({
      kind: "resolved",
      areaId: "BF-SAHEL",
    });
    expect(directory.countryIdByName("République du Mali")).toBe("ML");
    expect(directory.countryIdByIso3("bfa")).toBe("BF");
  });

  it("changes nothing when run again", async () => {
    const before = await test.db.$queryRaw`SELECT id, updated_at FROM places ORDER BY id`;
    const aliasCount = await test.db.placeAlias.count();
    expect(await seedPlaces(test.db)).toEqual({
      placesInserted: 0,
      placesUpdated: 0,
      aliasesInserted: 0,
    });
    expect(await test.db.$queryRaw`SELECT id, updated_at FROM places ORDER BY id`).toEqual(before);
    expect(await test.db.placeAlias.count()).toBe(aliasCount);
  });
});
