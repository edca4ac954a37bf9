import { describe, expect, it } from "vitest";
import type { AreaGeometry } from "@/lib/places/point-in-polygon";
import { projectLocatorMap } from "./area-outline";

const square = (x0: number, y0: number, size: number): AreaGeometry => ({
  type: "Polygon",
  coordinates: [
    [
      [x0, y0],
      [x0 + size, y0],
      [x0 + size, y0 + size],
      [x0, y0 + size],
      [x0, y0],
    ],
  ],
});

describe("projectLocatorMap", () => {
  // Centred on the equator, where a degree of longitude is as long as one of latitude.
  const country = square(-5, -5, 10);
  const area = square(-5, 0, 5);

  it("fits the country into the width, north up", () => {
    const map = projectLocatorMap({ country, area: [area] }, null, 220, 10);
    expect(map?.width).toBe(220);
    // At the equator the country is square: as tall as wide.
    expect(map?.height).toBe(220);
    expect(map?.countryPath).toBe("M10.0,210.0L210.0,210.0L210.0,10.0L10.0,10.0L10.0,210.0Z");
    // The area is the country's north-west quarter: at the top left.
    expect(map?.areaPath).toBe("M10.0,110.0L110.0,110.0L110.0,10.0L10.0,10.0L10.0,110.0Z");
  });

  it("places the point, and leaves it out when it falls off the map", () => {
    const inside = projectLocatorMap(
      { country, area: [area] },
      { longitude: 0, latitude: 0 },
      220,
      10,
    );
    expect(inside?.point).toEqual({ x: 110, y: 110 });
    const outside = projectLocatorMap(
      { country, area: [] },
      { longitude: 50, latitude: 5 },
      220,
      10,
    );
    expect(outside?.point).toBeNull();
    expect(outside?.areaPath).toBeNull();
  });

  it("shrinks longitudes away from the equator", () => {
    const north = square(0, 60, 10);
    const map = projectLocatorMap({ country: north, area: [] }, null, 220, 10);
    expect(map && map.height).toBeGreaterThan(300);
  });

  it("gives nothing to draw without shapes", () => {
    expect(projectLocatorMap({ country: null, area: [] }, null)).toBeNull();
  });
});
