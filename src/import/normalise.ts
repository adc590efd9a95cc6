/**
 * What a user may import: a FeatureCollection, a single Feature or a bare geometry. The last two are wrapped
 * into a collection of one; `wrapped` remembers which, so messages can give paths in the user's own file.
 */
import { isRecord } from '../data/problems';
import type { Locale } from '../data/schema';
import * as m from '../i18n/paraglide/messages.js';
import { GEOMETRY_TYPES } from './check-geometry';
import { caseHint, shown } from './faults';

export type Wrapped = 'collection' | 'feature' | 'geometry';

export interface Normalised {
  collection: Record<string, unknown> & { type: 'FeatureCollection'; features: unknown };
  wrapped: Wrapped;
}

/** Wraps a Feature or geometry into a FeatureCollection, or says why the JSON is not GeoJSON at all. */
export function toFeatureCollection(value: unknown, locale: Locale = 'en'): Normalised | { problem: string } {
  const options = { locale };
  const expected = m.import_expected_geojson({}, options);
  if (Array.isArray(value)) return { problem: m.import_not_geojson_array({ expected }, options) };
  if (!isRecord(value))
    return { problem: m.import_not_geojson_value({ value: shown(value, locale), expected }, options) };
  const type = value['type'];
  if (!('type' in value)) return { problem: m.import_not_geojson_no_type({ expected }, options) };
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
  const topojson = type === 'Topology' ? m.import_topojson_hint({}, options) : '';
  const hint = caseHint(type, ['FeatureCollection', 'Feature', ...GEOMETRY_TYPES], locale);
  const what = typeof type === 'string' ? JSON.stringify(type) : shown(type, locale);
  return { problem: m.import_not_geojson_type({ type: what, hint, topojson, expected }, options) };
}
