/**
 * What a user may import: a FeatureCollection, a single Feature or a bare geometry. The last two are wrapped
 * into a collection of one; `wrapped` remembers which, so messages can give paths in the user's own file.
 */
import { describe, isRecord } from '../data/problems';

export type Wrapped = 'collection' | 'feature' | 'geometry';

export interface Normalised {
  collection: Record<string, unknown> & { type: 'FeatureCollection'; features: unknown };
  wrapped: Wrapped;
}

export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection'
];

const EXPECTED = 'expected a FeatureCollection, a Feature or a geometry (Point, LineString, Polygon, …)';

/** Wraps a Feature or geometry into a FeatureCollection, or says why the JSON is not GeoJSON at all. */
export function toFeatureCollection(value: unknown): Normalised | { problem: string } {
  if (Array.isArray(value))
    return { problem: `is JSON but not GeoJSON: the file holds an array; ${EXPECTED}` };
  if (!isRecord(value))
    return { problem: `is JSON but not GeoJSON: the file holds ${describe(value)}; ${EXPECTED}` };
  const type = value['type'];
  if (type === undefined)
    return { problem: `is JSON but not GeoJSON: the top-level object has no "type" member; ${EXPECTED}` };
  if (type === 'FeatureCollection')
    return { collection: value as Normalised['collection'], wrapped: 'collection' };
  if (type === 'Feature')
    return { collection: { type: 'FeatureCollection', features: [value] }, wrapped: 'feature' };
  if (typeof type === 'string' && GEOMETRY_TYPES.includes(type))
    return {
      collection: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: value }]
      },
      wrapped: 'geometry'
    };
  const topojson = type === 'Topology' ? ' (TopoJSON: convert it to GeoJSON first)' : '';
  return { problem: `is JSON but not GeoJSON: "type" is ${describe(type)}${topojson}; ${EXPECTED}` };
}
