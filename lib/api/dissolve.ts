/**
 * The union of adjacent polygons as GeoJSON: Burkina Faso's regions from their provinces, the AES
 * from its three countries. Natural Earth features share their borders vertex for vertex, so the
 * union is exact without a geometry library: orient every ring (outer counter-clockwise, holes
 * clockwise, as RFC 7946 asks), drop each edge that also runs the other way in a neighbour (an
 * inner border), and walk what remains into rings.
 */
import {
  geometryContains,
  type AreaGeometry,
  type LinearRing,
} from "@/lib/places/point-in-polygon";

export type Position = [number, number];
export type Ring = Position[];

export type GeoJsonGeometry =
  { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };

/** Five decimals: about a metre, finer than the 1:10m source. */
const SCALE = 1e5;
const round = (value: number) => Math.round(value * SCALE) / SCALE;
const keyOf = ([x, y]: Position) => `${x},${y}`;

export function signedArea(ring: readonly Position[]): number {
  let twice = 0;
  for (let index = 0; index + 1 < ring.length; index++) {
    const [x1, y1] = ring[index] ?? [0, 0];
    const [x2, y2] = ring[index + 1] ?? [0, 0];
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}

/** Rounded, without repeated points, closed; null when nothing of it is left. */
function cleanRing(ring: LinearRing): Ring | null {
  const points: Ring = [];
  for (const [x = 0, y = 0] of ring) {
    const point: Position = [round(x), round(y)];
    const last = points.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  const first = points[0];
  const last = points.at(-1);
  if (first && last && keyOf(first) !== keyOf(last)) points.push(first);
  return points.length >= 4 ? points : null;
}

function oriented(ring: Ring, counterClockwise: boolean): Ring {
  return signedArea(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}

function polygonsOf(geometry: AreaGeometry): readonly (readonly LinearRing[])[] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/** Directed edges of every ring, minus the pairs that cancel out (shared borders). */
function outlineEdges(geometries: readonly AreaGeometry[]): Map<string, Position[]> {
  const edges = new Map<string, number>();
  const points = new Map<string, Position>();
  for (const geometry of geometries) {
    for (const polygon of polygonsOf(geometry)) {
      polygon.forEach((raw, index) => {
        const ring = cleanRing(raw);
        if (!ring) return;
        const directed = oriented(ring, index === 0);
        directed.slice(1).forEach((to, i) => {
          const from = directed[i] ?? to;
          points.set(keyOf(to), to);
          const forward = `${keyOf(from)}|${keyOf(to)}`;
          const reverse = `${keyOf(to)}|${keyOf(from)}`;
          const reverseCount = edges.get(reverse) ?? 0;
          if (reverseCount > 0) edges.set(reverse, reverseCount - 1);
          else edges.set(forward, (edges.get(forward) ?? 0) + 1);
        });
      });
    }
  }
  const outgoing = new Map<string, Position[]>();
  for (const [edge, count] of edges) {
    const [from = "", to = ""] = edge.split("|");
    const target = points.get(to);
    if (!target) continue;
    for (let n = 0; n < count; n++) outgoing.set(from, [...(outgoing.get(from) ?? []), target]);
  }
  return outgoing;
}

function walkRings(outgoing: Map<string, Position[]>): Ring[] {
  const rings: Ring[] = [];
  for (const [startKey, targets] of outgoing) {
    while (targets.length > 0) {
      const [sx, sy] = startKey.split(",").map(Number);
      const ring: Ring = [[sx ?? 0, sy ?? 0]];
      let currentKey = startKey;
      for (;;) {
        const next = outgoing.get(currentKey)?.pop();
        if (!next) break;
        ring.push(next);
        currentKey = keyOf(next);
        if (currentKey === startKey) break;
      }
      if (currentKey === startKey && ring.length >= 4) rings.push(ring);
    }
  }
  return rings;
}

/** The union of `geometries`, or null when they have no area. */
export function dissolve(geometries: readonly AreaGeometry[]): GeoJsonGeometry | null {
  const rings = walkRings(outlineEdges(geometries));
  const outers = rings
    .filter((ring) => signedArea(ring) > 0)
    .sort((a, b) => signedArea(b) - signedArea(a))
    .map((ring) => ({ ring, holes: [] as Ring[] }));
  for (const hole of rings.filter((ring) => signedArea(ring) < 0)) {
    const [longitude = 0, latitude = 0] = hole[0] ?? [];
    const container = [...outers]
      .reverse()
      .find((outer) =>
        geometryContains({ type: "Polygon", coordinates: [outer.ring] }, { longitude, latitude }),
      );
    container?.holes.push(hole);
  }
  if (outers.length === 0) return null;
  const polygons = outers.map((outer) => [outer.ring, ...outer.holes]);
  const [only] = polygons;
  return polygons.length === 1 && only
    ? { type: "Polygon", coordinates: only }
    : { type: "MultiPolygon", coordinates: polygons };
}
