/**
 * Where a layer lies relative to the story's region: an imported file may cover the region, part of it, or
 * somewhere else entirely (and then, unless the layer panel says so, it would seem to be missing).
 */
import bbox from '@turf/bbox';
import type { Feature } from 'geojson';

export type Region = readonly [number, number, number, number];
export type Coverage = 'inside' | 'partly' | 'outside';

/** Longitude moved by whole turns into −180…180 (imported data may run past the antimeridian). */
const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

export function layerCoverage(features: readonly Feature[], region: Region): Coverage | null {
  const [west, south, east, north] = region;
  let inside = 0;
  let outside = 0;
  for (const feature of features) {
    if (!feature.geometry) continue;
    const [w, s, e, n] = bbox(feature);
    const wide = e! - w! >= 360;
    const [a, b] = wide ? [-180, 180] : [wrap(w!), wrap(w!) + (e! - w!)];
    const within = !wide && a >= west && b <= east && s! >= south && n! <= north;
    const apart = b < west || a > east || n! < south || s! > north;
    if (within) inside++;
    else if (apart) outside++;
    else return 'partly';
    if (inside && outside) return 'partly';
  }
  if (!inside && !outside) return null;
  return outside ? 'outside' : 'inside';
}
