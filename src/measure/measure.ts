/**
 * Distance measuring: geodesic legs between clicked points (Turf's haversine on a sphere of radius
 * 6371.0088 km), their total, and the GeoJSON the map draws. 1 nautical mile = 1.852 km exactly.
 */
import { distance } from '@turf/distance';
import { greatCircle } from '@turf/great-circle';
import { midpoint } from '@turf/midpoint';
import type { Locale } from '../data/schema';
import { locale as activeLocale } from '../i18n/active';
import { INTL_LOCALE } from '../i18n/intl';
import { distance_km_nm, measure_total_label } from '../i18n/paraglide/messages.js';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export const KM_PER_NM = 1.852;

export type LngLat = [number, number];

export interface Leg {
  from: LngLat;
  to: LngLat;
  km: number;
}

export function measureLegs(points: readonly LngLat[]): Leg[] {
  return points.slice(1).map((to, i) => {
    const from = points[i]!;
    return { from, to, km: distance(from, to, { units: 'kilometers' }) };
  });
}

export function totalKm(legs: readonly Leg[]): number {
  return legs.reduce((sum, leg) => sum + leg.km, 0);
}

const oneDecimal = (locale: Locale) =>
  new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "123.4 km (66.6 NM)"; thousands separated: "1,234.5 km (666.6 NM)"; Spanish "1234,5 km (666,6 MN)". */
export function formatDistance(km: number, locale: Locale = activeLocale): string {
  const number = oneDecimal(locale);
  return distance_km_nm({ km: number.format(km), nm: number.format(km / KM_PER_NM) }, { locale });
}

export type MeasurePart = 'leg' | 'vertex' | 'label';
type MeasureFeature = Feature<Geometry, { part: MeasurePart; label?: string }>;

/** The leg's path on the map: the great circle whose length was measured (a straight line if very short). */
function legPath(leg: Leg): Position[][] {
  if (leg.km < 1) return [[leg.from, leg.to]];
  const npoints = Math.min(100, Math.max(2, Math.ceil(leg.km / 10)));
  const geometry = greatCircle(leg.from, leg.to, { npoints }).geometry;
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

/** What the map draws: each leg, each clicked point, a label per leg and the total at the last point. */
export function measureFeatures(points: readonly LngLat[]): FeatureCollection<Geometry> {
  const legs = measureLegs(points);
  const features: MeasureFeature[] = [];
  for (const leg of legs)
    features.push(
      {
        type: 'Feature',
        properties: { part: 'leg' },
        geometry: { type: 'MultiLineString', coordinates: legPath(leg) }
      },
      {
        type: 'Feature',
        properties: { part: 'label', label: formatDistance(leg.km) },
        geometry: midpoint(leg.from, leg.to).geometry
      }
    );
  points.forEach((point, i) => {
    const last = i === points.length - 1 && legs.length > 1;
    features.push({
      type: 'Feature',
      properties: last
        ? { part: 'vertex', label: measure_total_label({ distance: formatDistance(totalKm(legs)) }) }
        : { part: 'vertex' },
      geometry: { type: 'Point', coordinates: point }
    });
  });
  return { type: 'FeatureCollection', features };
}
