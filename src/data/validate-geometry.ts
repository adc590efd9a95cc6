/**
 * Geometry rules: structure through geojson-validation (its trace messages mapped to JSON paths), then what
 * it does not check — finite, in-range positions, the map region, RFC 7946 winding and self-intersections.
 */
import gjv from 'geojson-validation';
import type { Position } from 'geojson';
import { describe, isRecord, type Fault } from './problems';
import { polygonFaults } from './validate-rings';

export type Region = [number, number, number, number];

const CHECKS = {
  Point: gjv.isPoint,
  MultiPoint: gjv.isMultiPoint,
  LineString: gjv.isLineString,
  MultiLineString: gjv.isMultiLineString,
  Polygon: gjv.isPolygon,
  MultiPolygon: gjv.isMultiPolygon
} as const;
type SimpleType = keyof typeof CHECKS;
/** Depth of `coordinates` down to a position, per type. */
const POSITION_DEPTH: Record<SimpleType, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3
};
const MAX_COLLECTION_DEPTH = 8;

/** geojson-validation's wording where a reader would not know which rule it means. */
const CLEARER: Record<string, string> = {
  'The first and last positions must be equivalent':
    'ring is not closed: the first and last positions must be equal',
  'coordinates must have at least four positions': 'a linear ring needs at least four positions',
  'coordinates must have at least two elements': 'a LineString needs at least two positions'
};

/** "at 0: at 3: Position must…" → coordinates[0][3] and "Position must…". */
function mapTrace(message: string, path: string): Fault {
  const fault = tracePath(message, path);
  return { path: fault.path, message: CLEARER[fault.message] ?? fault.message };
}

function tracePath(message: string, path: string): Fault {
  let rest = message;
  let indexes = '';
  for (let match = /^at (\d+): /.exec(rest); match; match = /^at (\d+): /.exec(rest)) {
    indexes += `[${match[1]}]`;
    rest = rest.slice(match[0].length);
  }
  if (indexes || /^(coordinates|Position|The first and last)/.test(rest))
    return { path: `${path}.coordinates${indexes}`, message: rest };
  if (rest.startsWith('bbox')) return { path: `${path}.bbox`, message: rest };
  return { path, message: rest };
}

/** Rings of polygons that gjv would crash on (it reads ring[0] without checking). */
function unreadableRing(coordinates: unknown, depth: number, path: string): Fault | null {
  if (!Array.isArray(coordinates)) return null;
  for (const [index, child] of coordinates.entries()) {
    const childPath = `${path}[${index}]`;
    if (depth === 1) {
      if (Array.isArray(child) && (child.length === 0 || child[0] == null || child[child.length - 1] == null))
        return {
          path: childPath,
          message: 'a linear ring needs at least four positions, first and last equal'
        };
    } else {
      const fault = unreadableRing(child, depth - 1, childPath);
      if (fault) return fault;
    }
  }
  return null;
}

function positionsAt(coordinates: unknown, depth: number, path: string, out: [Position, string][]): void {
  if (depth === 0) out.push([coordinates as Position, path]);
  else (coordinates as unknown[]).forEach((child, i) => positionsAt(child, depth - 1, `${path}[${i}]`, out));
}

function positionFaults(positions: [Position, string][], region: Region | undefined): Fault[] {
  const faults: Fault[] = [];
  const report = (kind: string, found: [Position, string, string][]) => {
    const [first] = found;
    if (!first) return;
    const more = found.length > 1 ? ` (and ${found.length - 1} more ${kind} positions in this geometry)` : '';
    faults.push({ path: first[1], message: first[2] + more });
  };
  const broken: [Position, string, string][] = [];
  const outside: [Position, string, string][] = [];
  for (const [position, path] of positions) {
    const [lon = NaN, lat = NaN] = position;
    if (!Number.isFinite(lon) || !Number.isFinite(lat))
      broken.push([position, path, `position ${describe(position)} is not made of finite numbers`]);
    else if (lat < -90 || lat > 90)
      broken.push([position, path, `latitude ${lat} is out of range (−90 to 90)`]);
    else if (lon < -180 || lon > 180)
      broken.push([position, path, `longitude ${lon} is out of range (−180 to 180)`]);
    else if (region && (lon < region[0] || lat < region[1] || lon > region[2] || lat > region[3]))
      outside.push([
        position,
        path,
        `position [${lon}, ${lat}] is outside the map region [${region.join(', ')}]`
      ]);
  }
  report('invalid', broken);
  report('outside', outside);
  return faults;
}

/** All faults of one geometry object; `region` is checked only when given. Never throws on any input. */
export function geometryFaults(geometry: unknown, path: string, region?: Region, depth = 0): Fault[] {
  if (!isRecord(geometry))
    return [{ path, message: `geometry must be an object, got ${describe(geometry)}` }];
  const type = geometry['type'];
  if (type === 'GeometryCollection') {
    const members = geometry['geometries'];
    if (!Array.isArray(members))
      return [{ path: `${path}.geometries`, message: '"geometries" must be an array' }];
    if (depth >= MAX_COLLECTION_DEPTH)
      return [{ path, message: 'GeometryCollections are nested too deeply' }];
    return members.flatMap((member, i) =>
      geometryFaults(member, `${path}.geometries[${i}]`, region, depth + 1)
    );
  }
  if (typeof type !== 'string' || !Object.hasOwn(CHECKS, type))
    return [{ path: `${path}.type`, message: `${describe(type)} is not a GeoJSON geometry type` }];
  const simpleType = type as SimpleType;
  const depthToPosition = POSITION_DEPTH[simpleType];
  if (simpleType === 'Polygon' || simpleType === 'MultiPolygon') {
    const crash = unreadableRing(geometry['coordinates'], depthToPosition - 1, `${path}.coordinates`);
    if (crash) return [crash];
  }
  const structural = CHECKS[simpleType](geometry, true);
  if (structural.length > 0) return structural.map((message) => mapTrace(message, path));
  const positions: [Position, string][] = [];
  positionsAt(geometry['coordinates'], depthToPosition, `${path}.coordinates`, positions);
  const faults = positionFaults(positions, region);
  if (faults.length > 0) return faults;
  if (simpleType === 'Polygon') return polygonFaults([geometry['coordinates'] as Position[][]], path, false);
  if (simpleType === 'MultiPolygon')
    return polygonFaults(geometry['coordinates'] as Position[][][], path, true);
  return [];
}
