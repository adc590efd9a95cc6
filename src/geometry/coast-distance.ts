/**
 * How far a sea area stays from land — for the deployment zone, a check that it really keeps out of the
 * 12-nautical-mile territorial seas. Pure and browser-safe.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Polygon | MultiPolygon;
/** Mean Earth radius used by Turf, so our local projection agrees with its distances. */
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;

function ringsOf(shape: Area): Position[][] {
  return shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
}

/** Point-to-segment distance on a plane tangent at the point: exact enough for the tens of km we measure. */
function pointToSegmentKm(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const scale = Math.cos((py * Math.PI) / 180);
  const ax = ((a[0] ?? 0) - px) * scale;
  const ay = (a[1] ?? 0) - py;
  const bx = ((b[0] ?? 0) - px) * scale;
  const by = (b[1] ?? 0) - py;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEGREE;
}

/** Which side of the line a→b the point c lies on (planar; the sign is all we need). */
function side(a: Position, b: Position, c: Position): number {
  return Math.sign(
    ((b[0] ?? 0) - (a[0] ?? 0)) * ((c[1] ?? 0) - (a[1] ?? 0)) -
      ((b[1] ?? 0) - (a[1] ?? 0)) * ((c[0] ?? 0) - (a[0] ?? 0))
  );
}

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** Shortest distance from any vertex of `from` to any edge of `to`; 0 as soon as two edges cross. */
function ringsDistanceKm(from: Position[][], to: Position[][]): number {
  let best = Infinity;
  for (const ring of from) {
    for (let j = 0; j < ring.length; j++) {
      const p = ring[j] as Position;
      const previous = ring[j - 1];
      for (const edges of to) {
        for (let i = 1; i < edges.length; i++) {
          const [a, b] = [edges[i - 1] as Position, edges[i] as Position];
          if (previous && segmentsCross(previous, p, a, b)) return 0;
          best = Math.min(best, pointToSegmentKm(p, a, b));
        }
      }
    }
  }
  return best;
}

function bounds(rings: Position[][]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const [x = 0, y = 0] of ring) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  return box;
}

/** Every k-th vertex of each ring, and its last: the outline with fewer vertices, close to the original. */
function thinned(shape: Area, keepEvery: number): Area {
  if (keepEvery <= 1) return shape;
  const thin = (rings: Position[][]) =>
    rings
      .map((ring) => ring.filter((_, i) => i % keepEvery === 0 || i === ring.length - 1))
      .filter((ring) => ring.length >= 4);
  return shape.type === 'Polygon'
    ? { type: 'Polygon', coordinates: thin(shape.coordinates) }
    : { type: 'MultiPolygon', coordinates: shape.coordinates.map(thin).filter((rings) => rings.length) };
}

const vertexCount = (rings: Position[][]) => rings.reduce((sum, ring) => sum + ring.length, 0);

export interface CoastDistance {
  km: number;
  /** The area's outline was thinned to stay within the work allowed: the figure is close, not exact. */
  approximate: boolean;
}

/**
 * Shortest distance (km) between a sea area and the given land, 0 if they overlap. Turf has no
 * polygon-to-polygon distance, and its point-to-line over thousands of coast segments per vertex is slow,
 * so the minimum is found vertex-to-edge both ways on a local plane (the closest approach of two
 * non-crossing outlines always starts at a vertex of one of them); crossing edges or a vertex inside the
 * other shape mean overlap. `maxPairs` bounds the vertex-to-edge comparisons: a larger area is thinned
 * first, so an imported polygon of 100,000 vertices costs what one of a few hundred does.
 */
export function coastDistance(zone: Area | Feature<Area>, land: Area[], maxPairs = Infinity): CoastDistance {
  const zoneGeometry = 'geometry' in zone ? zone.geometry : zone;
  const allRings = ringsOf(zoneGeometry);
  const [west, south, east, north] = bounds(allRings);
  // The nearest land vertex to one zone vertex bounds the answer: land whose box lies further off can be skipped.
  const anchor = allRings[0]?.[0] ?? [0, 0];
  let reachKm = Infinity;
  for (const shape of land)
    for (const ring of ringsOf(shape))
      for (const p of ring) reachKm = Math.min(reachKm, distance(anchor, p, { units: 'kilometers' }));
  const latMargin = reachKm / KM_PER_DEGREE;
  const widest = Math.min(89, Math.max(Math.abs(south), Math.abs(north)) + latMargin);
  const lonMargin = latMargin / Math.cos((widest * Math.PI) / 180);
  const nearLand = land.filter((shape) => {
    const [w, s, e, n] = bounds(ringsOf(shape));
    return w <= east + lonMargin && e >= west - lonMargin && s <= north + latMargin && n >= south - latMargin;
  });
  const landVertices = nearLand.reduce((sum, shape) => sum + vertexCount(ringsOf(shape)), 0);
  const zoneVertices = vertexCount(allRings);
  const keepEvery = Math.ceil((2 * zoneVertices * landVertices) / maxPairs) || 1;
  const thinZone = thinned(zoneGeometry, keepEvery);
  const zoneRings = ringsOf(thinZone);
  let best = Infinity;
  for (const shape of nearLand) {
    const landRings = ringsOf(shape);
    const firstZoneVertex = zoneRings[0]?.[0];
    const firstLandVertex = landRings[0]?.[0];
    if (firstZoneVertex && booleanPointInPolygon(firstZoneVertex, shape))
      return { km: 0, approximate: false };
    if (firstLandVertex && booleanPointInPolygon(firstLandVertex, thinZone))
      return { km: 0, approximate: false };
    const fromZone = ringsDistanceKm(zoneRings, landRings);
    if (fromZone === 0) return { km: 0, approximate: false };
    best = Math.min(best, fromZone, ringsDistanceKm(landRings, zoneRings));
  }
  return { km: best, approximate: keepEvery > 1 };
}

/** `coastDistance` without a bound, for the build scripts' own shapes. */
export function distanceToCoastKm(zone: Area | Feature<Area>, land: Area[]): number {
  return coastDistance(zone, land).km;
}
