/**
 * The small locator map of an event page: its country's outline, its admin-1 area filled, and its
 * point, projected into SVG path strings. Pure: the shapes come in as GeoJSON geometries (read by
 * lib/data/area-shapes.ts), so the projection is unit-tested without files.
 */
import type { AreaGeometry, LinearRing } from "@/lib/places/point-in-polygon";

export interface LocatorMap {
  width: number;
  height: number;
  countryPath: string | null;
  areaPath: string | null;
  point: { x: number; y: number } | null;
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function rings(geometry: AreaGeometry): readonly LinearRing[] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

function boxOf(geometries: readonly AreaGeometry[]): Box | null {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const geometry of geometries) {
    for (const ring of rings(geometry)) {
      for (const [x = NaN, y = NaN] of ring) {
        box.minX = Math.min(box.minX, x);
        box.maxX = Math.max(box.maxX, x);
        box.minY = Math.min(box.minY, y);
        box.maxY = Math.max(box.maxY, y);
      }
    }
  }
  return Number.isFinite(box.minX) ? box : null;
}

/**
 * Equirectangular projection scaled by the cosine of the middle latitude (right proportions at
 * these latitudes), fitted into `width` with a margin; north up.
 */
export function projectLocatorMap(
  shapes: { country: AreaGeometry | null; area: readonly AreaGeometry[] },
  point: { longitude: number; latitude: number } | null,
  width = 260,
  margin = 8,
): LocatorMap | null {
  const frame = boxOf(shapes.country ? [shapes.country] : shapes.area);
  if (!frame) return null;
  const xStretch = Math.cos((((frame.minY + frame.maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max((frame.maxX - frame.minX) * xStretch, 1e-6);
  const spanY = Math.max(frame.maxY - frame.minY, 1e-6);
  const scale = (width - 2 * margin) / spanX;
  const height = Math.round(spanY * scale + 2 * margin);
  const project = (longitude: number, latitude: number) => ({
    x: margin + (longitude - frame.minX) * xStretch * scale,
    y: margin + (frame.maxY - latitude) * scale,
  });
  const pathOf = (geometries: readonly AreaGeometry[]) => {
    const parts = geometries.flatMap((geometry) =>
      rings(geometry).map((ring) => {
        const points = ring.map(([longitude = 0, latitude = 0]) => {
          const { x, y } = project(longitude, latitude);
          return `${x.toFixed(1)},${y.toFixed(1)}`;
        });
        return `M${points.join("L")}Z`;
      }),
    );
    return parts.length > 0 ? parts.join("") : null;
  };
  const projected = point ? project(point.longitude, point.latitude) : null;
  const inside =
    projected &&
    projected.x >= 0 &&
    projected.x <= width &&
    projected.y >= 0 &&
    projected.y <= height;
  return {
    width,
    height,
    countryPath: shapes.country ? pathOf([shapes.country]) : null,
    areaPath: pathOf(shapes.area),
    point: inside ? projected : null,
  };
}
