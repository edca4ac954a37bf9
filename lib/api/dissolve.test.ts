import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ADMIN1_MAP_FILE,
  PLACES_DATA_DIR,
  readFeatureCollection,
  stringProperty,
} from "@/lib/places/geojson";
import type { AreaGeometry } from "@/lib/places/point-in-polygon";
import { dissolve, signedArea, type Ring } from "./dissolve";

const square = (x: number, y: number, size = 1): AreaGeometry => ({
  type: "Polygon",
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

const areaOf = (rings: Ring[]) => rings.reduce((total, ring) => total + signedArea(ring), 0);

describe("dissolve", () => {
  it("merges two squares sharing an edge into one polygon without the inner border", () => {
    const result = dissolve([square(0, 0), square(1, 0)]);
    expect(result?.type).toBe("Polygon");
    if (result?.type !== "Polygon") return;
    expect(result.coordinates).toHaveLength(1);
    expect(areaOf(result.coordinates)).toBeCloseTo(2);
    // The shared edge x = 1 is gone: no segment runs along it.
    const ring = result.coordinates[0] ?? [];
    const insideEdge = ring.some((point, index) => point[0] === 1 && ring[index + 1]?.[0] === 1);
    expect(insideEdge).toBe(false);
  });

  it("keeps separate pieces as a MultiPolygon, outer rings counter-clockwise", () => {
    const result = dissolve([square(0, 0), square(5, 5)]);
    expect(result?.type).toBe("MultiPolygon");
    if (result?.type !== "MultiPolygon") return;
    expect(result.coordinates).toHaveLength(2);
    for (const [outer] of result.coordinates) expect(signedArea(outer ?? [])).toBeGreaterThan(0);
  });

  it("leaves a hole where eight squares surround a missing ninth", () => {
    const ring = [0, 1, 2].flatMap((x) => [0, 1, 2].map((y) => [x, y] as const));
    const result = dissolve(
      ring.filter(([x, y]) => x !== 1 || y !== 1).map(([x, y]) => square(x, y)),
    );
    expect(result?.type).toBe("Polygon");
    if (result?.type !== "Polygon") return;
    expect(result.coordinates).toHaveLength(2);
    expect(signedArea(result.coordinates[1] ?? [])).toBeCloseTo(-1);
    expect(areaOf(result.coordinates)).toBeCloseTo(8);
  });

  it("orients clockwise input and rounds coordinates to five decimals", () => {
    const clockwise: AreaGeometry = {
      type: "Polygon",
      coordinates: [
        [
          [0.123456789, 0],
          [0, 1],
          [1, 1],
          [0.123456789, 0],
        ],
      ],
    };
    const result = dissolve([clockwise]);
    if (result?.type !== "Polygon") throw new Error("expected a polygon");
    const [outer = []] = result.coordinates;
    expect(signedArea(outer)).toBeGreaterThan(0);
    expect(outer.flat()).toContain(0.12346);
  });

  it("dissolves every Burkina Faso region of the shipped map into one polygon of the same area", async () => {
    const features = await readFeatureCollection(path.join(PLACES_DATA_DIR, ADMIN1_MAP_FILE));
    const provinces = features.filter((feature) => stringProperty(feature, "adm0_a3") === "BFA");
    const byRegion = new Map<string, AreaGeometry[]>();
    for (const feature of provinces) {
      const region = stringProperty(feature, "region") ?? "";
      if (feature.geometry)
        byRegion.set(region, [...(byRegion.get(region) ?? []), feature.geometry]);
    }
    expect(byRegion.size).toBe(13);
    for (const [region, geometries] of byRegion) {
      const result = dissolve(geometries);
      expect(result?.type, region).toBe("Polygon");
      if (result?.type !== "Polygon") continue;
      const parts = geometries
        .map((geometry) => dissolve([geometry]))
        .reduce(
          (total, part) => total + (part?.type === "Polygon" ? areaOf(part.coordinates) : 0),
          0,
        );
      expect(areaOf(result.coordinates) / parts, region).toBeCloseTo(1, 4);
    }
  });
});
