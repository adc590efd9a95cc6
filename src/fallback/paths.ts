/**
 * GeoJSON geometries as SVG path data in a frame: projected, simplified, islets left out. Points are not
 * paths; the component draws them as circles at `project(frame, position)`.
 */
import type { Geometry, Position } from 'geojson';
import { project, type Frame } from './projection';
import { isSpeck, simplifyLine } from './simplify';

/** Path data for a line or area geometry ('' for points and for what is too small to see). */
export function geometryPath(geometry: Geometry | null, frame: Frame, tolerance = 0.5): string {
  if (!geometry) return '';
  const line = (positions: Position[], closed: boolean): string => {
    if (positions.length < 2) return '';
    const points = simplifyLine(
      positions.map((position) => project(frame, position)),
      tolerance
    );
    if (closed && (points.length < 3 || isSpeck(points, tolerance * 2))) return '';
    return `M${points.map(([x, y]) => `${x} ${y}`).join('L')}${closed ? 'Z' : ''}`;
  };
  switch (geometry.type) {
    case 'LineString':
      return line(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((part) => line(part, false)).join('');
    case 'Polygon':
      return geometry.coordinates.map((ring) => line(ring, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon) => polygon.map((ring) => line(ring, true))).join('');
    case 'GeometryCollection':
      return geometry.geometries.map((part) => geometryPath(part, frame, tolerance)).join('');
    default:
      return '';
  }
}

/** The positions of a geometry's points (a Point's one, a MultiPoint's every one). */
export function pointPositions(geometry: Geometry | null): Position[] {
  if (geometry?.type === 'Point') return [geometry.coordinates];
  if (geometry?.type === 'MultiPoint') return geometry.coordinates;
  if (geometry?.type === 'GeometryCollection') return geometry.geometries.flatMap(pointPositions);
  return [];
}

/** Every position of a geometry, for its bounds. */
export function* allPositions(geometry: Geometry | null): Generator<Position> {
  if (!geometry) return;
  if (geometry.type === 'GeometryCollection') {
    for (const part of geometry.geometries) yield* allPositions(part);
    return;
  }
  const walk = function* (value: unknown): Generator<Position> {
    if (Array.isArray(value) && typeof value[0] === 'number') yield value as Position;
    else if (Array.isArray(value)) for (const item of value) yield* walk(item);
  };
  yield* walk(geometry.coordinates);
}
