/**
 * An imported geometry's structure, checked in one linear pass (RFC 7946 §3.1 MUSTs only): each fault once,
 * with its JSON path. What passes comes back as a clean copy, positions cut to [lon, lat, alt], ready for
 * ./repair.ts. Strings are quoted in messages so that "39.36" does not look like a number.
 */
import type { Geometry, Position } from 'geojson';
import { isRecord } from '../data/problems';
import { caseHint, checkBbox, shown, type FaultList } from './faults';

export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection'
] as const;
const MAX_COLLECTION_DEPTH = 8;
/** Longitudes past ±180 are antimeridian data (./repair.ts wraps them); past two turns, they are not longitudes. */
export const MAX_WRAPPED_LONGITUDE = 720;

function position(value: unknown, path: string, faults: FaultList): Position | null {
  if (!Array.isArray(value)) {
    faults.add('position', path, `a position must be an array of numbers, got ${shown(value)}`);
    return null;
  }
  if (value.some(Array.isArray)) {
    faults.add('deep', path, 'a position must be numbers, got arrays: nested one level too deep');
    return null;
  }
  if (value.length < 2) {
    faults.add(
      'short',
      path,
      `a position needs at least two numbers (longitude, latitude), got ${shown(value)}`
    );
    return null;
  }
  const bad = value.findIndex((n) => typeof n !== 'number' || !Number.isFinite(n));
  if (bad >= 0) {
    faults.add('number', `${path}[${bad}]`, `must be a number, got ${shown(value[bad])}`);
    return null;
  }
  const [lon, lat] = value as number[];
  if (lat! < -90 || lat! > 90) {
    faults.add('latitude', `${path}[1]`, `latitude ${lat} is out of range (−90 to 90)`);
    return null;
  }
  if (Math.abs(lon!) > MAX_WRAPPED_LONGITUDE) {
    faults.add('longitude', `${path}[0]`, `longitude ${lon} is out of range (−180 to 180)`);
    return null;
  }
  return value as Position;
}

function positions(value: unknown, path: string, faults: FaultList, min: number, what: string) {
  if (!Array.isArray(value)) {
    faults.add('positions', path, `must be an array of positions, got ${shown(value)}`);
    return null;
  }
  if (value.length > 0 && value.every((n) => typeof n === 'number')) {
    faults.add(
      'shallow',
      path,
      `must be an array of positions, got one position ${shown(value)}: nest it one level deeper`
    );
    return null;
  }
  let ok = true;
  const out: Position[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const p = position(value[i], `${path}[${i}]`, faults);
    if (p) out[i] = p;
    else ok = false;
  }
  if (!ok) return null;
  if (value.length < min) {
    faults.add(
      what,
      path,
      `${what === 'ring' ? 'a linear ring' : 'a LineString'} needs at least ${min === 4 ? 'four' : 'two'} positions, got ${value.length}`
    );
    return null;
  }
  if (what === 'ring') {
    const first = out[0]!;
    const last = out[out.length - 1]!;
    if (first.length !== last.length || first.some((n, i) => n !== last[i])) {
      faults.add('closed', path, 'ring is not closed: the first and last positions must be equal');
      return null;
    }
  }
  return out;
}

/** An array of `item`s (lines of a MultiLineString, rings of a Polygon, polygons of a MultiPolygon). */
function arrayOf<T>(
  value: unknown,
  path: string,
  faults: FaultList,
  what: string,
  item: (value: unknown, path: string) => T | null
): T[] | null {
  if (!Array.isArray(value)) {
    faults.add('array', path, `must be an array of ${what}, got ${shown(value)}`);
    return null;
  }
  if (value.length > 0 && value.every((n) => typeof n === 'number')) {
    faults.add(
      'shallow',
      path,
      `must be an array of ${what}, got one position ${shown(value)}: nest it more deeply`
    );
    return null;
  }
  let ok = true;
  const out: T[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const checked = item(value[i], `${path}[${i}]`);
    if (checked) out[i] = checked;
    else ok = false;
  }
  return ok ? out : null;
}

function coordinates(type: string, value: unknown, path: string, faults: FaultList): unknown {
  const line = (v: unknown, p: string) => positions(v, p, faults, 2, 'line');
  const ring = (v: unknown, p: string) => positions(v, p, faults, 4, 'ring');
  const polygon = (v: unknown, p: string) => arrayOf(v, p, faults, 'linear rings', ring);
  switch (type) {
    case 'Point':
      return position(value, path, faults);
    case 'MultiPoint':
      return positions(value, path, faults, 0, 'points');
    case 'LineString':
      return line(value, path);
    case 'MultiLineString':
      return arrayOf(value, path, faults, 'lines', line);
    case 'Polygon':
      return polygon(value, path);
    default:
      return arrayOf(value, path, faults, 'polygons', polygon);
  }
}

/** The geometry as a clean copy, or null when it has faults (added to `faults`). Never throws. */
export function checkGeometry(value: unknown, path: string, faults: FaultList, depth = 0): Geometry | null {
  if (!isRecord(value)) {
    faults.add('geometry', path, `a geometry must be an object or null, got ${shown(value)}`);
    return null;
  }
  const before = faults.size;
  checkBbox(value, path, faults);
  const type = value['type'];
  if (!('type' in value)) {
    faults.add('type', path, '"type" member is required (Point, LineString, Polygon, …)');
    return null;
  }
  if (typeof type !== 'string' || !(GEOMETRY_TYPES as readonly string[]).includes(type)) {
    const what = typeof type === 'string' ? JSON.stringify(type) : shown(type);
    faults.add('type', `${path}.type`, `${what} is not a geometry type${caseHint(type, GEOMETRY_TYPES)}`);
    return null;
  }
  if (type === 'GeometryCollection') {
    const members = value['geometries'];
    if (!Array.isArray(members)) {
      const problem =
        'geometries' in value
          ? `must be an array of geometries, got ${shown(members)}`
          : 'member is required';
      faults.add('geometries', `${path}.geometries`, `"geometries" ${problem}`);
      return null;
    }
    if (depth >= MAX_COLLECTION_DEPTH) {
      faults.add('nested', path, 'GeometryCollections are nested too deeply');
      return null;
    }
    const geometries = members.map((member, i) =>
      checkGeometry(member, `${path}.geometries[${i}]`, faults, depth + 1)
    );
    if (geometries.some((g) => g === null) || faults.size > before) return null;
    return { type, geometries: geometries as Geometry[] };
  }
  if (!('coordinates' in value)) {
    faults.add('coordinates', path, `"coordinates" member is required for a ${type}`);
    return null;
  }
  const checked = coordinates(type, value['coordinates'], `${path}.coordinates`, faults);
  if (checked === null || faults.size > before) return null;
  return { type, coordinates: checked } as Geometry;
}
