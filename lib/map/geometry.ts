/**
 * The map of the three countries and their admin-1 areas, as SVG path strings, from the Natural
 * Earth admin-1 features shipped in the repository (no tile server: the map works offline).
 *
 * - Projection: equirectangular, with longitudes shrunk by the cosine of the middle latitude so that
 *   shapes keep their proportions (the region spans 9°N–25°N; distortion is small).
 * - Coordinates are rounded to whole units of a 1000-wide canvas, which shrinks the paths ~3× with
 *   no visible loss; rounding is the same for both sides of a shared border, so no slivers appear.
 * - Burkina Faso's provinces are dissolved into its regions: a place is drawn by every feature its
 *   `mapCode` lists, and edges shared by two features of the same place are not stroked.
 * - Borders are drawn once: between areas of one country, and (thicker) between countries or on
 *   the outer edge, taken from the same features so that they line up exactly.
 */
import { stringProperty, type GeoFeature } from "@/lib/places/geojson";
import { splitMapCodes } from "@/lib/places/map-codes";
import type { LinearRing } from "@/lib/places/point-in-polygon";

export const MAP_WIDTH = 1000;
const PADDING = 8;

export interface MapPlace {
  id: string;
  parentId: string | null;
  mapCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface Projection {
  west: number;
  north: number;
  /** Pixels per degree of latitude. */
  scale: number;
  /** cos(middle latitude): longitude degrees are this much shorter. */
  shrink: number;
}

export interface AreaShape {
  placeId: string;
  countryId: string;
  path: string;
  label: { x: number; y: number };
}

export interface MapGeometry {
  width: number;
  height: number;
  projection: Projection;
  areas: AreaShape[];
  areaBorders: string;
  countryBorders: string;
}

type Point = readonly [number, number];

function ringsOf(feature: GeoFeature): readonly LinearRing[] {
  const geometry = feature.geometry;
  if (!geometry) return [];
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

export function project(projection: Projection, longitude: number, latitude: number): Point {
  return [
    PADDING + (longitude - projection.west) * projection.shrink * projection.scale,
    PADDING + (projection.north - latitude) * projection.scale,
  ];
}

function fitProjection(features: readonly GeoFeature[]): {
  projection: Projection;
  height: number;
} {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const feature of features) {
    for (const ring of ringsOf(feature)) {
      for (const [longitude = 0, latitude = 0] of ring) {
        west = Math.min(west, longitude);
        east = Math.max(east, longitude);
        south = Math.min(south, latitude);
        north = Math.max(north, latitude);
      }
    }
  }
  const shrink = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const scale = (MAP_WIDTH - 2 * PADDING) / ((east - west) * shrink);
  return {
    projection: { west, north, scale, shrink },
    height: Math.ceil((north - south) * scale + 2 * PADDING),
  };
}

const round = (point: Point): Point => [Math.round(point[0]), Math.round(point[1])];
const keyOf = (point: Point) => `${point[0]},${point[1]}`;

/** A closed ring as a compact relative path; collinear and repeated points dropped. */
function ringPath(points: readonly Point[]): string {
  const kept: Point[] = [];
  for (const point of points) {
    const last = kept.at(-1);
    if (last && last[0] === point[0] && last[1] === point[1]) continue;
    const before = kept.at(-2);
    if (before && last) {
      const cross =
        (last[0] - before[0]) * (point[1] - before[1]) -
        (last[1] - before[1]) * (point[0] - before[0]);
      if (cross === 0) kept.pop();
    }
    kept.push(point);
  }
  if (kept.length < 3) return "";
  return polylinePath(kept) + "z";
}

function polylinePath(points: readonly Point[]): string {
  let path = "";
  points.forEach((point, index) => {
    const previous = points[index - 1];
    path += previous
      ? `l${point[0] - previous[0]} ${point[1] - previous[1]}`
      : `M${point[0]} ${point[1]}`;
  });
  return path;
}

/** Joins segments sharing endpoints into as few polylines as possible. */
export function chainSegments(segments: readonly [string, string][]): string[][] {
  const adjacency = new Map<string, { other: string; id: number }[]>();
  segments.forEach(([a, b], id) => {
    adjacency.set(a, [...(adjacency.get(a) ?? []), { other: b, id }]);
    adjacency.set(b, [...(adjacency.get(b) ?? []), { other: a, id }]);
  });
  const used = new Array<boolean>(segments.length).fill(false);
  const open = (node: string) => (adjacency.get(node) ?? []).some((edge) => !used[edge.id]);
  const walk = (start: string) => {
    const line = [start];
    let current = start;
    for (;;) {
      const next = (adjacency.get(current) ?? []).find((edge) => !used[edge.id]);
      if (!next) return line;
      used[next.id] = true;
      current = next.other;
      line.push(current);
    }
  };
  const lines: string[][] = [];
  // Start at line ends and junctions first, then whatever is left is made of closed loops.
  for (const [node, edges] of adjacency)
    if (edges.length !== 2) while (open(node)) lines.push(walk(node));
  for (const node of adjacency.keys()) while (open(node)) lines.push(walk(node));
  return lines;
}

function pointOf(key: string): Point {
  const [x = 0, y = 0] = key.split(",").map(Number);
  return [x, y];
}

function linesPath(lines: readonly string[][]): string {
  return lines.map((line) => polylinePath(line.map(pointOf))).join("");
}

/** Area-weighted centroid of the largest ring: where an area's label or marker goes. */
function labelPoint(rings: readonly Point[][]): { x: number; y: number } {
  let best = { area: -1, x: 0, y: 0 };
  for (const ring of rings) {
    let area = 0;
    let cx = 0;
    let cy = 0;
    ring.forEach((point, index) => {
      const next = ring[(index + 1) % ring.length] ?? point;
      const cross = point[0] * next[1] - next[0] * point[1];
      area += cross;
      cx += (point[0] + next[0]) * cross;
      cy += (point[1] + next[1]) * cross;
    });
    if (Math.abs(area) > best.area && area !== 0)
      best = { area: Math.abs(area), x: cx / (3 * area), y: cy / (3 * area) };
  }
  return { x: Math.round(best.x), y: Math.round(best.y) };
}

export function buildMapGeometry(
  features: readonly GeoFeature[],
  places: readonly MapPlace[],
): MapGeometry {
  const { projection, height } = fitProjection(features);
  const ownerOfCode = new Map<string, MapPlace>();
  for (const place of places)
    for (const code of splitMapCodes(place.mapCode)) ownerOfCode.set(code, place);

  const ringsByPlace = new Map<string, Point[][]>();
  const edges = new Map<string, { ends: [string, string]; owners: Set<string>; count: number }>();
  for (const feature of features) {
    const owner = ownerOfCode.get(stringProperty(feature, "adm1_code") ?? "");
    if (!owner) continue;
    for (const ring of ringsOf(feature)) {
      const points = ring.map(([longitude = 0, latitude = 0]) =>
        round(project(projection, longitude, latitude)),
      );
      ringsByPlace.set(owner.id, [...(ringsByPlace.get(owner.id) ?? []), points]);
      points.forEach((point, index) => {
        const next = points[index + 1];
        if (!next || keyOf(point) === keyOf(next)) return;
        const [a, b] = [keyOf(point), keyOf(next)];
        const ends: [string, string] = a < b ? [a, b] : [b, a];
        const key = `${ends[0]}|${ends[1]}`;
        const edge = edges.get(key) ?? { ends, owners: new Set<string>(), count: 0 };
        edge.owners.add(owner.id);
        edge.count += 1;
        edges.set(key, edge);
      });
    }
  }

  const countryOf = new Map(places.map((place) => [place.id, place.parentId ?? place.id]));
  const areaSegments: [string, string][] = [];
  const countrySegments: [string, string][] = [];
  for (const edge of edges.values()) {
    const owners = [...edge.owners];
    if (owners.length === 1 && edge.count > 1) continue; // inside one place: dissolved
    const countries = new Set(owners.map((owner) => countryOf.get(owner)));
    if (owners.length === 1 || countries.size > 1) countrySegments.push(edge.ends);
    else areaSegments.push(edge.ends);
  }

  const areas: AreaShape[] = [];
  for (const place of places) {
    const rings = ringsByPlace.get(place.id);
    if (!rings) continue;
    const path = rings.map(ringPath).join("");
    const countryId = place.parentId ?? place.id;
    const label =
      place.latitude !== null && place.longitude !== null
        ? (([x, y]) => ({ x: Math.round(x), y: Math.round(y) }))(
            project(projection, place.longitude, place.latitude),
          )
        : labelPoint(rings);
    areas.push({ placeId: place.id, countryId, path, label });
  }

  return {
    width: MAP_WIDTH,
    height,
    projection,
    areas,
    areaBorders: linesPath(chainSegments(areaSegments)),
    countryBorders: linesPath(chainSegments(countrySegments)),
  };
}
