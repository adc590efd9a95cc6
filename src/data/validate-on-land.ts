/**
 * The on-land rule: a layer (manifest `"onLand": true`) or a feature (property `"onLand": true`) may declare
 * that its lines follow roads on land. Such a line must not run over the basemap's sea for more than a small
 * tolerance of its length; each offending segment is named with its end points and the kilometres off land.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import type { Fault } from './problems';

/** Off-land length allowed per feature: 0.5 % of its length, and at least 2 km (a generalised coastline). */
export const ON_LAND_TOLERANCE = { fraction: 0.005, minKm: 2 } as const;
/** Sampling step along each segment; the off-land length is counted to about this resolution. */
const STEP_KM = 0.5;

type Box = [number, number, number, number];

/** Land polygons with their boxes, so a sample point is tested only against polygons that may hold it. */
export interface LandIndex {
  polygons: { box: Box; polygon: Polygon }[];
}

function boxOf(ring: Position[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon = 0, lat = 0] of ring) {
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  }
  return box;
}

export function landIndex(land: Array<Polygon | MultiPolygon>): LandIndex {
  const polygons = land.flatMap((geometry) =>
    geometry.type === 'Polygon'
      ? [geometry]
      : geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
  );
  return { polygons: polygons.map((polygon) => ({ box: boxOf(polygon.coordinates[0] ?? []), polygon })) };
}

function onLand(point: Position, land: LandIndex): boolean {
  const [lon = 0, lat = 0] = point;
  return land.polygons.some(
    ({ box, polygon }) =>
      lon >= box[0] &&
      lon <= box[2] &&
      lat >= box[1] &&
      lat <= box[3] &&
      booleanPointInPolygon(point, polygon)
  );
}

export interface SegmentOffLand {
  /** JSON path suffix of the segment's first position, e.g. `[3]` or `[1][3]`. */
  at: string;
  /** How a person names it: `segment 3`, or `line 1, segment 3` in a MultiLineString. */
  label: string;
  from: Position;
  to: Position;
  lengthKm: number;
  offKm: number;
}

/** Kilometres of a segment off land, from the midpoints of STEP_KM slices (straight in lon/lat, as drawn). */
function segmentOffLand(from: Position, to: Position, land: LandIndex): { lengthKm: number; offKm: number } {
  const lengthKm = distance(from, to);
  const steps = Math.max(1, Math.ceil(lengthKm / STEP_KM));
  let off = 0;
  for (let i = 0; i < steps; i++) {
    const t = (i + 0.5) / steps;
    const point = [0, 1].map((axis) => (from[axis] ?? 0) + t * ((to[axis] ?? 0) - (from[axis] ?? 0)));
    if (!onLand(point, land)) off += 1;
  }
  return { lengthKm, offKm: (off / steps) * lengthKm };
}

/** Every segment of a line with its off-land length, and the line's totals. */
export function lineOffLand(
  line: LineString | MultiLineString,
  land: LandIndex
): { lengthKm: number; offKm: number; segments: SegmentOffLand[] } {
  const parts = line.type === 'LineString' ? [line.coordinates] : line.coordinates;
  const segments: SegmentOffLand[] = [];
  parts.forEach((positions, part) => {
    for (let i = 1; i < positions.length; i++) {
      const from = positions[i - 1] as Position;
      const to = positions[i] as Position;
      const single = line.type === 'LineString';
      const at = single ? `[${i - 1}]` : `[${part}][${i - 1}]`;
      const label = single ? `segment ${i - 1}` : `line ${part}, segment ${i - 1}`;
      segments.push({ at, label, from, to, ...segmentOffLand(from, to, land) });
    }
  });
  const sum = (key: 'lengthKm' | 'offKm') => segments.reduce((total, s) => total + s[key], 0);
  return { lengthKm: sum('lengthKm'), offKm: sum('offKm'), segments };
}

const position = (p: Position) => `${p[0]}, ${p[1]}`;
const km = (value: number) => `${value.toFixed(1)} km`;

/**
 * Faults of a line declared to follow roads on land: one per segment that leaves land, when the whole line
 * is off land for more than the tolerance. `path` is the geometry's path, e.g. `features[0].geometry`.
 */
export function onLandFaults(line: LineString | MultiLineString, land: LandIndex, path: string): Fault[] {
  const { lengthKm, offKm, segments } = lineOffLand(line, land);
  const allowedKm = Math.max(ON_LAND_TOLERANCE.minKm, ON_LAND_TOLERANCE.fraction * lengthKm);
  if (offKm <= allowedKm) return [];
  return segments
    .filter((segment) => segment.offKm > 0)
    .map((segment) => ({
      path: `${path}.coordinates${segment.at}`,
      message:
        `${segment.label} (${position(segment.from)} → ${position(segment.to)}) runs ${km(segment.offKm)} ` +
        `of its ${km(segment.lengthKm)} off the basemap's land; the line is declared to follow roads on land ` +
        `("onLand"), and ${km(offKm)} of its ${km(lengthKm)} is off land (allowed: ${km(allowedKm)})`
    }));
}
