/**
 * An imported geometry's structure, checked in one linear pass (RFC 7946 §3.1 MUSTs only): each fault once,
 * with its JSON path. What passes comes back as a clean copy, positions cut to [lon, lat, alt], ready for
 * ./repair.ts. Strings are quoted in messages so that "39.36" does not look like a number.
 */
import type { Geometry, Position } from 'geojson';
import { isRecord } from '../data/problems';
import * as m from '../i18n/paraglide/messages.js';
import { formatCount } from '../ui/format';
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
  const { locale } = faults;
  if (!Array.isArray(value)) {
    faults.add('position', path, m.import_fault_position({ value: shown(value, locale) }, { locale }));
    return null;
  }
  if (value.some(Array.isArray)) {
    faults.add('deep', path, m.import_fault_position_nested({}, { locale }));
    return null;
  }
  if (value.length < 2) {
    faults.add('short', path, m.import_fault_position_short({ value: shown(value, locale) }, { locale }));
    return null;
  }
  const bad = value.findIndex((n) => typeof n !== 'number' || !Number.isFinite(n));
  if (bad >= 0) {
    const message = m.import_fault_not_number({ value: shown(value[bad], locale) }, { locale });
    faults.add('number', `${path}[${bad}]`, message);
    return null;
  }
  // Coordinates are quoted as the file gives them, not in the reader's number format.
  const [lon, lat] = value as number[];
  if (lat! < -90 || lat! > 90) {
    faults.add('latitude', `${path}[1]`, m.import_fault_latitude({ value: String(lat) }, { locale }));
    return null;
  }
  if (Math.abs(lon!) > MAX_WRAPPED_LONGITUDE) {
    faults.add('longitude', `${path}[0]`, m.import_fault_longitude({ value: String(lon) }, { locale }));
    return null;
  }
  return value as Position;
}

function positions(value: unknown, path: string, faults: FaultList, min: number, what: string) {
  const { locale } = faults;
  if (!Array.isArray(value)) {
    faults.add('positions', path, m.import_fault_not_positions({ value: shown(value, locale) }, { locale }));
    return null;
  }
  if (value.length > 0 && value.every((n) => typeof n === 'number')) {
    faults.add('shallow', path, m.import_fault_one_position({ value: shown(value, locale) }, { locale }));
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
    const count = formatCount(value.length, locale);
    const short = what === 'ring' ? m.import_fault_short_ring : m.import_fault_short_line;
    faults.add(what, path, short({ count }, { locale }));
    return null;
  }
  if (what === 'ring') {
    const first = out[0]!;
    const last = out[out.length - 1]!;
    if (first.length !== last.length || first.some((n, i) => n !== last[i])) {
      faults.add('closed', path, m.import_fault_unclosed_ring({}, { locale }));
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
  what: typeof m.import_word_lines,
  item: (value: unknown, path: string) => T | null
): T[] | null {
  const { locale } = faults;
  if (!Array.isArray(value)) {
    const message = m.import_fault_not_array_of(
      { what: what({}, { locale }), value: shown(value, locale) },
      { locale }
    );
    faults.add('array', path, message);
    return null;
  }
  if (value.length > 0 && value.every((n) => typeof n === 'number')) {
    const message = m.import_fault_array_one_position(
      { what: what({}, { locale }), value: shown(value, locale) },
      { locale }
    );
    faults.add('shallow', path, message);
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
  const polygon = (v: unknown, p: string) => arrayOf(v, p, faults, m.import_word_linear_rings, ring);
  switch (type) {
    case 'Point':
      return position(value, path, faults);
    case 'MultiPoint':
      return positions(value, path, faults, 0, 'points');
    case 'LineString':
      return line(value, path);
    case 'MultiLineString':
      return arrayOf(value, path, faults, m.import_word_lines, line);
    case 'Polygon':
      return polygon(value, path);
    default:
      return arrayOf(value, path, faults, m.import_word_polygons, polygon);
  }
}

/** The geometry as a clean copy, or null when it has faults (added to `faults`). Never throws. */
export function checkGeometry(value: unknown, path: string, faults: FaultList, depth = 0): Geometry | null {
  const { locale } = faults;
  if (!isRecord(value)) {
    faults.add('geometry', path, m.import_fault_geometry({ value: shown(value, locale) }, { locale }));
    return null;
  }
  const before = faults.size;
  checkBbox(value, path, faults);
  const type = value['type'];
  if (!('type' in value)) {
    faults.add('type', path, m.import_fault_geometry_type_missing({}, { locale }));
    return null;
  }
  if (typeof type !== 'string' || !(GEOMETRY_TYPES as readonly string[]).includes(type)) {
    const what = typeof type === 'string' ? JSON.stringify(type) : shown(type, locale);
    const hint = caseHint(type, GEOMETRY_TYPES, locale);
    faults.add('type', `${path}.type`, m.import_fault_not_geometry_type({ type: what, hint }, { locale }));
    return null;
  }
  if (type === 'GeometryCollection') {
    const members = value['geometries'];
    if (!Array.isArray(members)) {
      const problem =
        'geometries' in value
          ? m.import_fault_geometries_not_array({ value: shown(members, locale) }, { locale })
          : m.import_fault_geometries_missing({}, { locale });
      faults.add('geometries', `${path}.geometries`, problem);
      return null;
    }
    if (depth >= MAX_COLLECTION_DEPTH) {
      faults.add('nested', path, m.import_fault_collection_too_deep({}, { locale }));
      return null;
    }
    const geometries = members.map((member, i) =>
      checkGeometry(member, `${path}.geometries[${i}]`, faults, depth + 1)
    );
    if (geometries.some((g) => g === null) || faults.size > before) return null;
    return { type, geometries: geometries as Geometry[] };
  }
  if (!('coordinates' in value)) {
    faults.add('coordinates', path, m.import_fault_coordinates_missing({ type }, { locale }));
    return null;
  }
  const checked = coordinates(type, value['coordinates'], `${path}.coordinates`, faults);
  if (checked === null || faults.size > before) return null;
  return { type, coordinates: checked } as Geometry;
}
