/**
 * Polygon rules beyond structure: RFC 7946 winding (outer rings counter-clockwise, holes clockwise), rings
 * with area, and no self-intersections (Turf kinks).
 */
import { kinks } from '@turf/kinks';
import type { Polygon, Position } from 'geojson';
import type { Fault } from './problems';

/** Turf's kinks compares every pair of segments; above this many positions it would freeze a browser tab. */
const MAX_POSITIONS_FOR_KINKS = 5000;

/** Twice the signed area in degrees²: positive = counter-clockwise (RFC 7946 wants outer rings so). */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i - 1] as Position;
    const [x2 = 0, y2 = 0] = ring[i] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

export function polygonFaults(polygons: Position[][][], path: string, multi: boolean): Fault[] {
  const faults: Fault[] = [];
  polygons.forEach((rings, p) => {
    rings.forEach((ring, r) => {
      const ringPath = multi ? `${path}.coordinates[${p}][${r}]` : `${path}.coordinates[${r}]`;
      const area = signedArea(ring);
      if (area === 0) faults.push({ path: ringPath, message: 'ring encloses no area' });
      else if (r === 0 && area < 0)
        faults.push({
          path: ringPath,
          message: 'outer ring is clockwise; RFC 7946 requires counter-clockwise'
        });
      else if (r > 0 && area > 0)
        faults.push({ path: ringPath, message: 'hole is counter-clockwise; RFC 7946 requires clockwise' });
    });
  });
  const positionCount = polygons.flat(2).length;
  if (positionCount <= MAX_POSITIONS_FOR_KINKS) {
    // Repeated consecutive positions are harmless but look like crossings to kinks.
    const cleaned = polygons.map((rings) =>
      rings.map((ring) =>
        ring.filter((q, i) => i === 0 || q[0] !== ring[i - 1]?.[0] || q[1] !== ring[i - 1]?.[1])
      )
    );
    const geometry = multi
      ? { type: 'MultiPolygon' as const, coordinates: cleaned }
      : ({ type: 'Polygon', coordinates: cleaned[0] ?? [] } as Polygon);
    const crossings = kinks(geometry).features;
    const first = crossings[0]?.geometry.coordinates;
    if (first) {
      const where = `[${first.map((n) => Math.round(n * 1e6) / 1e6).join(', ')}]`;
      const more = crossings.length > 1 ? ` (${crossings.length} crossings in all)` : '';
      faults.push({ path: `${path}.coordinates`, message: `polygon crosses itself at ${where}${more}` });
    }
  }
  return faults;
}
