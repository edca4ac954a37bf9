/**
 * Point-in-polygon for GeoJSON Polygon / MultiPolygon geometries (planar ray casting on lon/lat).
 *
 * Used to flag UCDP events whose coordinates fall outside the country they are attributed to.
 * Planar is fine at this scale: country outlines at 1:50m are far coarser than the error of
 * treating lon/lat as a plane over a few hundred kilometres.
 */

export type Position = readonly [number, number] | readonly number[];
export type LinearRing = readonly Position[];

export interface PolygonGeometry {
  type: "Polygon";
  coordinates: readonly LinearRing[];
}

export interface MultiPolygonGeometry {
  type: "MultiPolygon";
  coordinates: readonly (readonly LinearRing[])[];
}

export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface LonLat {
  longitude: number;
  latitude: number;
}

/** Crossing-number test against one ring. Points exactly on an edge may fall either way. */
function ringContains(ring: LinearRing, point: LonLat): boolean {
  let inside = false;
  const { longitude: x, latitude: y } = point;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const current = ring[i];
    const previous = ring[j];
    if (current === undefined || previous === undefined) continue;
    const [xi = 0, yi = 0] = current;
    const [xj = 0, yj = 0] = previous;
    const straddles = yi > y !== yj > y;
    if (straddles && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** GeoJSON polygon: first ring is the outline, the following ones are holes. */
function polygonContains(rings: readonly LinearRing[], point: LonLat): boolean {
  const [outer, ...holes] = rings;
  if (outer === undefined || !ringContains(outer, point)) return false;
  return !holes.some((hole) => ringContains(hole, point));
}

export function geometryContains(geometry: AreaGeometry, point: LonLat): boolean {
  if (geometry.type === "Polygon") return polygonContains(geometry.coordinates, point);
  return geometry.coordinates.some((polygon) => polygonContains(polygon, point));
}

export interface BoundingBox {
  minLongitude: number;
  minLatitude: number;
  maxLongitude: number;
  maxLatitude: number;
}

export function boundingBoxOf(geometry: AreaGeometry): BoundingBox {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const box = {
    minLongitude: Infinity,
    minLatitude: Infinity,
    maxLongitude: -Infinity,
    maxLatitude: -Infinity,
  };
  for (const polygon of polygons) {
    for (const [longitude = NaN, latitude = NaN] of polygon[0] ?? []) {
      box.minLongitude = Math.min(box.minLongitude, longitude);
      box.maxLongitude = Math.max(box.maxLongitude, longitude);
      box.minLatitude = Math.min(box.minLatitude, latitude);
      box.maxLatitude = Math.max(box.maxLatitude, latitude);
    }
  }
  return box;
}

/** A geometry with its bounding box precomputed, for many containment tests in a row. */
export interface IndexedGeometry {
  geometry: AreaGeometry;
  box: BoundingBox;
}

export function indexGeometry(geometry: AreaGeometry): IndexedGeometry {
  return { geometry, box: boundingBoxOf(geometry) };
}

export function indexedGeometryContains(indexed: IndexedGeometry, point: LonLat): boolean {
  const { box } = indexed;
  if (
    point.longitude < box.minLongitude ||
    point.longitude > box.maxLongitude ||
    point.latitude < box.minLatitude ||
    point.latitude > box.maxLatitude
  ) {
    return false;
  }
  return geometryContains(indexed.geometry, point);
}

/** Narrow an unknown JSON value to a Polygon / MultiPolygon geometry, or null. */
export function parseAreaGeometry(value: unknown): AreaGeometry | null {
  if (typeof value !== "object" || value === null) return null;
  const candidate = value as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(candidate.coordinates)) return null;
  if (candidate.type === "Polygon") {
    return { type: "Polygon", coordinates: candidate.coordinates as LinearRing[] };
  }
  if (candidate.type === "MultiPolygon") {
    return { type: "MultiPolygon", coordinates: candidate.coordinates as LinearRing[][] };
  }
  return null;
}
