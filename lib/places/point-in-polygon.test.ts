import { describe, expect, it } from "vitest";
import {
  geometryContains,
  indexGeometry,
  indexedGeometryContains,
  parseAreaGeometry,
  type AreaGeometry,
} from "./point-in-polygon";

const squareWithHole: AreaGeometry = {
  type: "Polygon",
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
    [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ],
  ],
};

const twoIslands: AreaGeometry = {
  type: "MultiPolygon",
  coordinates: [
    [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
    [
      [
        [5, 5],
        [6, 5],
        [6, 6],
        [5, 6],
        [5, 5],
      ],
    ],
  ],
};

describe("geometryContains", () => {
  it("finds points inside a polygon and outside its holes", () => {
    expect(geometryContains(squareWithHole, { longitude: 2, latitude: 2 })).toBe(true);
    expect(geometryContains(squareWithHole, { longitude: 5, latitude: 5 })).toBe(false);
    expect(geometryContains(squareWithHole, { longitude: 11, latitude: 5 })).toBe(false);
    expect(geometryContains(squareWithHole, { longitude: -0.5, latitude: 5 })).toBe(false);
  });

  it("handles multipolygons", () => {
    expect(geometryContains(twoIslands, { longitude: 0.5, latitude: 0.5 })).toBe(true);
    expect(geometryContains(twoIslands, { longitude: 5.5, latitude: 5.5 })).toBe(true);
    expect(geometryContains(twoIslands, { longitude: 3, latitude: 3 })).toBe(false);
  });

  it("handles concave outlines", () => {
    const letterU: AreaGeometry = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    expect(geometryContains(letterU, { longitude: 1.5, latitude: 2 })).toBe(false);
    expect(geometryContains(letterU, { longitude: 0.5, latitude: 2 })).toBe(true);
  });
});

describe("indexedGeometryContains", () => {
  it("agrees with the plain test and rejects far points by bounding box", () => {
    const indexed = indexGeometry(twoIslands);
    expect(indexed.box).toEqual({
      minLongitude: 0,
      minLatitude: 0,
      maxLongitude: 6,
      maxLatitude: 6,
    });
    expect(indexedGeometryContains(indexed, { longitude: 5.5, latitude: 5.5 })).toBe(true);
    expect(indexedGeometryContains(indexed, { longitude: 50, latitude: 5.5 })).toBe(false);
  });
});

describe("parseAreaGeometry", () => {
  it("accepts polygons and multipolygons only", () => {
    expect(parseAreaGeometry({ type: "Polygon", coordinates: [] })?.type).toBe("Polygon");
    expect(parseAreaGeometry({ type: "MultiPolygon", coordinates: [] })?.type).toBe("MultiPolygon");
    expect(parseAreaGeometry({ type: "Point", coordinates: [1, 2] })).toBeNull();
    expect(parseAreaGeometry(null)).toBeNull();
  });
});
