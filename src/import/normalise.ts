/**
 * What a user may import: a FeatureCollection, a single Feature or a bare geometry. The last two are wrapped
 * into a collection of one; `wrapped` remembers which, so messages can give paths in the user's own file.
 */
import { isRecord } from '../data/problems';
import { GEOMETRY_TYPES } from './check-geometry';
import { caseHint, shown } from './faults';

export type Wrapped = 'collection' | 'feature' | 'geometry';

export interface Normalised {
  collection: Record<string, unknown> & { type: 'FeatureCollection'; features: unknown };
  wrapped: Wrapped;
}

const EXPECTED = 'expected a FeatureCollection, a Feature or a geometry (Point, LineString, Polygon, …)';

/** Wraps a Feature or geometry into a FeatureCollection, or says why the JSON is not GeoJSON at all. */
export function toFeatureCollection(value: unknown): Normalised | { problem: string } {
  if (Array.isArray(value))
    return { problem: `is JSON but not GeoJSON: at the top level, the file holds an array; ${EXPECTED}` };
  if (!isRecord(value))
    return {
      problem: `is JSON but not GeoJSON: at the top level, the file holds ${shown(value)}; ${EXPECTED}`
    };
  const type = value['type'];
  if (!('type' in value))
    return { problem: `is JSON but not GeoJSON: at the top level, "type" member is required; ${EXPECTED}` };
  if (type === 'FeatureCollection')
    return { collection: value as Normalised['collection'], wrapped: 'collection' };
  if (type === 'Feature')
    return { collection: { type: 'FeatureCollection', features: [value] }, wrapped: 'feature' };
  if (typeof type === 'string' && (GEOMETRY_TYPES as readonly string[]).includes(type))
    return {
      collection: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: value }]
      },
      wrapped: 'geometry'
    };
  const topojson = type === 'Topology' ? ' (TopoJSON: convert it to GeoJSON first)' : '';
  const hint = caseHint(type, ['FeatureCollection', 'Feature', ...GEOMETRY_TYPES]);
  const what = typeof type === 'string' ? JSON.stringify(type) : shown(type);
  return { problem: `at type: ${what} is not a GeoJSON type${hint}${topojson}; ${EXPECTED}` };
}
