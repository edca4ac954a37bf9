import { describe, expect, it } from "vitest";
import type { GeoFeature } from "@/lib/places/geojson";
import { buildMapGeometry, chainSegments } from "./geometry";

function square(code: string, west: number, south: number, size = 1): GeoFeature {
  const ring = [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ];
  return {
    id: code,
    properties: { adm1_code: code },
    geometry: { type: "Polygon", coordinates: [ring] },
  };
}

const place = (id: string, parentId: string, mapCode: string) => ({
  id,
  parentId,
  mapCode,
  latitude: null,
  longitude: null,
});

describe("buildMapGeometry", () => {
  // are two areas of country A; B-1 (country B) touches A-2; A-2 is drawn by two
  // features (like a Burkina Faso region made of provinces).
  const features = [
    square("a1", 0, 0),
    square("a2w", 1, 0),
    square("a2e", 2, 0),
    square("b1", 3, 0),
  ];
  const places = [place("A-1", "A", "a1"), place("A-2", "A", "a2e,a2w"), place("B-1", "B", "b1")];
  const geometry = buildMapGeometry(features, places);

  it("draws one shape per place, dissolving the features of a place", () => {
    expect(geometry.areas.map((area) => area.placeId)).toEqual(["A-1", "A-2", "B-1"]);
    expect(geometry.areas.find((area) => area.placeId === "A-2")?.path.match(/M/g)).toHaveLength(2);
  });

  it("strokes area borders inside a country and country borders apart, never a dissolved edge", () => {
    const x = (longitude: number) => Math.round(8 + (longitude * (1000 - 16)) / 4);
    // The A-1 | A-2 edge is an area border; the A-2 | B-1 edge a country border.
    expect(geometry.areaBorders).toContain(`M${x(1)} `);
    expect(geometry.countryBorders).toContain(`${x(3)}`);
    // The edge between A-2's two features (longitude 2) is stroked nowhere.
    expect(geometry.areaBorders).not.toContain(`M${x(2)} `);
    expect(geometry.countryBorders.split("M").some((line) => line.startsWith(`${x(2)} `))).toBe(
      false,
    );
  });

  it("keeps the map's proportions", () => {
    expect(geometry.width).toBe(1000);
    expect(geometry.height).toBeGreaterThan(240);
    expect(geometry.height).toBeLessThan(270);
  });

  it("places labels inside their area", () => {
    const label = geometry.areas.find((area) => area.placeId === "B-1")?.label;
    expect(label?.x).toBeGreaterThan(750);
  });
});

describe("chainSegments", () => {
  it("joins connected segments into one line and closes loops", () => {
    expect(
      chainSegments([
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
      ]),
    ).toEqual([["a", "b", "c", "d"]]);
    const loop = chainSegments([
      ["a", "b"],
      ["b", "c"],
      ["c", "a"],
    ]);
    expect(loop).toHaveLength(1);
    expect(loop[0]).toHaveLength(4);
  });
});
